import { PageClientMessages } from "@/components/layout/client-messages";
import { getFormatter, getTranslations } from "next-intl/server";
import { MfaPanel, type MfaPanelState } from "@/components/account/mfa-panel";
import { ownMfaState } from "@/lib/account/mfa-queries";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { confirmMfaEnrolment, disableMfa, regenerateRecoveryCodes, startMfaEnrolment } from "@/lib/account/actions";

export default async function MfaPage() {
  const user = await requireUser("/app/account/mfa");
  const t = await getTranslations("mfa");
  const format = await getFormatter();
  const s = await ownMfaState(await db(), user);
  const view: MfaPanelState =
    s.state === "on" ? { state: "on", required: s.required, enabledAtText: format.dateTime(s.enabledAt, { dateStyle: "medium" }), recoveryCodesLeft: s.recoveryCodesLeft } : s;
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      {user.session.mfa === "enrol" && <p role="note" className="mt-2 rounded bg-amber-50 p-2">{t("required")}</p>}
      {s.state !== "on" && <p className="mt-2 font-medium">{t("statusOff")}</p>}
      <PageClientMessages page="mfa">
      <MfaPanel view={view} start={startMfaEnrolment} confirm={confirmMfaEnrolment} regenerate={regenerateRecoveryCodes} disable={disableMfa} />
      </PageClientMessages>
    </div>
  );
}
