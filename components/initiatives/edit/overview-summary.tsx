// The initiative's overview to read: health reason (and the health suggested by the data, with a
// note when the health set by hand is better), periods, visibility, districts, tags, project
// leads, partners, description (sanitized Markdown) and the plain-language summary.
import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import type { InitiativeOverview } from "@/lib/initiatives/edit-queries";
import { greenerThanSuggested, type HealthSuggestion } from "@/lib/initiatives/health-suggestion";
import { HealthSuggestionNote } from "./health-suggestion-note";

function Item({ label, children, wide = false }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-sm font-semibold text-slate-700">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

/** `suggestion`: the health suggested by the initiative's data (health-suggestion.ts), null without one. */
export async function OverviewSummary({ i, suggestion }: { i: InitiativeOverview; suggestion: HealthSuggestion | null }) {
  const [t, tf, tHealth, tVisibility, tRole, tPartnerRole, tInitiative, format] = await Promise.all([
    getTranslations("initiatives.overview"),
    getTranslations("initiatives.field"),
    getTranslations("health"),
    getTranslations("visibility"),
    getTranslations("role"),
    getTranslations("partnerRole"),
    getTranslations("initiative"),
    getFormatter(),
  ]);
  const tSuggestion = await getTranslations("healthSuggestion");
  const tMember = await getTranslations("initiativeMemberRole");
  const greener = greenerThanSuggested(i.health, suggestion);
  const day = (d: string | null) => (d ? format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : t("open"));
  const period = (start: string | null, end: string | null) => (start || end ? t("period", { start: day(start), end: day(end) }) : t("none"));
  return (
    <>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
        <Item label={tf("health")}>
          {tHealth(i.health)}
          {greener ? (
            <span className="block text-sm font-semibold" data-testid="health-greener">
              {i.healthReason ? tSuggestion("greenerWithReason", { reason: i.healthReason }) : tSuggestion("greenerNoReason")}
            </span>
          ) : (
            i.healthReason && <span className="block text-sm">{i.healthReason}</span>
          )}
          <HealthSuggestionNote suggestion={suggestion} className="mt-1 block text-sm text-slate-700" />
        </Item>
        <Item label={tf("visibility")}>{tVisibility(i.visibility)}</Item>
        <Item label={t("plannedPeriod")}>{period(i.plannedStart, i.plannedEnd)}</Item>
        <Item label={t("actualPeriod")}>{period(i.actualStart, i.actualEnd)}</Item>
        <Item label={tf("districts")}>{i.districts.length ? i.districts.map((d) => d.name).join(", ") : t("none")}</Item>
        <Item label={tf("tags")}>
          {i.tags.length ? (
            <ul className="flex flex-wrap gap-1">
              {i.tags.map((tag) => <li key={tag} className="rounded bg-slate-100 px-2 py-0.5 text-sm ring-1 ring-slate-300">{tag}</li>)}
            </ul>
          ) : (
            t("none")
          )}
        </Item>
        <Item label={t("leads")}>
          {i.leads.length ? i.leads.map((l) => `${l.name} (${tRole(l.role)})`).join(", ") : t("noLeads")}
        </Item>
        <Item label={t("members")}>
          {i.members.length ? i.members.map((m) => t("memberValue", { name: m.name, role: tMember(m.memberRole) })).join(", ") : t("noMembers")}
        </Item>
        <Item label={t("contributingDepartments")}>
          {i.contributingDepartments.length ? i.contributingDepartments.map((d) => d.code).join(", ") : t("noContributingDepartments")}
        </Item>
        <Item label={t("partners")} wide>
          {i.partners.length ? (
            <ul className="space-y-1">
              {i.partners.map((p) => (
                <li key={p.id}>
                  <span className="font-medium">{p.partner.name}</span> · {tPartnerRole(p.role)}
                  {p.committedAmount && <> · {t("committed", { amount: format.number(Number(p.committedAmount), { style: "currency", currency: "EUR" }) })}</>}
                  {p.contribution && <span className="block text-sm text-slate-700">{p.contribution}</span>}
                </li>
              ))}
            </ul>
          ) : (
            t("noPartners")
          )}
        </Item>
      </dl>
      {i.description && (
        <div className="mt-4">
          <h3 className="font-semibold">{tInitiative("description")}</h3>
          <Markdown source={i.description} />
        </div>
      )}
      {i.plainLanguageSummary && (
        <div className="mt-4 max-w-3xl rounded bg-slate-50 p-3">
          <h3 className="font-semibold">{tInitiative("plainLanguage")}</h3>
          <p className="mt-1 whitespace-pre-line">{i.plainLanguageSummary}</p>
        </div>
      )}
    </>
  );
}
