// Input schemas for the city's settings (brand and contact), shared by the admin form's check in
// the browser and the server actions. The primary colour's contrast is checked here, so the form
// names the ratio before anything is sent; the logo's content is checked on the server (logo.ts).
import { z } from "zod";
import { AA_RATIO, checkPrimaryColor, HEX_COLOR, shownRatio } from "./contrast";

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
/** 0: no settings saved yet (the defaults of a new city); then the row's version. */
const version = z.coerce.number().int().min(0);

const primaryColor = z
  .preprocess(emptyToNull, z.string().trim().toLowerCase().regex(HEX_COLOR, { message: "#citySettings.errors.colorFormat" }).nullable().default(null))
  .superRefine((hex, ctx) => {
    if (!hex || !HEX_COLOR.test(hex)) return;
    const check = checkPrimaryColor(hex);
    if (check.ok) return;
    ctx.addIssue({
      code: "custom",
      message: "#citySettings.errors.contrast",
      params: { ratio: shownRatio(check.white), required: AA_RATIO, suggestion: check.suggestion! },
    });
  });

export const updateCitySettingsInput = z.object({
  version,
  cityName: z.string().trim().min(2).max(120),
  siteTitle: z.string().trim().min(2).max(120),
  primaryColor,
  imprintOperator: z.preprocess(emptyToNull, z.string().trim().max(300).nullable().default(null)),
  contactEmail: z.preprocess(emptyToNull, z.string().trim().toLowerCase().max(254).pipe(z.email()).nullable().default(null)),
});

/** The logo file, base64-encoded (512 KB become at most 699,052 characters). */
export const setLogoInput = z.object({
  version,
  contentBase64: z
    .string()
    .max(700_000, { message: "#citySettings.errors.logo.tooLarge" })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: "#citySettings.errors.logo.unknownType" }),
});

export const removeLogoInput = z.object({ version });
