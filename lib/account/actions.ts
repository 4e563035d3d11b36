"use server";
// Thin server actions for the signed-in user's own account (second factor, re-authentication,
// password): all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import {
  confirmMfaEnrolmentAction,
  disableMfaAction,
  reauthenticateAction,
  regenerateRecoveryCodesAction,
  startMfaEnrolmentAction,
  verifyMfaAction,
} from "@/lib/account/mfa";
import { changeOwnPasswordAction } from "@/lib/account/mutations";

export const startMfaEnrolment = serverAction(startMfaEnrolmentAction);
export const confirmMfaEnrolment = serverAction(confirmMfaEnrolmentAction);
export const verifyMfa = serverAction(verifyMfaAction);
export const reauthenticate = serverAction(reauthenticateAction);
export const regenerateRecoveryCodes = serverAction(regenerateRecoveryCodesAction);
export const disableMfa = serverAction(disableMfaAction);
export const changeOwnPassword = serverAction(changeOwnPasswordAction);
