// Input schemas for ending sessions, shared by the account page, the user administration and the actions.
import { z } from "zod";

/** One of the own sessions (its opaque id, as listed on the account page). */
export const endSessionInput = z.object({ id: z.string().trim().min(1).max(100) });

/** All own sessions but this one. */
export const endOtherSessionsInput = z.object({});

/** All sessions of a user (administration). */
export const endUserSessionsInput = z.object({ id: z.uuid() });
