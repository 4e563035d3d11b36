// Errors that domain code throws on purpose. The action builder turns them into typed results;
// anything else is unexpected and reaches the user only as a generic message with a request id.
import { noteIfDatabaseUnavailable } from "@/lib/db/outage";
import { UNAVAILABLE_DIGEST } from "./digest";

export type ErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  /** Signed in with a temporary password: nothing but changing it (and signing out) until then. */
  | "PASSWORD_CHANGE_REQUIRED"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INTERNAL"
  /** The database cannot be reached now (lib/db/outage.ts): 503 with Retry-After, try again shortly. */
  | "UNAVAILABLE"
  /** The session still owes its second factor (enrolment or code): /app/account/mfa. */
  | "MFA_REQUIRED"
  /** A sensitive action needs the password (and code) again: /app/account/reauth. */
  | "REAUTH_REQUIRED";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fieldErrors?: Record<string, string[]>; current?: unknown },
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const httpStatusFor: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  MFA_REQUIRED: 403,
  REAUTH_REQUIRED: 403,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

/** "The database cannot be reached now", as an AppError that pages, actions and the API all understand. */
export function unavailableError(): AppError {
  const error = new AppError("UNAVAILABLE", "The service is temporarily unavailable; please try again in a few seconds.");
  Object.assign(error, { digest: UNAVAILABLE_DIGEST });
  return error;
}

/** Maps Prisma's known request errors to our codes, in one place (and an unreachable database to UNAVAILABLE). */
export function fromPrismaError(e: unknown): AppError | null {
  if (noteIfDatabaseUnavailable(e)) return unavailableError();
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== "string" || !/^P\d{4}$/.test(code)) return null;
  if (code === "P2002") return new AppError("CONFLICT", "A record with these values already exists.");
  if (code === "P2025") return new AppError("NOT_FOUND", "The record no longer exists.");
  if (code === "P2003") return new AppError("CONFLICT", "The record is still referenced by other records.");
  if (code === "P2034") return new AppError("CONFLICT", "Concurrent change; please try again.");
  return null;
}
