// Demo data set "Masterplan Digitales Duisburg" (example data). Builds every row in memory first –
// deterministic for a given `today` (seeded PRNG; only the uuids are random) – and then writes them
// in one transaction with createMany, so seeding takes seconds.
import { randomUUID } from "node:crypto";
import type { FundingSource, Health, Prisma, PrismaClient, ReportState, RiskStatus } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { appNow } from "@/lib/dates";
import {
  COMMENTS,
  DEPARTMENTS,
  DISTRICTS,
  FIELD_KPIS,
  FIELDS,
  FUNDING_NOTES,
  MASTERPLAN,
  MASTERPLAN_KPIS,
  MILESTONE_TEMPLATES,
  PARTNERS,
  REPORT_TEXT,
  RISK_POOL,
  SLIP_REASONS,
  USERS,
  type DeptCode,
  type FieldCode,
  type KpiSpec,
  type UserKey,
} from "./demo-data";
import { INITIATIVES } from "./demo-initiatives";
import { DEMO_PASSWORD } from "@/lib/demo";

/** Shared password of all demo users. */
export { DEMO_PASSWORD };

export type SeedOptions = {
  /** Reference date for everything relative (measurements, current reports, overdue milestones). Default: now. */
  today?: Date;
  /** Password of all demo users; `null` creates users without a password. Default: DEMO_PASSWORD. */
  password?: string | null;
};

// ---------------------------------------------------------------------------
// Deterministic randomness and date helpers
// ---------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const addMonths = (d: Date, n: number) => utc(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate());
const dayOf = (d: Date) => utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
const minD = (...ds: Date[]) => new Date(Math.min(...ds.map((d) => d.getTime())));
const maxD = (...ds: Date[]) => new Date(Math.max(...ds.map((d) => d.getTime())));
const money = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

type Quarter = { period: string; start: Date; end: Date };
function quarterAt(d: Date, offset: number): Quarter {
  const idx = d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3) + offset;
  const y = Math.floor(idx / 4);
  const q = idx - y * 4;
  return { period: `${y}-Q${q + 1}`, start: utc(y, q * 3, 1), end: utc(y, q * 3 + 3, 0) };
}

// ---------------------------------------------------------------------------
// Row building (pure, in memory)
// ---------------------------------------------------------------------------

type Rows = {
  masterplan: Prisma.MasterplanCreateManyInput;
  fields: Prisma.FieldOfActionCreateManyInput[];
  departments: Prisma.DepartmentCreateManyInput[];
  districts: Prisma.DistrictCreateManyInput[];
  partners: Prisma.PartnerCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  initiatives: Prisma.InitiativeCreateManyInput[];
  leads: Prisma.InitiativeLeadCreateManyInput[];
  initiativeDistricts: Prisma.InitiativeDistrictCreateManyInput[];
  initiativePartners: Prisma.InitiativePartnerCreateManyInput[];
  milestones: Prisma.MilestoneCreateManyInput[];
  forecasts: Prisma.MilestoneForecastCreateManyInput[];
  kpis: Prisma.KpiCreateManyInput[];
  measurements: Prisma.KpiMeasurementCreateManyInput[];
  budgetLines: Prisma.BudgetLineCreateManyInput[];
  reports: Prisma.StatusReportCreateManyInput[];
  risks: Prisma.RiskCreateManyInput[];
  comments: Prisma.CommentCreateManyInput[];
};

type MilestonePlan = { id: string; title: string; baseline: Date; forecast: Date; completed: Date | null };

