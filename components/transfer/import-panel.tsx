"use client";
// The upload of a workbook or CSV: choose a file, run the dry run ("Probelauf"), read the result per
// row, then apply exactly the file that was checked (the server compares its SHA-256 with the one
// the dry run reported). Nothing is written before "Übernehmen"; an apply with any error row writes
// nothing at all. The server action comes in as a prop (components never import app/).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { type DataTableColumn } from "@/components/ui/data-table";
import { ClientDataTable } from "@/components/ui/data-table/client-data-table";
import type { ActionResult } from "@/lib/actions/define-action";
import type { ImportReport, ImportRowResult } from "@/lib/transfer/import/types";
import { problemText, type ProblemTranslator } from "@/lib/transfer/problem-text";

type ImportInput = { fileName: string; contentBase64: string; dryRun: boolean; expectSha256?: string };
type ImportAction = (raw: ImportInput) => Promise<ActionResult<ImportReport>>;

/** Rows listed in full on the page; the counts always cover the whole file. */
const ROW_LIMIT = 500;

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function ImportPanel({ action }: { action: ImportAction }) {
  const t = useTranslations("transfer.upload");
  const tp = useTranslations("transfer.problems") as unknown as ProblemTranslator;
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (dryRun: boolean) =>
    startTransition(async () => {
      setFailure(null);
      let current = file;
      if (dryRun) {
        const chosen = fileInput.current?.files?.[0];
        if (!chosen) {
          setFailure(t("chooseFirst"));
          return;
        }
        current = { name: chosen.name, content: await readAsBase64(chosen) };
        setFile(current);
        setReport(null);
      }
      if (!current) return;
      const result = await action({
        fileName: current.name,
        contentBase64: current.content,
        dryRun,
        ...(dryRun || !report ? {} : { expectSha256: report.sha256 }),
      });
      if (result.ok) setReport(result.data);
      else {
        const fieldMessages = Object.values(result.fieldErrors ?? {}).flat();
        setFailure([fieldMessages.length ? fieldMessages.join(" ") : result.message, result.requestId ? t("requestId", { id: result.requestId }) : ""].filter(Boolean).join(" "));
      }
    });

  const canApply = !!report && report.dryRun && report.counts.error === 0 && report.counts.create + report.counts.update > 0;

  return (
    <div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run(true);
        }}
        className="flex flex-wrap items-end gap-3"
      >
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium">{t("fileLabel")}</label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby={`${id}-file-help`}
            onChange={() => {
              setReport(null);
              setFile(null);
              setFailure(null);
            }}
            className="mt-1 block text-sm"
          />
          <p id={`${id}-file-help`} className="mt-1 text-sm text-slate-700">{t("fileHelp")}</p>
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 disabled:opacity-60">
          {t("check")}
        </button>
      </form>

      <div role="status" aria-live="polite" className="mt-4">
        {pending && <p>{t("working")}</p>}
        {failure && <p className="font-semibold text-red-800">{failure}</p>}
        {report && !pending && <Summary report={report} />}
      </div>

      {report && (
        <>
          {report.detected && <Detected report={report} />}
          {report.problems.length > 0 && (
            <section className="mt-4" aria-labelledby={`${id}-file-problems`}>
              <h3 id={`${id}-file-problems`} className="font-semibold">{t("fileProblems")}</h3>
              <ul className="mt-1 list-disc pl-6">
                {report.problems.map((p, i) => <li key={i}>{problemText(tp, p)}</li>)}
              </ul>
            </section>
          )}
          <SheetCounts report={report} />
          <RowTable title={t("errorRows")} rows={report.rows.filter((r) => r.outcome === "error")} tp={tp} emptyText={t("noErrors")} />
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold">{t("changeRows")}</summary>
            <RowTable title={t("changeRows")} hideTitle rows={report.rows.filter((r) => r.outcome === "create" || r.outcome === "update")} tp={tp} emptyText={t("noChanges")} dryRun={report.dryRun} />
          </details>
          {report.dryRun && (
            <div className="mt-6">
              <button
                type="button"
                disabled={!canApply || pending}
                onClick={() => run(false)}
                className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 disabled:opacity-60"
              >
                {t("apply", { create: report.counts.create, update: report.counts.update })}
              </button>
              {!canApply && <p className="mt-1 text-sm text-slate-700">{report.counts.error > 0 ? t("applyBlocked") : t("nothingToApply")}</p>}
            </div>
          )}
          {report.applied && (
            <p className="mt-4 flex flex-wrap gap-4">
              <Link href="/app/portfolio" className="text-brand-700 underline">{t("toPortfolio")}</Link>
              {report.publishRequests > 0 && <Link href="/app/publications" className="text-brand-700 underline">{t("toPublications")}</Link>}
            </p>
          )}
        </>
      )}
    </div>
  );
}

