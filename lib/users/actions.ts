"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import {
  createUserAction,
  deactivateUserAction,
  issuePasswordResetLinkAction,
  issueTemporaryPasswordAction,
  reactivateUserAction,
  updateUserAction,
} from "@/lib/users/mutations";
import { endUserSessionsAction } from "@/lib/sessions/mutations";

export const createUser = serverAction(createUserAction);
export const updateUser = serverAction(updateUserAction);
export const deactivateUser = serverAction(deactivateUserAction);
export const reactivateUser = serverAction(reactivateUserAction);
export const issuePasswordResetLink = serverAction(issuePasswordResetLinkAction);
export const issueTemporaryPassword = serverAction(issueTemporaryPasswordAction);
export const endUserSessions = serverAction(endUserSessionsAction);
