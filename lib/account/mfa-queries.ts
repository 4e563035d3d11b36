// What the own MFA page shows: the state, and while enrolment is pending the secret as QR code
// (an SVG data URL: the CSP allows data: images, no script needed) and as text.
import QRCode from "qrcode";
import type { Db } from "@/lib/db/client";
import { decryptSecret, totpUri } from "@/lib/auth/mfa";
import { mfaRequiredFor } from "@/lib/auth/mfa-policy";
import type { SessionUser } from "@/lib/auth/session";

export type OwnMfaState =
  | { state: "off"; required: boolean }
  | { state: "pending"; required: boolean; secret: string; qrDataUrl: string }
  | { state: "on"; required: boolean; enabledAt: Date; recoveryCodesLeft: number };

export async function ownMfaState(db: Db, user: Pick<SessionUser, "id" | "role" | "email">): Promise<OwnMfaState> {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mfaSecret: true, mfaEnabledAt: true } });
  const required = mfaRequiredFor(user.role);
  if (row.mfaEnabledAt) {
    const recoveryCodesLeft = await db.mfaRecoveryCode.count({ where: { userId: user.id, usedAt: null } });
    return { state: "on", required, enabledAt: row.mfaEnabledAt, recoveryCodesLeft };
  }
  const secret = row.mfaSecret ? decryptSecret(row.mfaSecret) : null;
  if (!secret) return { state: "off", required };
  const svg = await QRCode.toString(totpUri(secret, user.email), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { state: "pending", required, secret, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}