function buildRows(now: Date, passwordHash: string | null): Rows {
  const rnd = mulberry32(20180618);
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const chance = (p: number) => rnd() < p;
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const past = (t: Date, marginH = 1) => minD(t, new Date(now.getTime() - marginH * HOUR));
  const workTime = (d: Date) => new Date(dayOf(d).getTime() + int(8, 16) * HOUR + int(0, 59) * 60_000);

  const today = dayOf(now);
  const month0 = utc(today.getUTCFullYear(), today.getUTCMonth(), 1);
  const earliestStart = utc(2018, 6, 1);
  const curYear = today.getUTCFullYear();
  const yearFraction = (today.getTime() - utc(curYear, 0, 1).getTime()) / (365 * DAY);

  const masterplanId = randomUUID();
  const masterplan: Prisma.MasterplanCreateManyInput = {
    id: masterplanId,
    slug: MASTERPLAN.slug,
    title: MASTERPLAN.title,
    vision: MASTERPLAN.vision,
    periodStart: utc(...MASTERPLAN.periodStart),
    periodEnd: utc(...MASTERPLAN.periodEnd),
    adoptedAt: utc(...MASTERPLAN.adoptedAt),
    isExample: true,
  };

  const fieldId = new Map<FieldCode, string>();
  const fields = FIELDS.map((f, i) => {
    const id = randomUUID();
    fieldId.set(f.code, id);
    return { id, masterplanId, code: f.code, slug: f.slug, title: f.title, description: f.description, sortOrder: (i + 1) * 10 };
  });
  const deptId = new Map<DeptCode, string>();
  const departments = DEPARTMENTS.map((d) => {
    const id = randomUUID();
    deptId.set(d.code, id);
    return { id, code: d.code, name: d.name };
  });
  const districts = DISTRICTS.map((d, i) => ({ id: randomUUID(), code: d.code, slug: d.slug, name: d.name, sortOrder: i + 1 }));
  const partnerId = new Map(PARTNERS.map((p) => [p.key, randomUUID()]));
  const partnerName = new Map(PARTNERS.map((p) => [p.key, p.name]));
  const partners = PARTNERS.map((p) => ({
    id: partnerId.get(p.key)!,
    slug: p.slug,
    name: p.name,
    kind: p.kind,
    website: p.website,
    description: p.description,
  }));
  const userId = new Map<UserKey, string>(USERS.map((u) => [u.key, randomUUID()]));
  const uid = (k: UserKey) => userId.get(k)!;
  const users = USERS.map((u) => ({
    id: uid(u.key),
    email: u.email.toLowerCase(),
    name: u.name,
    role: u.role,
    departmentId: u.dept ? deptId.get(u.dept)! : null,
    passwordHash,
  }));
  const reviewerFor = (dept: DeptCode) => uid(USERS.find((u) => u.role === "DEPARTMENT_HEAD" && u.dept === dept)?.key ?? "admin");

  const rows: Rows = {
    masterplan,
    fields,
    departments,
    districts,
    partners,
    users,
    initiatives: [],
    leads: [],
    initiativeDistricts: [],
    initiativePartners: [],
    milestones: [],
    forecasts: [],
    kpis: [],
    measurements: [],
    budgetLines: [],
    reports: [],
    risks: [],
    comments: [],
  };

  // KPI measurements: quarterly (or monthly) values at period end, for up to three years up to today.
  const addKpi = (
    spec: KpiSpec,
    owner: { masterplanId?: string; fieldOfActionId?: string; initiativeId?: string },
    baselineDate: Date,
    targetDate: Date,
    recorder: string,
  ) => {
    const kpiId = randomUUID();
    const scope = owner.masterplanId ? "MASTERPLAN" : owner.fieldOfActionId ? "FIELD_OF_ACTION" : "INITIATIVE";
    rows.kpis.push({
      id: kpiId,
      scope,
      masterplanId: owner.masterplanId ?? null,
      fieldOfActionId: owner.fieldOfActionId ?? null,
      initiativeId: owner.initiativeId ?? null,
      name: spec.name,
      description: spec.description,
      unit: spec.unit,
      valueType: spec.valueType,
      direction: spec.direction ?? "HIGHER_IS_BETTER",
      baselineValue: String(spec.baseline),
      baselineDate,
      targetValue: String(spec.target),
      targetDate,
      isPublic: spec.isPublic ?? true,
      method: spec.method,
      source: spec.source,
    });
    const perf = spec.perf ?? 0.85 + rnd() * 0.25;
    const span = spec.target - spec.baseline;
    const step = spec.monthly ? 1 : 3;
    const from = maxD(baselineDate, addMonths(month0, -36));
    let cursor = utc(from.getUTCFullYear(), from.getUTCMonth(), 1);
    if (!spec.monthly) cursor = utc(cursor.getUTCFullYear(), Math.floor(cursor.getUTCMonth() / 3) * 3, 1);
    let prev: number | null = null;
    for (;;) {
      const periodDate = utc(cursor.getUTCFullYear(), cursor.getUTCMonth() + step, 0);
      if (periodDate > today) break;
      cursor = addMonths(cursor, step);
      if (periodDate <= baselineDate) continue;
      const p = Math.min(1, (periodDate.getTime() - baselineDate.getTime()) / Math.max(DAY, targetDate.getTime() - baselineDate.getTime()));
      let v = spec.baseline + span * perf * (1 - (1 - p) ** 1.3) + (rnd() - 0.5) * 0.06 * Math.abs(span);
      if (spec.valueType === "INTEGER") {
        v = Math.round(v);
        if (prev !== null) v = span >= 0 ? Math.max(v, prev) : Math.min(v, prev);
        v = Math.max(0, v);
      } else if (spec.valueType === "PERCENT") v = Math.min(100, Math.max(0, Math.round(v * 10) / 10));
      else v = Math.round(v * 100) / 100;
      prev = v;
      const isLatest = utc(cursor.getUTCFullYear(), cursor.getUTCMonth() + step, 0) > today;
      rows.measurements.push({
        id: randomUUID(),
        kpiId,
        periodDate,
        value: String(v),
        note: isLatest && chance(0.5) ? "Vorläufiger Wert" : chance(0.04) ? "Wert nach Korrektur der Datenquelle angepasst" : "",
        recordedById: recorder,
        createdAt: past(workTime(addDays(periodDate, int(5, 20)))),
      });
    }
  };

  MASTERPLAN_KPIS.forEach((k) => addKpi(k, { masterplanId }, utc(2018, 11, 31), utc(2030, 11, 31), uid("admin")));
  const fieldRecorder: Record<FieldCode, UserKey> = { VER: "lead", MOB: "leadMob", BIL: "leadBil", INF: "lead2", WIR: "leadWir", UMW: "leadUmw", GES: "lead" };
  for (const f of FIELDS) addKpi(FIELD_KPIS[f.code], { fieldOfActionId: fieldId.get(f.code)! }, utc(2019, 11, 31), utc(2028, 11, 31), uid(fieldRecorder[f.code]));

  const fill = (tpl: string, ctx: { t: string; m?: string; p: string }) =>
    tpl.replace(/\{t\}/g, ctx.t).replace(/\{m\}/g, ctx.m ?? "").replace(/\{p\}/g, ctx.p);
  const pickText = (xs: string[], hasM: boolean) => pick(hasM ? xs : xs.filter((x) => !x.includes("{m}")));

  let currentReportIndex = 0;
  const BASE_CYCLE: ReportState[] = ["DRAFT", "SUBMITTED", "SUBMITTED", "APPROVED", "DRAFT", "APPROVED", "SUBMITTED", "APPROVED"];
  const reportByCodePeriod = new Map<string, { id: string; createdAt: Date }>();
  const initiativeIdByCode = new Map<string, string>();
  const seenSlugs = new Set<string>();

  for (const spec of INITIATIVES) {
    const id = randomUUID();
    initiativeIdByCode.set(spec.code, id);
    const field = spec.code.slice(0, 3) as FieldCode;
    const leads = spec.leads.map(uid);
    const troubled = (spec.health ?? "ON_TRACK") !== "ON_TRACK";
    const started = spec.status !== "PROPOSED" && spec.status !== "PLANNED";
    const plannedStart = maxD(addMonths(month0, spec.start), earliestStart);
    const plannedEnd = addDays(addMonths(month0, spec.start + spec.months), -1);
    const createdAt = workTime(minD(addDays(plannedStart, -int(30, 90)), addDays(today, -int(20, 60))));
    const actualStart = started ? minD(addDays(plannedStart, int(0, troubled ? 60 : 30)), addDays(today, -30)) : null;
    const stopDate = spec.stop !== undefined ? addDays(addMonths(month0, spec.stop), int(0, 20)) : null;
    const partnerIds = (spec.partners ?? []).map(([k]) => partnerId.get(k)!);
    const firstPartner = spec.partners?.[0] ? partnerName.get(spec.partners[0][0])! : "den beteiligten Fachämtern";

    // Milestones and their forecast history
    const titles =
      spec.milestones ??
      (() => {
        const n = int(3, 7);
        const all = MILESTONE_TEMPLATES[spec.kind];
        return Array.from({ length: n }, (_, i) => all[Math.round((i * (all.length - 1)) / (n - 1))]!);
      })();
    const plans: MilestonePlan[] = titles.map((title, i) => {
      const baseline = dayOf(new Date(plannedStart.getTime() + ((plannedEnd.getTime() - plannedStart.getTime()) * (i + 1)) / titles.length));
      const slipped = started ? chance(troubled ? 0.55 : 0.2) : chance(0.08);
      const forecast = slipped ? addDays(baseline, troubled ? int(45, 240) : int(20, 120)) : baseline;
      let completed: Date | null = null;
      if (spec.status === "COMPLETED") completed = minD(addDays(forecast, int(-3, 10)), addDays(today, -1));
      else if (started && forecast <= (stopDate ?? today)) completed = minD(addDays(forecast, int(-7, 6)), addDays(today, -1));
      if (completed && actualStart && completed < actualStart) completed = addDays(actualStart, int(5, 20));
      return { id: randomUUID(), title, baseline, forecast, completed };
    });
    if (troubled && (spec.status === "IN_PROGRESS" || spec.status === "ON_HOLD")) {
      // The most recent due milestone is overdue: forecast in the past, not completed.
      const due = plans.filter((m) => m.baseline <= addDays(today, -10));
      const last = due[due.length - 1];
      if (last) {
        last.completed = null;
        last.forecast = maxD(last.baseline, minD(last.forecast, addDays(today, -int(7, 40))));
      }
    }
    const actualEnd = spec.status === "COMPLETED" ? maxD(...plans.map((m) => m.completed!)) : null;
    plans.forEach((m, i) => {
      rows.milestones.push({
        id: m.id,
        initiativeId: id,
        title: m.title,
        weight: int(1, 3),
        sortOrder: i + 1,
        baselineDate: m.baseline,
        forecastDate: m.forecast,
        completedDate: m.completed,
        isPublic: !chance(0.1),
        responsiblePartnerId: partnerIds.length > 0 && chance(0.3) ? pick(partnerIds) : null,
        createdAt,
      });
      rows.forecasts.push({ id: randomUUID(), milestoneId: m.id, reportedAt: createdAt, forecastDate: m.baseline, reason: "Ausgangsplanung", reportedById: leads[0]! });
      const slip = Math.round((m.forecast.getTime() - m.baseline.getTime()) / DAY);
      if (slip > 0) {
        const k = slip > 150 ? int(2, 3) : slip > 60 ? int(1, 2) : 1;
        let prevForecast = m.baseline;
        let prevReported = createdAt;
        for (let j = 1; j <= k; j++) {
          const forecastDate = j === k ? m.forecast : addDays(m.baseline, Math.round((slip * j) / k));
          let reportedAt = workTime(addDays(prevForecast, -int(5, 40)));
          reportedAt = maxD(reportedAt, new Date(createdAt.getTime() + DAY), new Date(prevReported.getTime() + 7 * DAY));
          reportedAt = minD(reportedAt, new Date(now.getTime() - (k - j + 1) * HOUR));
          rows.forecasts.push({ id: randomUUID(), milestoneId: m.id, reportedAt, forecastDate, reason: pick(SLIP_REASONS), reportedById: leads[j % leads.length]! });
          prevForecast = forecastDate;
          prevReported = reportedAt;
        }
      }
    });

    let slug = slugify(spec.title);
    if (seenSlugs.has(slug)) slug = `${slug}-${spec.code.toLowerCase()}`;
    seenSlugs.add(slug);
    rows.initiatives.push({
      id,
      code: spec.code,
      slug,
      title: spec.title,
      summary: spec.summary,
      description: spec.body,
      plainLanguageSummary: spec.plain ?? null,
      fieldOfActionId: fieldId.get(field)!,
      departmentId: deptId.get(spec.dept)!,
      status: spec.status,
      health: spec.health ?? "ON_TRACK",
      healthReason: spec.healthReason ?? null,
      plannedStart,
      plannedEnd,
      actualStart,
      actualEnd,
      visibility: spec.internal ? "INTERNAL" : "PUBLIC",
      tags: spec.tags,
      createdAt,
    });
    leads.forEach((userId) => rows.leads.push({ initiativeId: id, userId, createdAt }));
    for (const d of spec.districts === "ALL" ? districts : districts.filter((x) => (spec.districts as string[]).includes(x.code)))
      rows.initiativeDistricts.push({ initiativeId: id, districtId: d.id });
    for (const [key, role, contribution, amount] of spec.partners ?? [])
      rows.initiativePartners.push({ id: randomUUID(), initiativeId: id, partnerId: partnerId.get(key)!, role, contribution, committedAmount: amount === null ? null : money(amount), createdAt });

    if (spec.kpi) addKpi(spec.kpi, { initiativeId: id }, actualStart ?? plannedStart, plannedEnd, leads[0]!);

    // Budget lines: 2–4 years, 1–3 funding sources per year
    const firstYear = plannedStart.getUTCFullYear();
    const lastYear = (spec.status === "CANCELLED" && stopDate ? stopDate : plannedEnd).getUTCFullYear();
    let years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
    if (years.length > 4) {
      const from = Math.min(Math.max(curYear - 2, firstYear), lastYear - 3);
      years = [from, from + 1, from + 2, from + 3];
    }
    if (years.length === 1) years.push(lastYear + 1);
    const extras: FundingSource[] = spec.funding ?? [pick(["LAND_NRW", "FEDERAL", "EU"] as const)];
    const perYear = (spec.budget ?? 500_000) / years.length;
    const actualTo = spec.status === "COMPLETED" ? actualEnd : spec.status === "CANCELLED" ? stopDate : null;
    for (const year of years) {
      const sources: FundingSource[] = (["CITY", ...extras.filter(() => chance(0.8))] as FundingSource[]).slice(0, 3);
      const weights = sources.map((s) => (s === "CITY" ? (sources.length === 1 ? 1 : 0.6 + rnd() * 0.6) : 0.5 + rnd()));
      const wsum = weights.reduce((a, b) => a + b, 0);
      const yearTotal = perYear * (0.7 + rnd() * 0.6);
      sources.forEach((fundingSource, i) => {
        const planned = Math.max(1000, Math.round((yearTotal * weights[i]!) / wsum / 100) * 100);
        let actual = 0;
        const ran = actualStart && year >= actualStart.getUTCFullYear() && (!actualTo || year <= actualTo.getUTCFullYear());
        if (ran && year < curYear) actual = planned * (0.72 + rnd() * 0.33);
        else if (ran && year === curYear) actual = planned * yearFraction * (0.6 + rnd() * 0.4);
        rows.budgetLines.push({
          id: randomUUID(),
          initiativeId: id,
          year,
          fundingSource,
          planned: money(planned),
          actual: money(actual),
          isPublic: !spec.internal && !chance(0.05),
          note: pick(FUNDING_NOTES[fundingSource]),
          createdAt,
        });
      });
    }

    // Risks: 0–3 per initiative
    const riskSpecs = [...(spec.risks ?? [])];
    const nRisks = Math.min(3, riskSpecs.length + (troubled ? int(1, 2) : started ? int(0, 2) : int(0, 1)));
    while (riskSpecs.length < nRisks) {
      const r = pick(RISK_POOL);
      if (!riskSpecs.includes(r)) riskSpecs.push(r);
    }
    const openRisks: string[] = [];
    riskSpecs.forEach((r, i) => {
      let status: RiskStatus;
      if (spec.status === "COMPLETED" || spec.status === "CANCELLED") status = spec.status === "CANCELLED" && i === 0 ? "OCCURRED" : "CLOSED";
      else if (spec.health === "OFF_TRACK" && i === 0) status = "OCCURRED";
      else if (troubled) status = "MITIGATING";
      else status = chance(0.15) ? "CLOSED" : chance(0.5) ? "MITIGATING" : "OPEN";
      if (status === "OPEN" || status === "MITIGATING") openRisks.push(`- ${r.title} (Wahrscheinlichkeit ${r.probability}/5, Auswirkung ${r.impact}/5)`);
      rows.risks.push({
        id: randomUUID(),
        initiativeId: id,
        title: r.title,
        description: r.description,
        probability: Math.min(5, Math.max(1, r.probability + int(-1, 1))),
        impact: r.impact,
        mitigation: r.mitigation,
        ownerId: leads[i % leads.length]!,
        status,
        createdAt: past(workTime(addDays(actualStart ?? createdAt, int(10, 200))), 24),
      });
    });

    // Status reports: the last four quarters while the initiative runs
    if (!actualStart) continue;
    const historyByHealth: Record<Health, Health[]> = {
      ON_TRACK: ["ON_TRACK", "ON_TRACK", "ON_TRACK", "ON_TRACK"],
      AT_RISK: ["ON_TRACK", "ON_TRACK", "AT_RISK", "AT_RISK"],
      OFF_TRACK: ["ON_TRACK", "AT_RISK", "AT_RISK", "OFF_TRACK"],
    };
    const endLimit = spec.status === "COMPLETED" ? actualEnd : spec.status === "CANCELLED" ? stopDate : null;
    for (let qi = -3; qi <= 0; qi++) {
      const q = quarterAt(today, qi);
      if (actualStart > q.end || (endLimit && endLimit < q.start)) continue;
      const paused = stopDate !== null && spec.status === "ON_HOLD" && stopDate <= q.end;
      let health = historyByHealth[spec.health ?? "ON_TRACK"][qi + 3]!;
      if (health === "ON_TRACK" && (paused || (qi < 0 && chance(0.08)))) health = "AT_RISK";
      const current = qi === 0;
      let state: ReportState = "APPROVED";
      if (current) {
        state = currentReportIndex === 1 || currentReportIndex === 11 ? "RETURNED" : BASE_CYCLE[currentReportIndex % BASE_CYCLE.length]!;
        currentReportIndex++;
      }
      const doneInQuarter = plans.filter((m) => m.completed && m.completed >= q.start && m.completed <= q.end);
      const next = plans.find((m) => !m.completed || m.completed > q.end);
      const ctx = { t: spec.title, p: firstPartner, m: doneInQuarter[0]?.title };
      let summary = paused
        ? `Das Vorhaben ruht. ${spec.healthReason ?? ""}`.trim()
        : fill(pick(health === "ON_TRACK" ? REPORT_TEXT.summaryOnTrack : health === "AT_RISK" ? REPORT_TEXT.summaryAtRisk : REPORT_TEXT.summaryOffTrack), ctx);
      if (current && !paused && spec.healthReason) summary += ` ${spec.healthReason}`;
      const achievements = [
        ...doneInQuarter.map((m) => `- Meilenstein „${m.title}“ erreicht.`),
        `- ${fill(pickText(REPORT_TEXT.achievements, false), ctx)}`,
      ].join("\n");
      const nextSteps = [
        ...(next ? [`- ${fill("Vorbereitung von „{m}“.", { ...ctx, m: next.title })}`] : []),
        `- ${fill(pickText(REPORT_TEXT.nextSteps, false), ctx)}`,
      ].join("\n");
      const risks = openRisks.length > 0 && (health !== "ON_TRACK" || chance(0.5)) ? openRisks.join("\n") : pick(REPORT_TEXT.noRisks);
      const publicSummary =
        state === "DRAFT" && chance(0.5) ? "" : fill(pickText(REPORT_TEXT.publicSummary, doneInQuarter.length > 0), ctx);

      let reportCreated: Date;
      let submittedAt: Date | null = null;
      let reviewedAt: Date | null = null;
      if (current) {
        reportCreated = workTime(maxD(addDays(q.start, 1), addDays(today, -int(10, 30))));
        reportCreated = past(minD(reportCreated, now), 6);
        if (state !== "DRAFT") submittedAt = new Date(reportCreated.getTime() + (now.getTime() - reportCreated.getTime()) * (0.3 + rnd() * 0.3));
        if (submittedAt && (state === "APPROVED" || state === "RETURNED"))
          reviewedAt = new Date(submittedAt.getTime() + (now.getTime() - submittedAt.getTime()) * (0.3 + rnd() * 0.5));
      } else {
        submittedAt = past(workTime(addDays(q.end, int(4, 14))), 2);
        reviewedAt = past(maxD(workTime(addDays(submittedAt, int(1, 9))), new Date(submittedAt.getTime() + HOUR / 2)));
        reportCreated = new Date(submittedAt.getTime() - int(3, 12) * DAY);
      }
      const reportId = randomUUID();
      reportByCodePeriod.set(`${spec.code}/${q.period}`, { id: reportId, createdAt: reportCreated });
      rows.reports.push({
        id: reportId,
        initiativeId: id,
        period: q.period,
        health,
        summary,
        achievements,
        nextSteps,
        risks,
        publicSummary,
        state,
        submittedById: submittedAt ? leads[qi === -1 && leads.length > 1 ? 1 : 0]! : null,
        submittedAt,
        reviewedById: reviewedAt ? reviewerFor(spec.dept) : null,
        reviewedAt,
        reviewComment: state === "RETURNED" ? fill(pick(REPORT_TEXT.returned), { ...ctx, m: next?.title ?? plans[0]!.title }) : null,
        createdAt: reportCreated,
      });
    }
  }

  // Comments on initiatives and status reports
  for (const c of COMMENTS) {
    const initiativeId = initiativeIdByCode.get(c.code);
    if (!initiativeId) continue;
    const report = c.target === "initiative" ? undefined : reportByCodePeriod.get(`${c.code}/${quarterAt(today, c.target === "currentReport" ? 0 : -1).period}`);
    let createdAt = workTime(addDays(today, -c.daysAgo));
    if (report) createdAt = maxD(createdAt, new Date(report.createdAt.getTime() + HOUR));
    rows.comments.push({
      id: randomUUID(),
      initiativeId: report ? null : initiativeId,
      statusReportId: report ? report.id : null,
      authorId: uid(c.author),
      body: c.body,
      createdAt: past(createdAt),
    });
  }
  return rows;
}

