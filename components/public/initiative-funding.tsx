// An initiative's published funding: planned and spent per year, funding source and programme, with the total
// (only budget lines marked public; the amounts arrive exact, as text, and are formatted here).
import { getLocale, getTranslations } from "next-intl/server";
import { PageSection } from "@/components/public/page-head";
import { DataTable, formatCell, type DataTableColumn } from "@/components/ui/data-table";
import type { PublicInitiative } from "@/lib/public/initiative-queries";

type Line = PublicInitiative["funding"]["lines"][number];

export async function InitiativeFunding({ funding }: { funding: PublicInitiative["funding"] }) {
  const t = await getTranslations("publicInitiative");
  const tBudget = await getTranslations("budget");
  const locale = await getLocale();
  const columns: DataTableColumn<Line>[] = [
    { id: "year", header: t("colYear"), value: (l) => String(l.year), className: "tabular-nums" },
    { id: "source", header: t("colSource"), value: (l) => tBudget(`source.${l.fundingSource}` as "source.CITY") },
    { id: "programme", header: tBudget("colProgramme"), value: (l) => l.programme ?? "" },
    { id: "planned", header: t("colPlanned"), value: (l) => l.planned, format: "currency" },
    { id: "actual", header: t("colActual"), value: (l) => l.actual, format: "currency" },
  ];
  const euro = (v: string) => formatCell(v, "currency", locale);
  return (
    <PageSection id="funding-heading" heading={t("fundingHeading")} empty={funding.lines.length === 0 && t("noFunding")}>
      <DataTable
        columns={columns}
        rows={funding.lines}
        rowKey={(l) => `${l.year}-${l.fundingSource}-${l.programme ?? ""}`}
        caption={t("fundingCaption")}
        summary={t("fundingIntro")}
        id="funding-table"
        locale={locale}
        minWidth="28rem"
        className="mt-1"
        footer={funding.total ? [{ key: "total", label: t("total"), span: 3, values: { planned: euro(funding.total.planned), actual: euro(funding.total.actual) } }] : undefined}
      />
    </PageSection>
  );
}
