"use server";
import { serverAction } from "@/lib/actions/server";
import {
  confirmMfaEnrolmentAction,
  disableMfaAction,
  reauthenticateAction,
  regenerateRecoveryCodesAction,
  startMfaEnrolmentAction,
  verifyMfaAction,
} from "@/lib/account/mfa";

export const startMfaEnrolment = serverAction(startMfaEnrolmentAction);
export const confirmMfaEnrolment = serverAction(confirmMfaEnrolmentAction);
export const verifyMfa = serverAction(verifyMfaAction);
export const reauthenticate = serverAction(reauthenticateAction);
export const regenerateRecoveryCodes = serverAction(regenerateRecoveryCodesAction);
export const disableMfa = serverAction(disableMfaAction);
