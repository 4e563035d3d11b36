// Open-data reads of the other published tables: masterplan, fields of action, milestones, KPIs
// with their measurements, partners, districts and budget lines. Same rules as initiatives.ts:
// published rows only, explicit selects, a constant number of SQL statements per call. Where the
// citizens' site reads the same rows (masterplan, districts, partners, KPIs), these go through
// its query functions in lib/public, so the pages and the open data cannot disagree.
import type { Db } from "@/lib/db/client";
import { milestoneScheduleSelect } from "@/lib/milestones/lateness";
import { cityToday, isoDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listPublicDistricts } from "@/lib/public/district-queries";
import { publicPartnerSelect, publicPartnerWhere } from "@/lib/public/partner-queries";
import { publicInitiativeFacts, queryPublicMasterplan, summarize } from "@/lib/public/queries";
import { publicKpiWhere } from "@/lib/public/initiative-queries";
import { fieldWhere, kpiOut, kpiSelect, measurementsFor, milestoneDates, publicInitiativeWhere } from "./initiatives";
import type {
  BudgetFilter,
  BudgetRecord,
  DistrictRecord,
  FieldRecord,
  KpiFilter,
  KpiRecord,
  MasterplanRecord,
  MilestoneFilter,
  MilestoneRecord,
  Page,
  PartnerRecord,
} from "./schemas";

type Rows<T> = { total: number; rows: T[] };

/** Prisma treats undefined take/skip as "no limit", which is what the CSV downloads want. */
const paging = (page?: Page) => ({ take: page?.limit, skip: page?.offset });

/** Runs the page query and, for a page, the count; without a page everything is returned (CSV). */
async function withTotal<R>(rows: Promise<R[]>, count: () => Promise<number>, page?: Page): Promise<{ total: number; found: R[] }> {
  const [found, total] = await Promise.all([rows, page ? count() : Promise.resolve(-1)]);
  return { found, total: total < 0 ? found.length : total };
}

/** The (first) masterplan and its fields, progress rolled up by lib/initiatives/progress.ts. Two queries. */
export async function getMasterplan(db: Db): Promise<{ masterplan: MasterplanRecord; fields: FieldRecord[] } | null> {
  const plan = await queryPublicMasterplan(db);
  if (!plan) return null;
  const facts = await publicInitiativeFacts(db, plan.id);
  const fields = plan.fieldsOfAction.map((f) => {
    const { progress, initiativeCount } = summarize(facts.filter((i) => i.fieldId === f.id));
    return { code: f.code, slug: f.slug, title: f.title, titleEn: f.titleEn, description: f.description, descriptionEn: f.descriptionEn, progress, initiativeCount };
  });
  const all = summarize(facts);
  return {
    masterplan: {
      slug: plan.slug,
      title: plan.title,
      titleEn: plan.titleEn,
      vision: plan.vision,
      visionEn: plan.visionEn,
      periodStart: isoDate(plan.periodStart),
      periodEnd: isoDate(plan.periodEnd),
      isExample: plan.isExample,
      progress: all.progress,
      initiativeCount: all.initiativeCount,
    },
    fields,
  };
}

export async function listMilestones(db: Db, f: MilestoneFilter, page?: Page): Promise<Rows<MilestoneRecord>> {
  const where: Prisma.MilestoneWhereInput = {
    isPublic: true,
    initiative: { ...publicInitiativeWhere, ...(f.initiative ? { slug: f.initiative } : {}), ...(f.field ? { fieldOfAction: fieldWhere(f.field) } : {}) },
  };
  const { found, total } = await withTotal(
    db.milestone.findMany({
      where,
      orderBy: [{ initiative: { code: "asc" } }, { sortOrder: "asc" }, { baselineDate: "asc" }, { id: "asc" }],
      select: {
        ...milestoneScheduleSelect,
        titleEn: true,
        initiative: { select: { code: true, slug: true } },
        responsiblePartner: { select: { slug: true } },
      },
      ...paging(page),
    }),
    () => db.milestone.count({ where }),
    page,
  );
  const today = cityToday();
  const rows = found.map((m) => ({
    id: m.id,
    initiative: m.initiative,
    title: m.title,
    titleEn: m.titleEn,
    ...milestoneDates(m, today),
    responsiblePartner: m.responsiblePartner?.slug ?? null,
  }));
  return { total, rows };
}

/** Public KPIs: masterplan and field KPIs, and those of published initiatives. */
export async function listKpis(db: Db, f: KpiFilter, page?: Page): Promise<Rows<KpiRecord>> {
  const where: Prisma.KpiWhereInput = {
    AND: [
      publicKpiWhere,
      f.scope ? { scope: f.scope } : {},
      f.initiative ? { initiative: { slug: f.initiative } } : {},
      f.field ? { OR: [{ fieldOfAction: fieldWhere(f.field) }, { initiative: { fieldOfAction: fieldWhere(f.field) } }] } : {},
    ],
  };
  const { found, total } = await withTotal(
    db.kpi.findMany({ where, orderBy: [{ scope: "asc" }, { name: "asc" }, { id: "asc" }], select: kpiSelect, ...paging(page) }),
    () => db.kpi.count({ where }),
    page,
  );
  const measurements = await measurementsFor(
    db,
    found.map((k) => k.id),
  );
  const rows = found.map(({ fieldOfAction, initiative, ...k }) => ({
    ...kpiOut(k, measurements),
    field: fieldOfAction?.code ?? null,
    initiative: initiative ?? null,
  }));
  return { total, rows };
}

/** Partners taking part in at least one published initiative, with those initiatives only. */
export async function listPartners(db: Db): Promise<PartnerRecord[]> {
  const found = await db.partner.findMany({
    where: publicPartnerWhere,
    orderBy: { name: "asc" },
    select: {
      ...publicPartnerSelect,
      initiatives: {
        where: { initiative: publicInitiativeWhere },
        orderBy: [{ initiative: { code: "asc" } }, { role: "asc" }],
        select: { role: true, contribution: true, initiative: { select: { code: true, slug: true } } },
      },
    },
  });
  return found.map((p) => ({ ...p, initiatives: p.initiatives.map((l) => ({ ...l.initiative, role: l.role, contribution: l.contribution })) }));
}

export async function listDistricts(db: Db): Promise<DistrictRecord[]> {
  return listPublicDistricts(db);
}

/** Public budget lines of published initiatives; amounts as exact decimal strings. */
export async function listBudget(db: Db, f: BudgetFilter, page?: Page): Promise<Rows<BudgetRecord>> {
  const where: Prisma.BudgetLineWhereInput = {
    isPublic: true,
    ...(f.year ? { year: f.year } : {}),
    initiative: { ...publicInitiativeWhere, ...(f.initiative ? { slug: f.initiative } : {}) },
  };
  const { found, total } = await withTotal(
    db.budgetLine.findMany({
      where,
      orderBy: [{ initiative: { code: "asc" } }, { year: "asc" }, { fundingSource: "asc" }, { programme: { name: "asc" } }],
      select: { year: true, fundingSource: true, programme: { select: { name: true } }, planned: true, actual: true, initiative: { select: { code: true, slug: true } } },
      ...paging(page),
    }),
    () => db.budgetLine.count({ where }),
    page,
  );
  return {
    total,
    rows: found.map((b) => ({
      initiative: b.initiative,
      year: b.year,
      fundingSource: b.fundingSource,
      fundingProgramme: b.programme?.name ?? null,
      planned: b.planned.toFixed(2),
      actual: b.actual.toFixed(2),
    })),
  };
}
