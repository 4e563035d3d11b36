// What citizens would see of an initiative, milestone, KPI, council decision, document or budget line once it is
// public: the preview a publication request stores and its reviewer compares (lib/publish/). It reads
// through the very selections the public pages use (lib/public: publicInitiativeSelect,
// publicMilestoneSelect, publicKpiSelect, publicDecisionSelect, publicDocumentSelect), only without their "is it public yet" condition, so the reviewer approves exactly
// what will be shown. That is why it lives here and not in lib/public: its result is an internal
// document (a pending request's content is not public) and nothing here is served to citizens.
import type { Db, Tx } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import type { PublishTargetKind } from "@/lib/generated/prisma/enums";
import { publicDecisionSelect, publicDocumentSelect, publicDocumentWhere } from "@/lib/public/decision-queries";
import {
  loadPublicFunding,
  publicInitiativeSelect,
  publicInitiativeWhere,
  publicKpiSelect,
  publicKpiWhere,
  publicMilestoneSelect,
} from "@/lib/public/initiative-queries";

/** One public field: its key (labels in the catalogue, publish.fields.*) and its value as lines of text. */
export type PreviewField = { key: string; value: string[] };
export type PublicPreview = PreviewField[];

type Reader = Db | Tx;

const day = (d: Date | null) => (d ? isoDate(d) : "");
const num = (d: { toString(): string } | number) => d.toString();
const field = (key: string, value: string | string[] | null | undefined): PreviewField => ({
  key,
  value: (Array.isArray(value) ? value : [value ?? ""]).filter((v) => v !== ""),
});

type MilestoneRow = { title: string; description: string; baselineDate: Date; forecastDate: Date; completedDate: Date | null };
const milestoneLine = (m: MilestoneRow) =>
  `${m.title}: ${day(m.baselineDate)} → ${day(m.forecastDate)}${m.completedDate ? ` ✓ ${day(m.completedDate)}` : ""}`;

type KpiRow = { name: string; unit: string; baselineValue: { toString(): string }; baselineDate: Date; targetValue: { toString(): string }; targetDate: Date };
const kpiLine = (k: KpiRow) => `${k.name}: ${num(k.baselineValue)} ${k.unit} (${day(k.baselineDate)}) → ${num(k.targetValue)} ${k.unit} (${day(k.targetDate)})`;

/** The public initiative page's facts as they would be shown once the initiative is public; null when it is gone or archived. */
export async function previewInitiative(db: Reader, id: string): Promise<PublicPreview | null> {
  const i = await db.initiative.findFirst({ where: { id, archivedAt: null }, select: publicInitiativeSelect });
  if (!i) return null;
  // The KPIs the page would list: flagged public (publicKpiWhere's flag without its "initiative is public").
  const kpis = await db.kpi.findMany({ where: { initiativeId: id, isPublic: publicKpiWhere.isPublic }, orderBy: [{ name: "asc" }, { id: "asc" }], select: publicKpiSelect });
  const funding = await loadPublicFunding(db as Db, id);
  // The documents flagged public (publicDocumentWhere without its "initiative is public"): listed only
  // when there are some, so a preview stored before documents were previewed still compares equal.
  const { initiative: _public, ...documentWhere } = publicDocumentWhere;
  const documents = await db.document.findMany({ where: { initiativeId: id, ...documentWhere }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: publicDocumentSelect });
  return [
    field("code", i.code),
    field("title", i.title),
    field("summary", i.summary),
    field("description", i.description),
    field("plainLanguageSummary", i.plainLanguageSummary),
    field("fieldOfAction", i.fieldOfAction.title),
    field("department", i.department.name),
    field("status", `status.${i.status}`),
    field("health", `health.${i.health}`),
    field("period", `${day(i.plannedStart)} – ${day(i.plannedEnd)}`),
    field("actualPeriod", i.actualStart || i.actualEnd ? `${day(i.actualStart)} – ${day(i.actualEnd)}` : ""),
    field("districts", i.districts.map((d) => d.district.name)),
    field("partners", i.partners.map((p) => `${p.partner.name} (partnerRole.${p.role})${p.contribution ? `: ${p.contribution}` : ""}`)),
    field("milestones", i.milestones.map(milestoneLine)),
    field("kpis", kpis.map(kpiLine)),
    field("statusReports", i.statusReports.map((r) => `${r.period}: ${r.publicSummary}`)),
    field("funding", funding.lines.map((l) => `${l.year} (budget.source.${l.fundingSource}): ${l.planned} / ${l.actual}`)),
    ...(documents.length ? [field("documents", documents.map(documentLine))] : []),
  ];
}

type DocumentRow = { name: string; contentType: string; size: number; statusReport: { period: string } | null };
const documentLine = (d: DocumentRow) => `${d.name} (${d.contentType}, ${d.size} B)${d.statusReport ? ` – ${d.statusReport.period}` : ""}`;

/** A milestone's public fields. */
export async function previewMilestone(db: Reader, id: string): Promise<PublicPreview | null> {
  const m = await db.milestone.findUnique({ where: { id }, select: publicMilestoneSelect });
  if (!m) return null;
  return [
    field("title", m.title),
    field("description", m.description),
    field("baselineDate", day(m.baselineDate)),
    field("forecastDate", day(m.forecastDate)),
    field("completedDate", day(m.completedDate)),
    field("forecastChanges", m.forecasts.map((f) => `${day(f.forecastDate)}: ${f.reason}`)),
  ];
}

