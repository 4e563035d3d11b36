"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
// Uploads go through the upload route (app/api/v1/documents), which streams the file.
import { serverAction } from "@/lib/actions/server";
import { deleteDocumentAction, setDocumentPublicAction } from "@/lib/documents/mutations";

export const setDocumentPublic = serverAction(setDocumentPublicAction);
export const deleteDocument = serverAction(deleteDocumentAction);
