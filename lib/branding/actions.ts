"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { removeLogoAction, setLogoAction, updateCitySettingsAction } from "./mutations";

export const updateCitySettings = serverAction(updateCitySettingsAction);
export const setLogo = serverAction(setLogoAction);
export const removeLogo = serverAction(removeLogoAction);
