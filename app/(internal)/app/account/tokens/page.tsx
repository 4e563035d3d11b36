import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listOwnTokens } from "@/lib/tokens/queries";
import { TOKEN_DEFAULT_DAYS } from "@/lib/tokens/schemas";
import { createToken, revokeToken } from "./actions";

export default async function TokensPage() {
  const user = await requireUser("/app/account/tokens");
  const tokens = await listOwnTokens(await db(), user);
  const t = await getTranslations("tokens");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <p className="mt-2 max-w-3xl">
        {t("usage")} <code className="rounded bg-slate-100 px-1 font-mono text-sm">Authorization: Bearer mm_…</code>
      </p>

      <h2 className="mt-8 text-xl font-semibold">{t("listHeading")}</h2>
      {tokens.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">{t("listHeading")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">{t("colName")}</th>
                <th scope="col" className="py-2 pr-3">{t("colPrefix")}</th>
                <th scope="col" className="py-2 pr-3">{t("colScopes")}</th>
                <th scope="col" className="py-2 pr-3">{t("colCreated")}</th>
                <th scope="col" className="py-2 pr-3">{t("colExpires")}</th>
                <th scope="col" className="py-2 pr-3">{t("colLastUsed")}</th>
                <th scope="col" className="py-2 pr-3">{t("colStatus")}</th>
                <th scope="col" className="py-2"><span className="sr-only">{t("colActions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-3">{token.name}</td>
                  <td className="py-2 pr-3 font-mono">mm_{token.prefix}…</td>
                  <td className="py-2 pr-3">{token.scopes.map((s) => t(`scope.${s}`)).join(", ")}</td>
                  <td className="py-2 pr-3">{date(token.createdAt)}</td>
                  <td className="py-2 pr-3">{date(token.expiresAt)}</td>
                  <td className="py-2 pr-3">{token.lastUsedAt ? dateTime(token.lastUsedAt) : t("never")}</td>
                  <td className="py-2 pr-3">{t(`state.${token.state}`)}</td>
                  <td className="py-2">
                    {/* The form stays mounted once the token is revoked, so its confirmation is still
                        there (and announced) after the list re-renders without the button. */}
                    {token.state !== "expired" && (
                      <ActionForm action={revokeToken} label={t("revokeLabel", { name: token.name })} successMessage={t("revoked")}>
                        {token.state === "active" && (
                          <>
                            <input type="hidden" name="id" value={token.id} />
                            <ConfirmSubmitButton question="revoke">{t("revoke")}</ConfirmSubmitButton>
                          </>
                        )}
                      </ActionForm>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 className="mt-8 text-xl font-semibold">{t("newHeading")}</h2>
      <CreateTokenForm action={createToken} defaultDays={TOKEN_DEFAULT_DAYS} />
    </>
  );
}
