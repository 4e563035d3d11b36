// The council report as a PDF, drawn with pdfkit from the same structure the page renders. The
// standard Helvetica fonts (WinAnsi: German umlauts, ß, €, „“ and – included) keep the file small
// and need no font files; tables are aligned text columns that repeat their header on a new page;
// each field of action starts on a new page; every page carries "Seite X von Y".
import PDFDocument from "pdfkit";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { healthReasonTexts } from "@/lib/initiatives/health-suggestion";
import { periodLabel } from "@/lib/reports/labels";
import type { CouncilReport, CouncilReportEntry } from "./build";
import { reportFormat } from "./format";
import { stripMarkdown } from "./plain-text";

type T = (key: string, values?: Record<string, string | number>) => string;
type Doc = InstanceType<typeof PDFDocument>;
type Column = { label: string; width: number; align?: "left" | "right" };

const catalogues = { de, en } as const;
const MARGIN = 56;
const FOOTER_GAP = 24;
const BODY = 10;
const REGULAR = "Helvetica";
const BOLD = "Helvetica-Bold";

/** The report as PDF bytes, in `locale` (which may differ from the one the report was built in). */
export async function renderCouncilReportPdf(report: CouncilReport, locale: Locale): Promise<Buffer> {
  const t = createTranslator({ locale, messages: catalogues[locale] }) as unknown as T;
  const tr: T = (key, values) => t(`councilReport.${key}`, values);
  const f = reportFormat(locale);
  const period = periodLabel(t, report.quarter);
  const scope = scopeText(tr, report.scope);

  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_GAP, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: locale,
    displayTitle: true,
    info: { Title: `${tr("documentTitle")} – ${period} – ${scope}`, Author: report.city.name, Subject: tr("title") },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // Title page
  doc.font(REGULAR).fontSize(12).text(report.city.name);
  doc.moveDown(0.3).font(BOLD).fontSize(22).text(tr("documentTitle"));
  doc.moveDown(0.3).font(REGULAR).fontSize(14).text(report.masterplan.title);
  doc.moveDown(1.5);
  const meta: [string, string][] = [
    [tr("meta.period"), tr("meta.periodRange", { period, start: f.date(report.quarterStart), end: f.date(report.quarterEnd) })],
    [tr("meta.scope"), scope],
    [tr("meta.generatedOn"), f.date(report.generatedOn)],
  ];
  for (const [label, value] of meta) labelled(doc, label, value);
  doc.moveDown();
  paragraph(doc, tr("meta.confidential"), { bold: true });
  if (report.masterplan.isExample) paragraph(doc, tr("meta.exampleData"));
  paragraph(doc, tr(report.asOf === "approval" ? "meta.asOfNoteFrozen" : "meta.asOfNote"));
  // A past quarter: sections that are not frozen with the reports say so.
  const asOfToday = report.asOf === "approval" ? tr("asOfTodayNote", { date: f.date(report.generatedOn) }) : null;
  const todayMark = ` (${tr("asOfToday")})`;

  // Key figures
  const fig = report.figures;
  heading(doc, tr("figures.heading"), 1);
  paragraph(doc, tr(report.asOf === "approval" ? "figures.initiativeCountFrozen" : "figures.initiativeCount", { count: fig.initiativeCount }));
  if (fig.withoutFrozenFigures > 0) paragraph(doc, tr("figures.withoutFrozen", { count: fig.withoutFrozenFigures }));
  heading(doc, tr("figures.byStatus"), 2);
  table(doc, [{ label: tr("col.status"), width: 3 }, { label: tr("col.count"), width: 1, align: "right" }], fig.byStatus.map((s) => [t(`status.${s.key}`), String(s.count)]));
  heading(doc, tr("figures.byHealth"), 2);
  table(doc, [{ label: tr("col.health"), width: 3 }, { label: tr("col.count"), width: 1, align: "right" }], fig.byHealth.map((h) => [t(`health.${h.key}`), String(h.count)]));
  heading(doc, tr("figures.progress"), 2);
  paragraph(doc, tr("figures.progressFormula"));
  table(
    doc,
    [{ label: tr("col.field"), width: 4 }, { label: tr("col.initiatives"), width: 1, align: "right" }, { label: tr("col.progress"), width: 1, align: "right" }],
    [
      ...fig.progress.fields.map((p) => [`${p.code} ${p.title}`, String(p.initiativeCount), f.percent(p.percent)]),
      [tr("figures.progressOverall"), String(fig.initiativeCount), f.percent(fig.progress.overall)],
    ],
  );
  heading(doc, tr("figures.budget", { year: fig.budget.year }), 2);
  paragraph(doc, tr("figures.budgetNote"));
  table(
    doc,
    [{ label: tr("col.planned"), width: 1, align: "right" }, { label: tr("col.actual"), width: 1, align: "right" }, { label: tr("col.spent"), width: 1, align: "right" }],
    [[f.money(fig.budget.planned), f.money(fig.budget.actual), f.percent(fig.budget.percentSpent)]],
  );
  heading(doc, tr("figures.milestones"), 2);
  paragraph(doc, tr("figures.milestonesNote"));
  const m = fig.milestones;
  table(
    doc,
    [{ label: tr("col.item"), width: 4 }, { label: tr("col.value"), width: 1, align: "right" }],
    [
      [tr("figures.due"), String(m.due)],
      [tr("figures.completed"), String(m.completed)],
      [tr("figures.onTime"), String(m.onTime)],
      [tr("figures.late"), String(m.late)],
      [tr("figures.open"), String(m.open)],
      [tr("figures.overdue"), String(m.overdue)],
      [tr("figures.punctuality"), f.percent(m.punctualityPercent)],
    ],
  );

  // Initiatives whose manual health is greener than the suggestion from their data
  heading(doc, tr("greener.heading"), 1);
  paragraph(doc, tr("greener.intro"));
  if (asOfToday) paragraph(doc, asOfToday);
  if (report.healthFlags.length === 0) paragraph(doc, tr("greener.none"));
  else {
    const ts: T = (key, values) => t(`healthSuggestion.${key}`, values);
    table(
      doc,
      [
        { label: tr("col.initiative"), width: 2 },
        { label: tr("col.health"), width: 1 },
        { label: tr("greener.suggested"), width: 1 },
        { label: tr("greener.reasons"), width: 2.4 },
        { label: tr("greener.healthReason"), width: 2.4 },
      ],
      report.healthFlags.map((h) => [
        `${h.initiativeCode} ${h.initiativeTitle}`,
        t(`health.${h.health}`),
        t(`health.${h.suggested}`),
        healthReasonTexts(ts, h.reasons).join(", "),
        h.healthReason ?? tr("greener.noReason"),
      ]),
    );
  }

  // Status reports, one field of action per page
  report.fields.forEach((field, i) => {
    doc.addPage();
    if (i === 0) {
      heading(doc, tr("reports.heading"), 1);
      paragraph(doc, tr("reports.intro"));
    }
    heading(doc, tr("reports.fieldHeading", { code: field.code, title: field.title }), 2);
    const progress = fig.progress.fields.find((p) => p.code === field.code);
    if (progress) paragraph(doc, tr("reports.fieldSummary", { count: progress.initiativeCount, progress: f.percent(progress.percent) }));
    if (field.reports.length === 0) paragraph(doc, tr("reports.none"));
    for (const entry of field.reports) reportEntry(doc, entry, t, tr, f.date, entry.asOfToday ? todayMark : "");
  });

  // Slipped milestones
  doc.addPage();
  heading(doc, tr("slips.heading"), 1);
  paragraph(doc, tr("slips.intro"));
  if (report.slips.length === 0) paragraph(doc, tr("slips.none"));
  else
    table(
      doc,
      [
        { label: tr("col.initiative"), width: 1.1 },
        { label: tr("col.milestone"), width: 2 },
        { label: tr("col.reportedOn"), width: 1.1 },
        { label: tr("col.oldDate"), width: 1.1 },
        { label: tr("col.newDate"), width: 1.1 },
        { label: tr("col.reason"), width: 2.2 },
      ],
      report.slips.map((s) => [s.initiativeCode, s.milestoneTitle, f.date(s.reportedOn), f.date(s.oldDate), f.date(s.newDate), s.reason]),
    );

  // Overdue milestones on the day of generation
  const asOf = f.date(report.lateAsOf);
  heading(doc, tr("late.heading"), 1);
  paragraph(doc, tr("late.intro", { date: asOf }));
  if (report.late.length === 0) paragraph(doc, tr("late.none", { date: asOf }));
  else
    table(
      doc,
      [
        { label: tr("col.initiative"), width: 1.1 },
        { label: tr("col.milestone"), width: 2.4 },
        { label: tr("col.milestoneBaseline"), width: 1.2 },
        { label: tr("col.forecast"), width: 1.2 },
        { label: tr("col.overdueDays"), width: 1, align: "right" },
        { label: tr("col.delayDays"), width: 1, align: "right" },
      ],
      report.late.map((m) => [m.initiativeCode, m.milestoneTitle, f.date(m.baselineDate), f.date(m.forecastDate), String(m.overdueDays), String(m.delayDays)]),
    );

  // Dependencies at risk from slip on the day of generation
  heading(doc, tr("dependencies.heading"), 1);
  paragraph(doc, tr("dependencies.intro"));
  if (asOfToday) paragraph(doc, asOfToday);
  if (report.dependencyRisks.length === 0) paragraph(doc, tr("dependencies.none"));
  else
    table(
      doc,
      [
        { label: tr("col.initiative"), width: 1.1 },
        { label: tr("col.dependencyPart"), width: 2.4 },
        { label: tr("col.dependsOn"), width: 2.4 },
        { label: tr("col.slipDays"), width: 1, align: "right" },
      ],
      report.dependencyRisks.map((d) => [d.initiativeCode, d.successor, `${d.predecessor} – ${d.predecessorTitle}`, String(d.days)]),
    );

  // KPI attainment
  heading(doc, tr("kpis.heading"), 1);
  paragraph(doc, tr("kpis.rule"));
  if (report.kpis.rows.length === 0) paragraph(doc, tr("kpis.none"));
  else {
    table(doc, [{ label: tr("col.attainment"), width: 3 }, { label: tr("col.count"), width: 1, align: "right" }], report.kpis.counts.map((c) => [tr(`kpis.attainment.${c.key}`), String(c.count)]));
    table(
      doc,
      [
        { label: tr("col.kpi"), width: 2.4 },
        { label: tr("col.owner"), width: 0.9 },
        { label: tr("col.baseline"), width: 1.4, align: "right" },
        { label: tr("col.target"), width: 1.4, align: "right" },
        { label: tr("col.latest"), width: 1.4, align: "right" },
        { label: tr("col.attainment"), width: 1.6 },
      ],
      report.kpis.rows.map((k) => [
        `${k.name} (${k.unit})`,
        `${k.ownerCode ?? tr("kpis.ownerMasterplan")}${k.asOfToday ? `\n${tr("asOfToday")}` : ""}`,
        k.baseline === null ? "–" : f.number(k.baseline),
        `${f.number(k.target)}\n(${f.date(k.targetDate)})`,
        k.latestValue === null || !k.latestDate ? "–" : `${f.number(k.latestValue)}\n(${f.date(k.latestDate)})`,
        k.attainment === null ? tr("kpis.notJudged") : tr(`kpis.attainment.${k.attainment}`),
      ]),
    );
  }

  // The quarter as approved: frozen with each approval, the same however the data moved since.
  const frozen = report.frozen;
  heading(doc, tr("frozen.heading"), 1);
  paragraph(doc, tr("frozen.rule"));
  if (frozen.sincePrevious) paragraph(doc, tr("frozen.sincePrevious", { ...frozen.sincePrevious, period: periodLabel(t, frozen.sincePrevious.period) }), { bold: true });
  if (frozen.entries.length === 0 && frozen.missing.length === 0) paragraph(doc, tr("frozen.none"));
  else
    table(
      doc,
      [
        { label: tr("col.initiative"), width: 2.6 },
        { label: tr("col.health"), width: 1.2 },
        { label: tr("col.progress"), width: 1, align: "right" },
        { label: tr("frozen.milestonesDone"), width: 1.2, align: "right" },
        { label: tr("col.planned"), width: 1.3, align: "right" },
        { label: tr("col.actual"), width: 1.3, align: "right" },
      ],
      frozen.entries.map((e) => [
        `${e.initiativeCode} ${e.initiativeTitle}`,
        t(`health.${e.health}`),
        f.percent(e.progressPercent),
        `${e.milestonesDone}/${e.milestonesTotal}`,
        f.money(e.budgetPlanned),
        f.money(e.budgetActual),
      ]).concat(frozen.missing.map((m) => [`${m.initiativeCode} ${m.initiativeTitle}`, tr(m.approved ? "frozen.notFrozen" : "frozen.noReport"), "–", "–", "–", "–"])),
    );
  heading(doc, tr("frozen.milestonesHeading"), 2);
  paragraph(doc, tr("frozen.milestonesIntro"));
  if (frozen.milestones.length === 0) paragraph(doc, tr("frozen.milestonesNone"));
  else
    table(
      doc,
      [
        { label: tr("col.initiative"), width: 1 },
        { label: tr("col.milestone"), width: 2.6 },
        { label: tr("col.milestoneBaseline"), width: 1.2 },
        { label: tr("col.forecast"), width: 1.2 },
        { label: tr("frozen.stateAtEnd"), width: 1.5 },
      ],
      frozen.milestones.map((m) => [
        m.initiativeCode,
        m.milestoneTitle,
        f.date(m.baselineDate),
        f.date(m.forecastDate),
        m.state === "done" ? tr("frozen.state.done", { date: f.date(m.completedDate!) }) : tr(`frozen.state.${m.state}`),
      ]),
    );

  // The plan against its adopted baseline (Fortschreibung).
  heading(doc, tr("revisions.heading"), 1);
  const rev = report.revisions;
  if (!rev) paragraph(doc, tr("revisions.none"));
  else {
    paragraph(doc, tr("revisions.intro", { name: rev.baseline.name, date: f.date(rev.baseline.baselineDate) }));
    table(
      doc,
      [{ label: tr("revisions.kind"), width: 3 }, { label: tr("col.count"), width: 1, align: "right" }],
      (Object.entries(rev.counts) as [string, number][]).map(([kind, n]) => [tr(`revisions.kinds.${kind}`), String(n)]),
    );
    for (const x of rev.comparison.succeeded) {
      paragraph(doc, tr(`revisions.succession.${x.kind}`, { code: x.initiative.code, title: x.initiative.title, successor: x.successor ? `${x.successor.code} ${x.successor.title}` : "–" }));
    }
    if (rev.comparison.milestonesMoved.length > 0)
      table(
        doc,
        [
          { label: tr("col.initiative"), width: 1 },
          { label: tr("col.milestone"), width: 2.6 },
          { label: tr("revisions.from"), width: 1.3 },
          { label: tr("revisions.to"), width: 1.3 },
          { label: tr("revisions.days"), width: 0.9, align: "right" },
        ],
        rev.comparison.milestonesMoved.map((m) => [m.initiative.code, m.title, f.date(m.from), f.date(m.to), String(m.days)]),
      );
  }

  footers(doc, (page, pages) => tr("pdf.page", { page, pages }), `${tr("title")} ${period} · ${scope}`);
  doc.end();
  return done;
}