/**
 * The audit trail the demo's people would have left: forecast moves, KPI values and report steps,
 * so that every initiative has a history and a believable "last updated" (some are stale).
 */
function buildHistory(rows: ReturnType<typeof buildRows>): Prisma.AuditEventCreateManyInput[] {
  const initiativeOfMilestone = new Map(rows.milestones.map((m) => [m.id!, m.initiativeId]));
  const initiativeOfKpi = new Map(rows.kpis.map((k) => [k.id!, k.initiativeId ?? null]));
  const events: Prisma.AuditEventCreateManyInput[] = [];
  for (const f of rows.forecasts) {
    if (!f.reportedById || f.reason === "Ausgangsplanung") continue;
    events.push({
      at: f.reportedAt,
      actorId: f.reportedById,
      action: "milestone.moveForecast",
      entityType: "Milestone",
      entityId: f.milestoneId,
      initiativeId: initiativeOfMilestone.get(f.milestoneId) ?? null,
      after: { forecastDate: f.forecastDate, reason: f.reason },
    });
  }
  for (const m of rows.measurements) {
    const initiativeId = initiativeOfKpi.get(m.kpiId);
    if (!m.recordedById || !initiativeId) continue;
    events.push({
      at: m.createdAt,
      actorId: m.recordedById,
      action: "kpiMeasurement.record",
      entityType: "KpiMeasurement",
      entityId: m.id!,
      initiativeId,
      after: { periodDate: m.periodDate, value: String(m.value) },
    });
  }
  for (const r of rows.reports) {
    if (r.submittedById && r.submittedAt) {
      events.push({ at: r.submittedAt, actorId: r.submittedById, action: "statusReport.submit", entityType: "StatusReport", entityId: r.id!, initiativeId: r.initiativeId, after: { period: r.period } });
    }
    if (r.reviewedById && r.reviewedAt) {
      const action = r.state === "RETURNED" ? "statusReport.return" : "statusReport.approve";
      events.push({ at: r.reviewedAt, actorId: r.reviewedById, action, entityType: "StatusReport", entityId: r.id!, initiativeId: r.initiativeId, after: { period: r.period } });
    }
  }
  return events;
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

/**
 * Seeds the demo data set into an empty database (one transaction). Returns the number of initiatives and users.
 * Fails on unique constraints if the demo data (or conflicting data) is already present.
 */
export async function seedDemo(prisma: PrismaClient, opts: SeedOptions = {}): Promise<{ initiatives: number; users: number }> {
  const now = opts.today ?? appNow();
  const password = opts.password === undefined ? DEMO_PASSWORD : opts.password;
  const passwordHash = password === null ? null : await hashPassword(password); // once: Argon2id is slow on purpose
  const rows = buildRows(now, passwordHash);

  await prisma.$transaction(
    async (tx) => {
      await tx.masterplan.create({ data: rows.masterplan });
      await tx.fieldOfAction.createMany({ data: rows.fields });
      await tx.department.createMany({ data: rows.departments });
      await tx.district.createMany({ data: rows.districts });
      await tx.partner.createMany({ data: rows.partners });
      await tx.user.createMany({ data: rows.users });
      await tx.initiative.createMany({ data: rows.initiatives });
      await tx.initiativeLead.createMany({ data: rows.leads });
      await tx.initiativeDistrict.createMany({ data: rows.initiativeDistricts });
      await tx.initiativePartner.createMany({ data: rows.initiativePartners });
      await tx.milestone.createMany({ data: rows.milestones });
      await tx.milestoneForecast.createMany({ data: rows.forecasts });
      await tx.kpi.createMany({ data: rows.kpis });
      await tx.kpiMeasurement.createMany({ data: rows.measurements });
      await tx.budgetLine.createMany({ data: rows.budgetLines });
      await tx.statusReport.createMany({ data: rows.reports });
      await tx.risk.createMany({ data: rows.risks });
      await tx.comment.createMany({ data: rows.comments });
      await tx.auditEvent.createMany({ data: buildHistory(rows) });
      await tx.auditEvent.create({
        data: {
          actorLabel: "seed",
          action: "seed.demo",
          entityType: "Masterplan",
          entityId: rows.masterplan.id!,
          after: { initiatives: rows.initiatives.length },
        },
      });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { initiatives: rows.initiatives.length, users: rows.users.length };
}
