// Matrix rows for the own second factor: everyone manages their own, and only their own (the
// target is always the actor; ids in the input are ignored).
import { generate } from "otplib";
import * as mfaActions from "@/lib/account/mfa";
import { encryptSecret, newTotpSecret } from "@/lib/auth/mfa";
import { everyoneOnOwnAccount, someoneElse, type Case } from "./shared";

export const CASES: Case[] = [
  {
    action: mfaActions.startMfaEnrolmentAction as Case["action"],
    input: async (f, role) => ({ id: someoneElse(f, role).id }),
    expect: everyoneOnOwnAccount,
  },
  {
    action: mfaActions.confirmMfaEnrolmentAction as Case["action"],
    input: async (f, role) => {
      const secret = newTotpSecret();
      await f.db.user.update({ where: { id: f.actors[role].id }, data: { mfaSecret: encryptSecret(secret), mfaEnabledAt: null, mfaLastStep: null } });
      return { code: await generate({ secret }), userId: f.actors.admin.id };
    },
    expect: everyoneOnOwnAccount,
  },
  {
    action: mfaActions.verifyMfaAction as Case["action"],
    input: async () => ({ code: "000000" }),
    expect: everyoneOnOwnAccount,
  },
  {
    action: mfaActions.reauthenticateAction as Case["action"],
    input: async () => ({ password: "not the password" }),
    expect: everyoneOnOwnAccount,
  },
  {
    action: mfaActions.regenerateRecoveryCodesAction as Case["action"],
    input: async (f, role) => {
      await f.db.user.update({ where: { id: f.actors[role].id }, data: { mfaSecret: encryptSecret(newTotpSecret()), mfaEnabledAt: new Date() } });
      return {};
    },
    expect: everyoneOnOwnAccount,
  },
  {
    action: mfaActions.disableMfaAction as Case["action"],
    input: async (f, role) => {
      await f.db.user.update({ where: { id: f.actors[role].id }, data: { mfaSecret: encryptSecret(newTotpSecret()), mfaEnabledAt: new Date() } });
      return { id: f.actors.viewer.id };
    },
    expect: everyoneOnOwnAccount,
  },
];
