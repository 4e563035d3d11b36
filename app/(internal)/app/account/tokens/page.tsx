import { PageClientMessages } from "@/components/layout/client-messages";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listOwnTokens } from "@/lib/tokens/queries";
import { TOKEN_DEFAULT_DAYS } from "@/lib/tokens/schemas";
import { createToken, revokeToken } from "@/lib/tokens/actions";
import { PageHeading } from "@/components/layout/page-heading";

export default async function TokensPage() {
  const user = await requireUser("/app/account/tokens");
  const tokens = await listOwnTokens(await db(), user);
  const [t, format, locale] = await Promise.all([getTranslations("tokens"), getFormatter(), getLocale()]);
  // Instants, shown as days in the city's time zone (the formatter's), not as UTC calendar days.
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const columns: DataTableColumn<(typeof tokens)[number]>[] = [
    { id: "name", header: t("colName"), value: (token) => token.name, rowHeader: true },
    { id: "prefix", header: t("colPrefix"), cell: (token) => `mm_${token.prefix}…`, className: "font-mono" },
    { id: "scopes", header: t("colScopes"), cell: (token) => token.scopes.map((s) => t(`scope.${s}`)).join(", ") },
    { id: "created", header: t("colCreated"), value: (token) => token.createdAt, cell: (token) => date(token.createdAt) },
    { id: "expires", header: t("colExpires"), value: (token) => token.expiresAt, cell: (token) => date(token.expiresAt) },
    { id: "lastUsed", header: t("colLastUsed"), value: (token) => token.lastUsedAt, cell: (token) => (token.lastUsedAt ? dateTime(token.lastUsedAt) : t("never")) },
    { id: "status", header: t("colStatus"), cell: (token) => t(`state.${token.state}`) },
    {
      id: "actions",
      header: t("colActions"),
      headerHidden: true,
      cell: (token) => (
        <>
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
        </>
      ),
    },
  ];
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mt-2 max-w-3xl">
        {t("usage")} <code className="rounded bg-slate-100 px-1 font-mono text-sm">Authorization: Bearer mm_…</code>
      </p>

      <h2 className="mt-8 text-xl font-semibold">{t("listHeading")}</h2>
      <DataTable columns={columns} rows={tokens} rowKey={(token) => token.id} caption={t("listHeading")} empty={t("empty")} locale={locale} minWidth="48rem" className="mt-2" />

      <h2 className="mt-8 text-xl font-semibold">{t("newHeading")}</h2>
      <PageClientMessages page="tokens">
      <CreateTokenForm action={createToken} defaultDays={TOKEN_DEFAULT_DAYS} />
      </PageClientMessages>
    </>
  );
}
