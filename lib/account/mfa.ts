// The own second factor (lib/auth/mfa.ts): enrol (a new secret, then a code to confirm it, then
// ten recovery codes shown once), prove it in a session that has not yet (after SSO without an
// MFA assertion, or a session from before enrolment), re-authenticate for sensitive actions, get
// new recovery codes, and switch it off where the role does not require it. Wrong codes and
// passwords count against the sign-in limits (lib/auth/login-throttle.ts) like failed sign-ins.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { checkTotp, decryptSecret, encryptSecret, newTotpSecret, replaceRecoveryCodes, verifySecondFactor } from "@/lib/auth/mfa";
import { mfaRequiredFor } from "@/lib/auth/mfa-policy";
import { isThrottled, recordAttempt } from "@/lib/auth/login-throttle";
import { verifyPassword } from "@/lib/auth/password";
import { confirmMfaInput, reauthenticateInput, verifyMfaInput } from "./schemas";

export { confirmMfaInput, reauthenticateInput, verifyMfaInput };
const noInput = z.object({});

/** In-session checks share the account's sign-in limit; the address is not known here. */
const SESSION_ADDRESS = "session";

const loadSelf = async (tx: Tx, _input: unknown, actor: Actor) => {
  const user = await tx.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, role: true, passwordHash: true, mfaSecret: true, mfaEnabledAt: true },
  });
  return user ? { ...user, ownerId: user.id } : null;
};

async function assertNotThrottled(tx: Tx, email: string, now: Date) {
  const status = await isThrottled(tx, { email, ip: SESSION_ADDRESS }, now);
  if (status.throttled) throw new AppError("RATE_LIMITED", "Too many failed attempts.", { fieldErrors: { _form: ["#mfa.throttled"] } });
}

/** Step 1: a new secret, kept encrypted until a code confirms it. The page shows it as QR code and text. */
export const startMfaEnrolmentAction = defineAction({
  name: "account.mfa.start",
  input: noInput,
  permission: "account.manageMfa",
  duringMfaSetup: true,
  load: loadSelf,
  run: async ({ tx, resource: user, audit }) => {
    if (user.mfaEnabledAt) throw new AppError("CONFLICT", "The second factor is already set up.", { fieldErrors: { _form: ["#mfa.alreadyEnabled"] } });
    await tx.user.update({ where: { id: user.id }, data: { mfaSecret: encryptSecret(newTotpSecret()), mfaLastStep: null } });
    audit({ action: "account.mfa.started", entityType: "User", entityId: user.id });
    return { started: true };
  },
});

/** Step 2: the first code from the app switches MFA on and yields the ten recovery codes (shown once). */
export const confirmMfaEnrolmentAction = defineAction({
  name: "account.mfa.confirm",
  input: confirmMfaInput,
  permission: "account.manageMfa",
  duringMfaSetup: true,
  load: loadSelf,
  run: async ({ tx, input, resource: user, now, audit }) => {
    if (user.mfaEnabledAt) throw new AppError("CONFLICT", "The second factor is already set up.", { fieldErrors: { _form: ["#mfa.alreadyEnabled"] } });
    const secret = user.mfaSecret ? decryptSecret(user.mfaSecret) : null;
    if (!secret) throw new AppError("CONFLICT", "Start the set-up first.", { fieldErrors: { _form: ["#mfa.startFirst"] } });
    const step = await checkTotp(secret, input.code, now);
    if (step === null) throw new AppError("VALIDATION", "The code is wrong.", { fieldErrors: { code: ["#mfa.codeWrong"] } });
    await tx.user.update({ where: { id: user.id }, data: { mfaEnabledAt: now, mfaLastStep: BigInt(step) } });
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    audit({ action: "account.mfa.enabled", entityType: "User", entityId: user.id, after: { recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes };
  },
  // The code just proved the factor: this session needs no second prompt.
  sessionClaims: () => ({ mfa: "totp" }),
});

/** A session that still owes the code (SSO without MFA assertion, or opened before enrolment). */
export const verifyMfaAction = defineAction({
  name: "account.mfa.verify",
  input: verifyMfaInput,
  permission: "account.manageMfa",
  duringMfaSetup: true,
  load: loadSelf,
  run: async ({ tx, input, resource: user, now, audit }) => {
    await assertNotThrottled(tx, user.email, now);
    const result = await verifySecondFactor(tx, user.id, input.code, now);
    if (!result.ok) {
      await recordAttempt(tx, { email: user.email, ip: SESSION_ADDRESS, success: false }, now);
      audit({ action: "account.mfa.verifyFailed", entityType: "User", entityId: user.id, after: { reason: result.reason } });
      return { verified: false as const, method: null };
    }
    audit({ action: "account.mfa.verified", entityType: "User", entityId: user.id, after: { method: result.method } });
    return { verified: true as const, method: result.method };
  },
  sessionClaims: (data) => (data.verified ? { mfa: data.method } : null),
});

/** Fresh proof of the credentials for sensitive actions: the password and, when enrolled, a code. */
export const reauthenticateAction = defineAction({
  name: "account.reauthenticate",
  input: reauthenticateInput,
  permission: "account.manageMfa",
  load: loadSelf,
  run: async ({ tx, input, resource: user, now, audit }) => {
    await assertNotThrottled(tx, user.email, now);
    const passwordOk = !!user.passwordHash && !!input.password && (await verifyPassword(user.passwordHash, input.password));
    const second = passwordOk && user.mfaEnabledAt ? await verifySecondFactor(tx, user.id, input.code ?? "", now) : null;
    const verified = passwordOk && (!second || second.ok);
    if (!verified) {
      await recordAttempt(tx, { email: user.email, ip: SESSION_ADDRESS, success: false }, now);
      audit({ action: "account.reauth.failed", entityType: "User", entityId: user.id, after: { reason: passwordOk ? "code" : "password" } });
      return { verified: false as const, at: 0 };
    }
    audit({ action: "account.reauth.succeeded", entityType: "User", entityId: user.id });
    return { verified: true as const, at: Math.floor(now.getTime() / 1000) };
  },
  sessionClaims: (data) => (data.verified ? { reauthAt: data.at } : null),
});

/** Ten new recovery codes; the old ones stop working. */
export const regenerateRecoveryCodesAction = defineAction({
  name: "account.mfa.recoveryCodes",
  input: noInput,
  permission: "account.manageMfa",
  recentAuth: true,
  load: loadSelf,
  run: async ({ tx, resource: user, audit }) => {
    if (!user.mfaEnabledAt) throw new AppError("CONFLICT", "Set up the second factor first.", { fieldErrors: { _form: ["#mfa.startFirst"] } });
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    audit({ action: "account.mfa.recoveryCodes", entityType: "User", entityId: user.id, after: { recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes };
  },
});

/** Switching it off: only where the role does not require it, and only after a fresh sign-in. */
export const disableMfaAction = defineAction({
  name: "account.mfa.disable",
  input: noInput,
  permission: "account.manageMfa",
  recentAuth: true,
  load: loadSelf,
  run: async ({ tx, resource: user, audit }) => {
    if (!user.mfaEnabledAt) throw new AppError("CONFLICT", "The second factor is not set up.", { fieldErrors: { _form: ["#mfa.startFirst"] } });
    if (mfaRequiredFor(user.role)) throw new AppError("FORBIDDEN", "Your role requires a second factor.", { fieldErrors: { _form: ["#mfa.requiredForRole"] } });
    await tx.user.update({ where: { id: user.id }, data: { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null } });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: user.id } });
    audit({ action: "account.mfa.disabled", entityType: "User", entityId: user.id });
    return { disabled: true };
  },
});