export function scopeText(tr: T, scope: CouncilReport["scope"]): string {
  return scope.kind === "masterplan" ? tr("scope.masterplan") : tr(`scope.${scope.kind}`, { code: scope.code, name: scope.name });
}

// ---------------------------------------------------------------------------
// Drawing helpers
// ---------------------------------------------------------------------------

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomLimit = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when fewer than `height` points remain, so a heading never ends a page alone. */
function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

function heading(doc: Doc, text: string, level: 1 | 2 | 3) {
  const size = level === 1 ? 16 : level === 2 ? 13 : 11;
  ensureSpace(doc, size * 5);
  doc.moveDown(level === 1 ? 1 : 0.8);
  doc.x = doc.page.margins.left;
  doc.font(BOLD).fontSize(size).text(text, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, text: string, { bold = false }: { bold?: boolean } = {}) {
  doc.x = doc.page.margins.left;
  doc.font(bold ? BOLD : REGULAR).fontSize(BODY).text(text, { width: contentWidth(doc) });
  doc.moveDown(0.4);
}

function labelled(doc: Doc, label: string, value: string) {
  doc.x = doc.page.margins.left;
  doc.font(BOLD).fontSize(BODY).text(`${label}: `, { continued: true }).font(REGULAR).text(value, { width: contentWidth(doc) });
}

function reportEntry(doc: Doc, r: CouncilReportEntry, t: T, tr: T, date: (iso: string) => string, mark: string) {
  heading(doc, tr("reports.initiativeHeading", { code: r.initiativeCode, title: r.initiativeTitle }), 3);
  const facts = [`${t("statusReports.health")}: ${t(`health.${r.health}`)}`, `${tr("reports.department")}: ${r.departmentCode}`];
  if (r.approvedOn) facts.push(`${tr("reports.approvedOn")}: ${date(r.approvedOn)}`);
  facts.push(`${tr("reports.delay")}: ${r.delayDays === null ? tr("reports.delayNone") : tr("reports.delayValue", { days: r.delayDays })}${mark}`);
  facts.push(`${tr("reports.overdue")}: ${r.overdueMilestones}${mark}`);
  paragraph(doc, facts.join(" · "));
  for (const key of ["summary", "achievements", "nextSteps", "risks", "publicSummary"] as const) {
    ensureSpace(doc, BODY * 4);
    doc.x = doc.page.margins.left;
    doc.font(BOLD).fontSize(BODY).text(t(`statusReports.${key}`), { width: contentWidth(doc) });
    paragraph(doc, stripMarkdown(r[key]) || t("statusReports.empty"));
  }
}

/** A table of aligned text columns; widths are relative. Rows never split; the header repeats on each page. */
function table(doc: Doc, columns: Column[], rows: string[][]) {
  const left = doc.page.margins.left;
  const total = columns.reduce((a, c) => a + c.width, 0);
  const gap = 8;
  const widths = columns.map((c) => (contentWidth(doc) * c.width) / total - gap);
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(BODY - 1);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! })));
  };
  const drawRow = (cells: string[], font: string, height = rowHeight(cells, font)) => {
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      doc.font(font).fontSize(BODY - 1).text(cell, x, y, { width: widths[i]!, align: columns[i]!.align ?? "left" });
      x += widths[i]! + gap;
    });
    doc.y = y + height + 3;
  };
  const header = columns.map((c) => c.label);
  const drawHeader = () => {
    drawRow(header, BOLD);
    doc.moveTo(left, doc.y - 1.5).lineTo(left + contentWidth(doc), doc.y - 1.5).lineWidth(0.5).stroke();
  };
  ensureSpace(doc, rowHeight(header, BOLD) + (rows[0] ? rowHeight(rows[0], REGULAR) : 0) + 8);
  drawHeader();
  for (const row of rows) {
    const height = rowHeight(row, REGULAR);
    if (doc.y + height > bottomLimit(doc)) {
      doc.addPage();
      drawHeader();
    }
    drawRow(row, REGULAR, height);
  }
  doc.x = left;
  doc.moveDown(0.6);
}

/** Page numbers and a running title on every page, written once all pages exist. */
function footers(doc: Doc, pageLabel: (page: number, pages: number) => string, runningTitle: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN;
    const width = contentWidth(doc);
    doc.font(REGULAR).fontSize(8).fillColor("#333333");
    doc.text(runningTitle.length > 90 ? `${runningTitle.slice(0, 89)}…` : runningTitle, MARGIN, y, { width: width * 0.75, lineBreak: false });
    doc.text(pageLabel(i - range.start + 1, range.count), MARGIN, y, { width, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