/** A KPI's public fields (its values are public with it: period and value, never notes). */
export async function previewKpi(db: Reader, id: string): Promise<PublicPreview | null> {
  const k = await db.kpi.findUnique({ where: { id }, select: { ...publicKpiSelect, measurements: { orderBy: { periodDate: "asc" }, select: { periodDate: true, value: true } } } });
  if (!k) return null;
  return [
    field("name", k.name),
    field("description", k.description),
    field("target", kpiLine(k)),
    field("method", k.method),
    field("source", k.source),
    field("measurements", k.measurements.map((v) => `${day(v.periodDate)}: ${num(v.value)} ${k.unit}`)),
  ];
}

/**
 * A council decision's public fields and where citizens would find it: the plan, fields of action,
 * and those of its initiatives that are public (on an internal one it shows nowhere yet).
 */
export async function previewDecision(db: Reader, id: string): Promise<PublicPreview | null> {
  const d = await db.councilDecision.findUnique({
    where: { id },
    select: {
      ...publicDecisionSelect,
      links: { select: { masterplan: { select: { title: true } }, fieldOfAction: { select: { title: true } }, initiative: { select: { code: true, title: true, visibility: true, archivedAt: true } } } },
    },
  });
  if (!d) return null;
  const shown = (i: { visibility: string; archivedAt: Date | null }) => i.visibility === publicInitiativeWhere.visibility && i.archivedAt === null;
  const places = d.links
    .map((l) => l.masterplan?.title ?? l.fieldOfAction?.title ?? (l.initiative && shown(l.initiative) ? `${l.initiative.code} ${l.initiative.title}` : ""))
    .sort((a, b) => a.localeCompare(b, "de"));
  return [
    field("body", d.body),
    field("number", d.number),
    field("decidedOn", day(d.decidedOn)),
    field("title", d.title),
    field("titleEn", d.titleEn),
    field("outcome", `decisions.outcome.${d.outcome}`),
    field("attachedTo", places),
  ];
}

/** A document's public fields (name, type, size, the report it belongs to) and its initiative. */
export async function previewDocument(db: Reader, id: string): Promise<PublicPreview | null> {
  const d = await db.document.findUnique({ where: { id }, select: { ...publicDocumentSelect, initiative: { select: { code: true, title: true } } } });
  if (!d) return null;
  return [
    field("name", d.name),
    field("contentType", d.contentType),
    field("size", `${d.size} B`),
    field("report", d.statusReport?.period),
    field("initiative", `${d.initiative.code} ${d.initiative.title}`),
  ];
}

/**
 * A budget line's public fields, as the initiative's public page (summed per year, level and
 * programme) and the open data (lib/open-data: listBudget, the funding roll-up) show them: year,
 * level, the programme's name, planned and actual amounts — never the grant reference or the note.
 */
export async function previewBudgetLine(db: Reader, id: string): Promise<PublicPreview | null> {
  const b = await db.budgetLine.findUnique({
    where: { id },
    select: { year: true, fundingSource: true, planned: true, actual: true, programme: { select: { name: true } }, initiative: { select: { code: true, title: true } } },
  });
  if (!b) return null;
  return [
    field("initiative", `${b.initiative.code} ${b.initiative.title}`),
    field("year", String(b.year)),
    field("fundingSource", `budget.source.${b.fundingSource}`),
    field("programme", b.programme?.name),
    field("planned", b.planned.toFixed(2)),
    field("actual", b.actual.toFixed(2)),
  ];
}

/** Whether the target is on the public site now (then the review shows old → new). */
export async function isPublicNow(db: Reader, kind: PublishTargetKind, id: string): Promise<boolean> {
  if (kind === "INITIATIVE") return (await db.initiative.count({ where: { id, ...publicInitiativeWhere } })) > 0;
  if (kind === "MILESTONE") return (await db.milestone.count({ where: { id, isPublic: true, initiative: publicInitiativeWhere } })) > 0;
  if (kind === "DECISION") {
    const links = { some: { OR: [{ masterplanId: { not: null } }, { fieldOfActionId: { not: null } }, { initiative: publicInitiativeWhere }] } };
    return (await db.councilDecision.count({ where: { id, isPublic: true, links } })) > 0;
  }
  if (kind === "DOCUMENT") return (await db.document.count({ where: { id, ...publicDocumentWhere } })) > 0;
  if (kind === "BUDGET_LINE") return (await db.budgetLine.count({ where: { id, isPublic: true, initiative: publicInitiativeWhere } })) > 0;
  return (await db.kpi.count({ where: { id, ...publicKpiWhere } })) > 0;
}

const PREVIEW: Record<PublishTargetKind, (db: Reader, id: string) => Promise<PublicPreview | null>> = {
  INITIATIVE: previewInitiative,
  MILESTONE: previewMilestone,
  KPI: previewKpi,
  DECISION: previewDecision,
  DOCUMENT: previewDocument,
  BUDGET_LINE: previewBudgetLine,
};

export function previewTarget(db: Reader, kind: PublishTargetKind, id: string): Promise<PublicPreview | null> {
  return PREVIEW[kind](db, id);
}

/** Whether two previews show the same (compared field by field: a stored JSON document may order object keys differently). */
export function samePreview(a: unknown, b: unknown): boolean {
  const lines = (p: unknown) => JSON.stringify(Array.isArray(p) ? (p as PreviewField[]).map((f) => [f.key, f.value]) : null);
  return lines(a) === lines(b);
}
