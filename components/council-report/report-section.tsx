// The frame of the council report's sections: an h2 with the introduction below it, optionally
// starting a new printed page; and the sections that are one table, or a sentence when there is
// nothing to list (a table of initiatives' items starts each row with the initiative).
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SimpleTable, type Column, type Row } from "./simple-table";

type Head = { id: string; heading: string; intro: ReactNode; pageBreak?: boolean };

export function ReportSection({ id, heading, intro, pageBreak = false, children }: Head & { children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={pageBreak ? "mt-12 print:break-before-page" : "mt-12"}>
      <h2 id={id} className="text-xl font-bold text-brand-900">{heading}</h2>
      <p className="mt-2 max-w-3xl">{intro}</p>
      {children}
    </section>
  );
}

type TableProps = Head & { none: ReactNode; locale: string; columns: Column[] };

export function TableSection({ none, locale, columns, rows, ...head }: TableProps & { rows: Row[] }) {
  return (
    <ReportSection {...head}>
      {rows.length === 0 ? <p className="mt-3">{none}</p> : <SimpleTable locale={locale} caption={head.heading} columns={columns} rows={rows} />}
    </ReportSection>
  );
}

/** An initiative as the first cell of a row: its code, then its title. */
export function InitiativeCell({ code, title }: { code: string; title: string }) {
  return (
    <span>
      <span className="font-mono">{code}</span> {title}
    </span>
  );
}

type InitiativeItem = { initiativeCode: string; initiativeTitle: string };

/**
 * A table section with one row per item of an initiative: heading, introduction and the sentence
 * for an empty list are the council report's messages `<messages>.heading`, `.intro` and `.none`;
 * the first column is the initiative, then `columns` (headed by the messages `key`) with the cells
 * `cells` gives for each item.
 */
export async function InitiativeTableSection<T extends InitiativeItem>({
  messages,
  values,
  items,
  columns,
  cells,
  note,
  ...table
}: Omit<TableProps, "heading" | "intro" | "none" | "columns"> & {
  messages: string;
  /** A sentence after the introduction (e.g. "as of today" in a report of a past quarter). */
  note?: string;
  /** Values of the introduction and the empty sentence. */
  values?: Record<string, string>;
  columns: { key: string; numeric?: boolean }[];
  items: T[];
  cells: (item: T) => ReactNode[];
}) {
  const t = await getTranslations("councilReport");
  return (
    <TableSection
      {...table}
      heading={t(`${messages}.heading`)}
      intro={note ? `${t(`${messages}.intro`, values)} ${note}` : t(`${messages}.intro`, values)}
      none={t(`${messages}.none`, values)}
      columns={[{ label: t("col.initiative") }, ...columns.map((c) => ({ label: t(c.key), numeric: c.numeric }))]}
      rows={items.map((item, i) => ({
        key: `${item.initiativeCode}-${i}`,
        cells: [<InitiativeCell key="i" code={item.initiativeCode} title={item.initiativeTitle} />, ...cells(item)],
      }))}
    />
  );
}
