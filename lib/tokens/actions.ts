"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { createTokenAction, revokeTokenAction } from "@/lib/tokens/mutations";

export const createToken = serverAction(createTokenAction);
export const revokeToken = serverAction(revokeTokenAction);
