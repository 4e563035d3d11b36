// The city's settings (admins): one row, created by the first save and then version-checked like
// every editable row. The logo is set and removed by its own actions (a file, not a form field);
// all three audit what changed (the logo by its hash, type and size, never its bytes), and the
// action builder then revalidates the public pages, which show the name, colour and logo.
import { defineAction } from "@/lib/actions/define-action";
import { updateVersioned } from "@/lib/actions/versioned-update";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { checkLogo } from "./logo";
import { readCityBrand, type CityBrand } from "./queries";
import { removeLogoInput, setLogoInput, updateCitySettingsInput } from "./schemas";

const ENTITY = "CitySettings";
const ID = 1;

/** The settings as audited and answered (the logo by its address only). */
const snapshot = (b: CityBrand) => {
  const { configured: _configured, ...rest } = b;
  return rest;
};

async function load(tx: Tx) {
  return snapshot(await readCityBrand(tx));
}

/** Writes `data` where the version is still the one the admin saw; version 0 creates the row. */
async function writeVersioned(tx: Tx, version: number, data: Record<string, unknown>, create?: () => Promise<unknown>) {
  if (version === 0) {
    // Nobody saved before: create the row. A second admin who also saw "none" loses with CONFLICT.
    if (await tx.citySettings.count()) throw new AppError("CONFLICT", "The city settings were saved by someone else in the meantime.", { current: await load(tx) });
    if (!create) throw new AppError("CONFLICT", "Save the city's name and site title first.", { fieldErrors: { _form: ["#citySettings.errors.saveSettingsFirst"] } });
    await create();
    return load(tx);
  }
  return updateVersioned(ENTITY, () => tx.citySettings.updateMany({ where: { id: ID, version }, data: { ...data, version: { increment: 1 } } }), async () => {
    const row = await tx.citySettings.count();
    return row ? load(tx) : null;
  });
}

export const updateCitySettingsAction = defineAction({
  name: "citySettings.update",
  input: updateCitySettingsInput,
  permission: "citySettings.manage",
  load: (tx) => load(tx),
  run: async ({ tx, input, resource: before, audit }) => {
    const { version, ...data } = input;
    const after = await writeVersioned(tx, version, data, () => tx.citySettings.create({ data: { id: ID, ...data } }));
    audit({ action: "citySettings.update", entityType: ENTITY, entityId: String(ID), before, after });
    return after;
  },
});

export const setLogoAction = defineAction({
  name: "citySettings.setLogo",
  input: setLogoInput,
  permission: "citySettings.manage",
  load: (tx) => load(tx),
  run: async ({ tx, input, resource: before, audit }) => {
    const bytes = Buffer.from(input.contentBase64, "base64");
    const check = checkLogo(bytes);
    if (!check.ok) {
      throw new AppError("VALIDATION", `The logo was refused: ${check.problem}.`, { fieldErrors: { logo: [`#citySettings.errors.logo.${check.problem}`] } });
    }
    const after = await writeVersioned(tx, input.version, { logo: new Uint8Array(bytes), logoType: check.type, logoSha256: check.sha256 });
    audit({
      action: "citySettings.setLogo",
      entityType: ENTITY,
      entityId: String(ID),
      before: { logo: before.logo, version: before.version },
      after: { logo: after.logo, sha256: check.sha256, bytes: bytes.length, version: after.version },
    });
    return after;
  },
});

export const removeLogoAction = defineAction({
  name: "citySettings.removeLogo",
  input: removeLogoInput,
  permission: "citySettings.manage",
  load: (tx) => load(tx),
  run: async ({ tx, input, resource: before, audit, unchanged }) => {
    if (!before.logo && before.version === input.version) {
      unchanged();
      return before;
    }
    const after = await writeVersioned(tx, input.version, { logo: null, logoType: null, logoSha256: null });
    audit({ action: "citySettings.removeLogo", entityType: ENTITY, entityId: String(ID), before: { logo: before.logo, version: before.version }, after: { logo: null, version: after.version } });
    return after;
  },
});
