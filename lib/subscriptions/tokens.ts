// The links in subscription mails carry signed tokens (lib/security/public-forms.ts signValue):
// the confirmation link names the subscription and when it expires; the unsubscribe link names the
// subscription only and never expires (it must work in every mail, however old). Neither contains
// the e-mail address.
import { signValue, verifySignedValue } from "@/lib/security/public-forms";

export const CONFIRM_VALID_MS = 7 * 24 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function confirmToken(subscriptionId: string, now: Date): string {
  return signValue("subscription-confirm", `${subscriptionId}.${(now.getTime() + CONFIRM_VALID_MS).toString(36)}`);
}

/** The subscription a confirmation token names, or null when it is forged or expired. */
export function readConfirmToken(token: unknown, now: Date): string | null {
  const value = verifySignedValue("subscription-confirm", token);
  if (!value) return null;
  const [id, expires] = value.split(".");
  if (!id || !UUID.test(id) || !expires || parseInt(expires, 36) < now.getTime()) return null;
  return id;
}

export function unsubscribeToken(subscriptionId: string): string {
  return signValue("subscription-unsubscribe", subscriptionId);
}

export function readUnsubscribeToken(token: unknown): string | null {
  const id = verifySignedValue("subscription-unsubscribe", token);
  return id && UUID.test(id) ? id : null;
}