function Summary({ report }: { report: ImportReport }) {
  const t = useTranslations("transfer.upload");
  const { create, update, unchanged, error } = report.counts;
  const key = report.dryRun ? "summaryDryRun" : report.applied ? "summaryApplied" : "summaryRefused";
  // PUBLISH_REVIEW: what the file would make public is asked for, not published (not said for a refused file: nothing was asked).
  const asks = report.publishRequests > 0 && (report.dryRun || report.applied);
  return (
    <>
      <p className={report.counts.error > 0 ? "font-semibold text-red-800" : "font-semibold"}>
        {t(key, { file: report.fileName, create, update, unchanged, error })}
      </p>
      {asks && <p className="mt-1">{t(report.dryRun ? "publishRequestsDryRun" : "publishRequestsApplied", { count: report.publishRequests })}</p>}
    </>
  );
}

function Detected({ report }: { report: ImportReport }) {
  const t = useTranslations("transfer.upload");
  const d = report.detected!;
  return (
    <p className="mt-2 text-sm text-slate-700">
      {t("detected", {
        encoding: d.encoding === "utf-8" ? (d.bom ? t("utf8Bom") : "UTF-8") : "Windows-1252",
        separator: d.separator === "\t" ? t("tab") : d.separator,
        decimal: d.decimal === "," ? t("decimalComma") : d.decimal === "." ? t("decimalPoint") : t("none"),
        date: d.dateFormat === "dd.mm.yyyy" ? "TT.MM.JJJJ" : d.dateFormat === "yyyy-mm-dd" ? "JJJJ-MM-TT" : t("none"),
      })}
    </p>
  );
}

const OUTCOMES = ["create", "update", "unchanged", "error"] as const;
type SheetCount = { sheet: string } & Record<ImportRowResult["outcome"], number>;

function SheetCounts({ report }: { report: ImportReport }) {
  const t = useTranslations("transfer.upload");
  const locale = useLocale();
  const sheets = new Map<string, SheetCount>();
  for (const r of report.rows) {
    const c = sheets.get(r.sheet) ?? { sheet: r.sheet, create: 0, update: 0, unchanged: 0, error: 0 };
    c[r.outcome] += 1;
    sheets.set(r.sheet, c);
  }
  if (sheets.size === 0) return null;
  const columns: DataTableColumn<SheetCount>[] = [
    { id: "sheet", header: t("sheet"), value: (c) => c.sheet, rowHeader: true },
    ...OUTCOMES.map((o): DataTableColumn<SheetCount> => ({ id: o, header: t(`outcome.${o}`), value: (c) => c[o], format: "integer" })),
  ];
  return (
    <ClientDataTable
      columns={columns}
      rows={[...sheets.values()]}
      rowKey={(c) => c.sheet}
      caption={t("perSheet")}
      captionVisible
      locale={locale}
      className="mt-4 max-w-2xl"
    />
  );
}

function RowTable({ title, hideTitle, rows, tp, emptyText, dryRun }: { title: string; hideTitle?: boolean; rows: ImportRowResult[]; tp: ProblemTranslator; emptyText: string; dryRun?: boolean }) {
  const t = useTranslations("transfer.upload");
  const locale = useLocale();
  if (rows.length === 0 && !hideTitle) return null;
  const columns: DataTableColumn<ImportRowResult>[] = [
    { id: "sheet", header: t("sheet"), value: (r) => r.sheet },
    // A row number names a line of the file: no thousands separator.
    { id: "row", header: t("row"), value: (r) => r.row, align: "end", className: "tabular-nums" },
    { id: "key", header: t("key"), value: (r) => r.key },
    { id: "result", header: t("result"), cell: (r) => t(`outcome.${r.outcome}`) },
    {
      id: "details",
      header: t("details"),
      cell: (r) =>
        r.problems.length > 0 ? (
          <ul className="list-disc pl-4">
            {r.problems.map((p, i) => (
              <li key={i}>{p.column ? t("inColumn", { column: p.column, message: tp(p.key, p.params) }) : tp(p.key, p.params)}</li>
            ))}
          </ul>
        ) : (
          [
            r.changed?.length ? t("changedColumns", { columns: r.changed.join(", ") }) : null,
            r.publishRequested ? t(dryRun ? "rowPublishRequestedDryRun" : "rowPublishRequested") : null,
          ]
            .filter(Boolean)
            .join(" · ") || null
        ),
    },
  ];
  return (
    <div className="mt-4">
      <ClientDataTable
        columns={columns}
        rows={rows.slice(0, ROW_LIMIT)}
        rowKey={(r) => `${r.sheet}-${r.row}`}
        caption={title}
        captionVisible={!hideTitle}
        empty={emptyText}
        locale={locale}
      />
      {rows.length > ROW_LIMIT && <p className="mt-1 text-sm text-slate-700">{t("moreRows", { shown: ROW_LIMIT, total: rows.length })}</p>}
    </div>
  );
}
