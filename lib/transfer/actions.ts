"use server";
// Thin server action: the import's checks, authorization and audit live in its action definition.
import { serverAction } from "@/lib/actions/server";
import { importWorkbookAction } from "@/lib/transfer/import/workbook-action";

export const importWorkbook = serverAction(importWorkbookAction);
