"use server";
import { serverAction } from "@/lib/actions/server";
import { changeOwnPasswordAction } from "@/lib/account/mutations";

export const changeOwnPassword = serverAction(changeOwnPasswordAction);
