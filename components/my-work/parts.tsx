// Small pieces every "my work" section shares: a titled section, the "nothing due" line, a
// calendar day, the "showing n of m" note with a link to the full list, and the link to an initiative.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { dateValue } from "@/lib/milestones/dates";

export const linkStyle = "text-brand-700 underline underline-offset-2 hover:text-brand-900";

export function WorkSection({ id, title, level = 2, children }: { id: string; title: string; level?: 2 | 3; children: React.ReactNode }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className={level === 2 ? "mt-10" : "mt-6"}>
      <Heading id={id} className={level === 2 ? "text-xl font-bold text-brand-900" : "text-lg font-semibold"}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

export async function NothingDue() {
  const t = await getTranslations("myWork");
  return <p className="mt-2 text-slate-800">{t("nothingDue")}</p>;
}

export async function Day({ iso }: { iso: string }) {
  const format = await getFormatter();
  return <time dateTime={iso}>{format.dateTime(dateValue(iso), { dateStyle: "medium", timeZone: "UTC" })}</time>;
}

/** Formats calendar days (YYYY-MM-DD) for texts that carry them. */
export async function dayFormatter(): Promise<(iso: string) => string> {
  const format = await getFormatter();
  return (iso) => format.dateTime(dateValue(iso), { dateStyle: "medium", timeZone: "UTC" });
}

export async function ShownOf({ shown, total, href }: { shown: number; total: number; href?: string }) {
  if (total <= shown) return null;
  const t = await getTranslations("myWork");
  return (
    <p className="mt-2 text-sm">
      {t("shownOf", { shown, total })}{" "}
      {href && (
        <Link href={href} className={linkStyle}>
          {t("seeAll")}
        </Link>
      )}
    </p>
  );
}

export const initiativeHref = (code: string, anchor = "") => `/app/initiatives/${encodeURIComponent(code)}${anchor}`;

export function InitiativeLink({ code, title, anchor }: { code: string; title: string; anchor?: string }) {
  return (
    <Link href={initiativeHref(code, anchor)} className={linkStyle}>
      <span className="font-mono">{code}</span> {title}
    </Link>
  );
}
