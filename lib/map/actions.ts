"use server";
// Server actions of the map (lib/map/mutations.ts), each one line over the action builder.
import { serverAction } from "@/lib/actions/server";
import { addInitiativeLocationAction, removeInitiativeLocationAction, uploadDistrictMapAction } from "./mutations";

export const uploadDistrictMap = serverAction(uploadDistrictMapAction);
export const addInitiativeLocation = serverAction(addInitiativeLocationAction);
export const removeInitiativeLocation = serverAction(removeInitiativeLocationAction);
