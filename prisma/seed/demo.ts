// Demo data set "Masterplan Digitales Duisburg" (example data). Builds every row in memory first –
// deterministic for a given `today` (named random streams, one per initiative and purpose, see
// demo-random.ts; only the uuids are random) – and then writes them in one transaction with
// createMany, so seeding takes seconds. Every date is relative to the seeding day; what the demo must
// always show (overdue, due soon, health that agrees with the data) is built in demo-plan.ts and
// demo-reports.ts and checked for several awkward days by demo-consistency.test.ts. Each initiative's
// health is the one the app would suggest from its data (lib/initiatives/health-suggestion.ts): its
// milestones, its KPI series – generated on course for initiatives meant to be on track or at risk –
// and its history (buildHistory gives every running initiative a recent change by a person).
import { buildDemoFeedback } from "./demo-feedback";
import { randomUUID } from "node:crypto";
import type { FundingSource, Prisma, PrismaClient, ReportState, RiskStatus } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { addDays as addCityDays, appNow, cityToday, dateValue } from "@/lib/dates";
import { kpiVerdict, type KpiVerdict } from "@/lib/initiatives/health-suggestion";
import type { KpiPlan } from "@/lib/kpis/projection";
import {
  COMMENTS,
  DEPARTMENTS,
  DISTRICTS,
  DEMO_PARTNER_CONTACT,
  FIELD_KPIS,
  FIELDS,
  FUNDING_NOTES,
  FUNDING_PROGRAMMES,
  PROGRAMMES_BY_LEVEL,
  MASTERPLAN,
  MASTERPLAN_KPIS,
  PARTNERS,
  RISK_POOL,
  USERS,
  type DeptCode,
  type FieldCode,
  type KpiSpec,
  type UserKey,
} from "./demo-data";
import { DEMO_CITY } from "./demo-city";
import { seedDemoDependencies } from "./demo-dependencies";
import { INITIATIVES } from "./demo-initiatives";
import { deriveHealth, kpiOnCourse, planInitiative, type InitiativePlan, type PlanContext } from "./demo-plan";
import { stream, type Rng } from "./demo-random";
import { buildReports } from "./demo-reports";
import { seedDemoRevisions } from "./demo-revisions";
import { DAY, HOUR, addDays, addMonths, dayOf, isoDay, maxD, minD, money, quarterAt, utc, writeInitiativeRows, type InitiativeRows } from "./large-util";
import { DEMO_PASSWORD } from "@/lib/demo";
import { applyDemoEnglish } from "./demo-english";
import { seedDemoDecisions, storeDemoDocument } from "./demo-decisions";
import { seedDemoMap } from "./demo-map";

/** Shared password of all demo users. */
export { DEMO_PASSWORD };

export type SeedOptions = {
  /** Reference date for everything relative (measurements, current reports, overdue milestones). Default: now. */
  today?: Date;
  /** Password of all demo users; `null` creates users without a password. Default: DEMO_PASSWORD. */
  password?: string | null;
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

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

const workTime = (d: Date, r: Rng) => new Date(dayOf(d).getTime() + r.int(8, 16) * HOUR + r.int(0, 59) * 60_000);

// ---------------------------------------------------------------------------
// Row building (pure, in memory)
// ---------------------------------------------------------------------------

type Rows = InitiativeRows & {
  fundingProgrammes: Prisma.FundingProgrammeCreateManyInput[];
  masterplan: Prisma.MasterplanCreateManyInput;
  fields: Prisma.FieldOfActionCreateManyInput[];
  departments: Prisma.DepartmentCreateManyInput[];
  districts: Prisma.DistrictCreateManyInput[];
  partners: Prisma.PartnerCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  /** Deputies, editors and partner contacts of initiatives. */
  members: Prisma.InitiativeMemberCreateManyInput[];
  comments: Prisma.CommentCreateManyInput[];
  follows: Prisma.InitiativeFollowCreateManyInput[];
};

/**
 * Every row of the demo for the instant `now`, in memory. "Today" is the city's calendar day of `now`
 * (lib/dates.ts), so the current quarter, overdue milestones and due dates agree with the app's.
 */
export function buildDemoRows(now: Date, passwordHash: string | null = null): Rows {
  const past = (t: Date, marginH = 1) => minD(t, new Date(now.getTime() - marginH * HOUR));

  const today = dateValue(cityToday(now));
  const month0 = utc(today.getUTCFullYear(), today.getUTCMonth(), 1);
  const curYear = today.getUTCFullYear();
  const yearFraction = (today.getTime() - utc(curYear, 0, 1).getTime()) / (365 * DAY);
  const planStart = utc(...MASTERPLAN.periodStart);
  const planEnd = utc(...MASTERPLAN.periodEnd);
  const planContext: PlanContext = { now, today, month0, earliestStart: utc(2018, 6, 1), latestEnd: planEnd };

  const masterplanId = randomUUID();
  const masterplan: Prisma.MasterplanCreateManyInput = {
    id: masterplanId,
    slug: MASTERPLAN.slug,
    title: MASTERPLAN.title,
    vision: MASTERPLAN.vision,
    periodStart: planStart,
    periodEnd: planEnd,
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
  const programmeId = new Map(FUNDING_PROGRAMMES.map((p) => [p.key, randomUUID()]));
  const fundingProgrammes = FUNDING_PROGRAMMES.map((p) => ({
    id: programmeId.get(p.key)!,
    name: p.name,
    level: p.level,
    grantReference: p.grantReference,
    fundingRate: p.fundingRate,
    periodFrom: p.periodFrom && utc(...p.periodFrom),
    periodTo: p.periodTo && utc(...p.periodTo),
    url: p.url,
  }));
  const userId = new Map<UserKey, string>(USERS.map((u) => [u.key, randomUUID()]));
  const uid = (k: UserKey) => userId.get(k)!;
  const users = USERS.map((u) => ({
    id: uid(u.key),
    email: u.email.toLowerCase(),
    name: u.name,
    role: u.role,
    departmentId: u.dept ? deptId.get(u.dept)! : null,
    partnerId: u.partner ? partnerId.get(u.partner)! : null,
    passwordHash,
  }));
  const reviewerFor = (dept: DeptCode) => uid(USERS.find((u) => u.role === "DEPARTMENT_HEAD" && u.dept === dept)?.key ?? "admin");

  const rows: Rows = {
    masterplan,
    fields,
    departments,
    districts,
    partners,
    fundingProgrammes,
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
    follows: [],
    members: [],
  };

  // KPI measurements: quarterly (or monthly) values at period end, for up to three years up to today.
  // Each value draws from its own stream (KPI and period), so it does not depend on the seeding day.
  // `onCourse`: the series must be on course by the app's own verdict (kpiVerdict: its projection
  // meets the target by the target date, or the target is met); the achieved share of the planned
  // path (`perf`) is raised, and at last the noise dropped, until it is. Returns the KPI's verdict.
  const todayIso = isoDay(today);
  const addKpi = (
    key: string,
    spec: KpiSpec,
    owner: { masterplanId?: string; fieldOfActionId?: string; initiativeId?: string },
    baselineDate: Date,
    targetDate: Date,
    recorder: string,
    onCourse = false,
    behind = false,
  ): KpiVerdict | null => {
    const kpiId = randomUUID();
    const scope = owner.masterplanId ? "MASTERPLAN" : owner.fieldOfActionId ? "FIELD_OF_ACTION" : "INITIATIVE";
    const direction = spec.direction ?? "HIGHER_IS_BETTER";
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
      direction,
      baselineValue: String(spec.baseline),
      baselineDate,
      targetValue: String(spec.target),
      targetDate,
      isPublic: spec.isPublic ?? true,
      frequency: spec.monthly ? "MONTHLY" : "QUARTERLY",
      method: spec.method,
      source: spec.source,
    });
    const span = spec.target - spec.baseline;
    const step = spec.monthly ? 1 : 3;
    const from = maxD(baselineDate, addMonths(month0, -36));
    let cursor = utc(from.getUTCFullYear(), from.getUTCMonth(), 1);
    if (!spec.monthly) cursor = utc(cursor.getUTCFullYear(), Math.floor(cursor.getUTCMonth() / 3) * 3, 1);
    // The periods and everything but the value, drawn once.
    const periods: { periodDate: Date; p: number; noise: number; isLatest: boolean; provisional: boolean; corrected: boolean; createdAt: Date }[] = [];
    for (;;) {
      const periodDate = utc(cursor.getUTCFullYear(), cursor.getUTCMonth() + step, 0);
      if (periodDate > today) break;
      cursor = addMonths(cursor, step);
      if (periodDate <= baselineDate) continue;
      const r = stream(`${key}/${isoDay(periodDate)}`);
      const p = Math.min(1, (periodDate.getTime() - baselineDate.getTime()) / Math.max(DAY, targetDate.getTime() - baselineDate.getTime()));
      const noise = r.next() - 0.5;
      const isLatest = utc(cursor.getUTCFullYear(), cursor.getUTCMonth() + step, 0) > today;
      // A KPI a period behind: its latest value was never entered, so it is due (lib/kpis/frequency.ts).
      if (isLatest && behind) break;
      const provisional = r.chance(0.5);
      const corrected = r.chance(0.04);
      periods.push({ periodDate, p, noise, isLatest, provisional, corrected, createdAt: past(workTime(addDays(periodDate, r.int(5, 20)), r)) });
    }
    const series = (perf: number, noiseShare: number) => {
      let prev: number | null = null;
      return periods.map(({ p, noise }) => {
        let v = spec.baseline + span * perf * (1 - (1 - p) ** 1.3) + noise * noiseShare * Math.abs(span);
        if (spec.valueType === "INTEGER") {
          v = Math.round(v);
          if (prev !== null) v = span >= 0 ? Math.max(v, prev) : Math.min(v, prev);
          v = Math.max(0, v);
        } else if (spec.valueType === "PERCENT") v = Math.min(100, Math.max(0, Math.round(v * 10) / 10));
        else v = Math.round(v * 100) / 100;
        prev = v;
        return v;
      });
    };
    const plan: KpiPlan = { direction, baseline: { date: isoDay(baselineDate), value: spec.baseline }, target: { date: isoDay(targetDate), value: spec.target } };
    const verdictOf = (values: number[]) => kpiVerdict(plan, values.map((value, i) => ({ date: isoDay(periods[i]!.periodDate), value })), todayIso);
    const perf = spec.perf ?? 0.85 + stream(`${key}/perf`).next() * 0.25;
    let values = series(perf, 0.06);
    if (onCourse && verdictOf(values) !== null) {
      const tries = [0.06, 0].flatMap((noiseShare) => [1, 1.05, 1.1, 1.2, 1.3, 1.5].filter((x) => x > perf).map((x) => series(x, noiseShare)));
      values = tries.find((v) => verdictOf(v) === null) ?? tries[tries.length - 1] ?? values;
    }
    periods.forEach(({ periodDate, isLatest, provisional, corrected, createdAt }, i) =>
      rows.measurements.push({
        id: randomUUID(),
        kpiId,
        periodDate,
        value: String(values[i]),
        note: isLatest && provisional ? "Vorläufiger Wert" : corrected ? "Wert nach Korrektur der Datenquelle angepasst" : "",
        recordedById: recorder,
        createdAt,
      }),
    );
    return verdictOf(values);
  };

  MASTERPLAN_KPIS.forEach((k, i) => addKpi(`masterplan-kpi-${i + 1}`, k, { masterplanId }, utc(2018, 11, 31), utc(2030, 11, 31), uid("admin")));
  const fieldRecorder: Record<FieldCode, UserKey> = { VER: "lead", MOB: "leadMob", BIL: "leadBil", INF: "lead2", WIR: "leadWir", UMW: "leadUmw", GES: "lead" };
  for (const f of FIELDS) addKpi(`${f.code}/field-kpi`, FIELD_KPIS[f.code], { fieldOfActionId: fieldId.get(f.code)! }, utc(2019, 11, 31), utc(2028, 11, 31), uid(fieldRecorder[f.code]));

  let currentReportIndex = 0;
  const BASE_CYCLE: ReportState[] = ["DRAFT", "SUBMITTED", "SUBMITTED", "APPROVED", "DRAFT", "APPROVED", "SUBMITTED", "APPROVED"];
  const nextCurrentState = (): ReportState => {
    const i = currentReportIndex++;
    return i === 1 || i === 11 ? "RETURNED" : BASE_CYCLE[i % BASE_CYCLE.length]!;
  };
  const reportByCodePeriod = new Map<string, { id: string; createdAt: Date }>();
  const initiativeIdByCode = new Map<string, string>();
  const seenSlugs = new Set<string>();

  let kpiBehindChosen = false;
  for (const spec of INITIATIVES) {
    const id = randomUUID();
    initiativeIdByCode.set(spec.code, id);
    const field = spec.code.slice(0, 3) as FieldCode;
    const leads = spec.leads.map(uid);
    const timeline = planInitiative(spec, planContext);
    const { plannedStart, plannedEnd, createdAt, actualStart, actualEnd, stopDate } = timeline;
    // Its KPI, on course unless the initiative is meant to be critical; then its health from all its data.
    // One running initiative of the demo's project lead has its KPI a period behind, so "KPI value
    // due" shows on the first day (issue 13: every kind of reminder occurs in the demo).
    const behind =
      !kpiBehindChosen && !!spec.kpi && spec.leads[0] === "lead" && spec.status === "IN_PROGRESS" && !!actualStart && actualStart < today && plannedEnd > today;
    if (behind) kpiBehindChosen = true;
    const verdict = spec.kpi
      ? addKpi(`${spec.code}/kpi`, spec.kpi, { initiativeId: id }, actualStart ?? plannedStart, plannedEnd, leads[0]!, kpiOnCourse(spec), behind)
      : null;
    const plan: InitiativePlan = { ...timeline, ...deriveHealth(spec, timeline, verdict && spec.kpi ? [{ name: spec.kpi.name, verdict }] : [], today) };
    const troubled = plan.health !== "ON_TRACK";
    const started = plan.started;
    const partnerIds = (spec.partners ?? []).map(([k]) => partnerId.get(k)!);
    const firstPartner = spec.partners?.[0] ? partnerName.get(spec.partners[0][0])! : "den beteiligten Fachämtern";

    // Milestones and their forecast history (demo-plan.ts)
    plan.milestones.forEach((m, i) => {
      const milestoneId = randomUUID();
      rows.milestones.push({
        id: milestoneId,
        initiativeId: id,
        title: m.title,
        weight: m.weight,
        sortOrder: i + 1,
        baselineDate: m.baseline,
        forecastDate: m.forecast,
        completedDate: m.completed,
        isPublic: m.isPublic,
        responsiblePartnerId: partnerIds.length > 0 && m.hasPartner ? partnerIds[Math.floor(m.partnerDraw * partnerIds.length)]! : null,
        createdAt,
      });
      for (const h of m.history)
        rows.forecasts.push({ id: randomUUID(), milestoneId, reportedAt: h.reportedAt, forecastDate: h.forecastDate, reason: h.reason, reportedById: leads[h.leadIndex % leads.length]! });
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
      health: plan.health,
      healthReason: plan.healthReason,
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


    // Budget lines: 2–4 years (within the masterplan), 1–3 funding sources per year
    const b = stream(`${spec.code}/budget`);
    const firstYear = plannedStart.getUTCFullYear();
    const lastYear = (spec.status === "CANCELLED" && stopDate ? stopDate : plannedEnd).getUTCFullYear();
    let years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
    if (years.length > 4) {
      const from = Math.min(Math.max(curYear - 2, firstYear), lastYear - 3);
      years = [from, from + 1, from + 2, from + 3];
    }
    if (years.length === 1) years.push(lastYear < planEnd.getUTCFullYear() ? lastYear + 1 : lastYear - 1);
    years.sort((x, y) => x - y);
    const extras: FundingSource[] = spec.funding ?? [b.pick(["LAND", "FEDERAL", "EU"] as const)];
    // One programme per level and initiative (school IT from the DigitalPakt, broadband from the
    // gigabit programme, the rest of the federal money from Modellprojekte Smart Cities); some
    // lines of a level stay without a named programme.
    const fp = stream(`${spec.code}/programmes`); // its own stream: the amounts stay as before
    const programmeOf = new Map(
      extras.flatMap((level) => {
        const keys = PROGRAMMES_BY_LEVEL[level];
        if (!keys || fp.chance(0.15)) return [];
        const key = level !== "FEDERAL" ? keys[0]! : field === "BIL" ? "digitalpakt" : field === "INF" ? "gigabit" : "mpsc";
        const p = FUNDING_PROGRAMMES.find((x) => x.key === key)!;
        return [[level, { id: programmeId.get(key)!, grantReference: `${p.refPrefix}-${spec.code}-${fp.int(100, 999)}` }] as const];
      }),
    );
    const perYear = (spec.budget ?? 500_000) / years.length;
    const actualTo = spec.status === "COMPLETED" ? actualEnd : spec.status === "CANCELLED" ? stopDate : null;
    for (const year of years) {
      const sources: FundingSource[] = (["CITY", ...extras.filter(() => b.chance(0.8))] as FundingSource[]).slice(0, 3);
      const weights = sources.map((s) => (s === "CITY" ? (sources.length === 1 ? 1 : 0.6 + b.next() * 0.6) : 0.5 + b.next()));
      const wsum = weights.reduce((x, y) => x + y, 0);
      const yearTotal = perYear * (0.7 + b.next() * 0.6);
      sources.forEach((fundingSource, i) => {
        const planned = Math.max(1000, Math.round((yearTotal * weights[i]!) / wsum / 100) * 100);
        let actual = 0;
        const ran = actualStart && year >= actualStart.getUTCFullYear() && (!actualTo || year <= actualTo.getUTCFullYear());
        if (ran && year < curYear) actual = planned * (0.72 + b.next() * 0.33);
        else if (ran && year === curYear) actual = planned * yearFraction * (0.6 + b.next() * 0.4);
        rows.budgetLines.push({
          id: randomUUID(),
          initiativeId: id,
          year,
          fundingSource,
          programmeId: programmeOf.get(fundingSource)?.id ?? null,
          grantReference: programmeOf.get(fundingSource)?.grantReference ?? "",
          planned: money(planned),
          actual: money(actual),
          isPublic: !spec.internal && !b.chance(0.05),
          note: b.pick(FUNDING_NOTES[fundingSource]),
          createdAt,
        });
      });
    }

    // Risks: 0–3 per initiative
    const k = stream(`${spec.code}/risks`);
    const riskSpecs = [...(spec.risks ?? [])];
    const nRisks = Math.min(3, riskSpecs.length + (troubled ? k.int(1, 2) : started ? k.int(0, 2) : k.int(0, 1)));
    while (riskSpecs.length < nRisks) {
      const r = k.pick(RISK_POOL);
      if (!riskSpecs.includes(r)) riskSpecs.push(r);
    }
    const openRisks: string[] = [];
    riskSpecs.forEach((r, i) => {
      let status: RiskStatus;
      if (spec.status === "COMPLETED" || spec.status === "CANCELLED") status = spec.status === "CANCELLED" && i === 0 ? "OCCURRED" : "CLOSED";
      else if (plan.health === "OFF_TRACK" && i === 0) status = "OCCURRED";
      else if (troubled) status = "MITIGATING";
      else status = k.chance(0.15) ? "CLOSED" : k.chance(0.5) ? "MITIGATING" : "OPEN";
      if (status === "OPEN" || status === "MITIGATING") openRisks.push(`- ${r.title} (Wahrscheinlichkeit ${r.probability}/5, Auswirkung ${r.impact}/5)`);
      rows.risks.push({
        id: randomUUID(),
        initiativeId: id,
        title: r.title,
        description: r.description,
        probability: Math.min(5, Math.max(1, r.probability + k.int(-1, 1))),
        impact: r.impact,
        mitigation: r.mitigation,
        ownerId: leads[i % leads.length]!,
        status,
        createdAt: past(workTime(addDays(actualStart ?? createdAt, k.int(10, 200)), k), 24),
      });
    });

    // Status reports: the last four quarters while the initiative runs (demo-reports.ts)
    const reports = buildReports(spec, plan, { now, today, initiativeId: id, leads, reviewerId: reviewerFor(spec.dept), firstPartner, openRisks, nextCurrentState });
    for (const report of reports) {
      reportByCodePeriod.set(`${spec.code}/${report.period}`, { id: report.id, createdAt: report.createdAt });
      rows.reports.push(report);
    }
  }

  // Yesterday's news: one of this quarter's approved reports – preferably of the demo project lead's
  // initiatives – was approved yesterday, so "report approved" reaches its leads on the first day and
  // the council member, who follows that initiative and two others (last visit ten days ago), sees
  // what changed (issue 13: every kind of reminder occurs in the demo). Not possible on a quarter's
  // first day: this quarter's reports were all begun today.
  const approvedYesterday = approveOneYesterday(rows, now, quarterAt(today, 0).period, uid("lead"));
  const seenAt = new Date(now.getTime() - 10 * DAY);
  const followed = [approvedYesterday, initiativeIdByCode.get("MOB-01"), initiativeIdByCode.get("INF-01")].filter((x): x is string => !!x);
  for (const initiativeId of new Set(followed)) rows.follows.push({ userId: uid("council"), initiativeId, createdAt: new Date(seenAt.getTime() - 30 * DAY), seenAt });
  if (approvedYesterday) rows.follows.push({ userId: uid("viewer"), initiativeId: approvedYesterday, createdAt: new Date(seenAt.getTime() - 30 * DAY), seenAt });

  // The partner contact: assigned to one initiative, where their university answers for one milestone
  // and the KPI (they see those and nothing else of it).
  const contactInitiative = initiativeIdByCode.get(DEMO_PARTNER_CONTACT.initiative);
  if (contactInitiative) {
    const ude = partnerId.get(DEMO_PARTNER_CONTACT.partner)!;
    for (const m of rows.milestones) if (m.initiativeId === contactInitiative && m.title === DEMO_PARTNER_CONTACT.milestone) m.responsiblePartnerId = ude;
    for (const k of rows.kpis) if (k.initiativeId === contactInitiative) k.responsiblePartnerId = ude;
    rows.members.push({ initiativeId: contactInitiative, userId: uid(DEMO_PARTNER_CONTACT.user), role: "PARTNER_CONTACT" });
  }

  // Comments on initiatives and status reports
  COMMENTS.forEach((c, i) => {
    const initiativeId = initiativeIdByCode.get(c.code);
    if (!initiativeId) return;
    const report = c.target === "initiative" ? undefined : reportByCodePeriod.get(`${c.code}/${quarterAt(today, c.target === "currentReport" ? 0 : -1).period}`);
    let createdAt = past(workTime(addDays(today, -c.daysAgo), stream(`comment-${i + 1}`)));
    // A comment on a report comes after the report (an hour later, or halfway to now if it is that new).
    if (report && createdAt <= report.createdAt) createdAt = minD(new Date(report.createdAt.getTime() + HOUR), new Date((report.createdAt.getTime() + now.getTime()) / 2));
    rows.comments.push({
      id: randomUUID(),
      initiativeId: report ? null : initiativeId,
      statusReportId: report ? report.id : null,
      authorId: uid(c.author),
      body: c.body,
      createdAt,
    });
  });
  return rows;
}

/** Each initiative's first lead (who drafts its reports in the demo's history). */
function firstLeads(rows: Rows): Map<string, string> {
  const first = new Map<string, string>();
  for (const l of rows.leads) if (!first.has(l.initiativeId)) first.set(l.initiativeId, l.userId);
  return first;
}

/**
 * Moves the review of one approved report of `period` to yesterday (in the city), keeping
 * created ≤ submitted ≤ reviewed < now. Prefers an initiative `preferredLead` leads first. Returns
 * the initiative's id, or null when no report of the period can have been approved yesterday.
 */
function approveOneYesterday(rows: Rows, now: Date, period: string, preferredLead: string): string | null {
  const yesterday = addCityDays(cityToday(now), -1);
  // An afternoon instant of yesterday in the city, whatever the offset and daylight saving time.
  const at = [20, 22, 26, 30].map((h) => new Date(now.getTime() - h * HOUR)).find((t) => cityToday(t) === yesterday);
  if (!at) return null;
  const firstLead = firstLeads(rows);
  const candidates = rows.reports.filter((r) => r.period === period && r.state === "APPROVED" && new Date(r.createdAt!).getTime() < at.getTime() - 3 * HOUR);
  const report = candidates.find((r) => firstLead.get(r.initiativeId) === preferredLead) ?? candidates[0];
  if (!report) return null;
  const submitted = new Date(report.submittedAt!);
  if (submitted >= at) report.submittedAt = new Date(Math.max(new Date(report.createdAt!).getTime() + HOUR, at.getTime() - 2 * HOUR));
  report.reviewedAt = at;
  return report.initiativeId;
}

/**
 * The audit trail the demo's people would have left: forecast moves, KPI values and report steps –
 * each report drafted by the initiative's first lead –, so that every initiative has a history and a
 * believable "last updated". Every running initiative has its current quarter's report, drafted in
 * the last weeks, so none is stale by accident (lib/initiatives/freshness.ts); only the stale story
 * (demo-plan.ts), which reports no more, and initiatives that are not running (never touched since
 * they were planned or finished) are.
 */
function buildHistory(rows: Rows): Prisma.AuditEventCreateManyInput[] {
  const initiativeOfMilestone = new Map(rows.milestones.map((m) => [m.id!, m.initiativeId]));
  const initiativeOfKpi = new Map(rows.kpis.map((k) => [k.id!, k.initiativeId ?? null]));
  const firstLead = firstLeads(rows);
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
    const author = firstLead.get(r.initiativeId);
    if (author) events.push({ at: r.createdAt!, actorId: author, action: "statusReport.createDraft", entityType: "StatusReport", entityId: r.id!, initiativeId: r.initiativeId, after: { period: r.period } });
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
  const rows = buildDemoRows(now, passwordHash);
  applyDemoEnglish(rows);
  // The public demo document's file goes to the store first; its row follows in the transaction.
  const document = await storeDemoDocument().catch(() => null);

  await prisma.$transaction(
    async (tx) => {
      await tx.masterplan.create({ data: rows.masterplan });
      await tx.citySettings.create({ data: DEMO_CITY });
      await tx.fieldOfAction.createMany({ data: rows.fields });
      await tx.department.createMany({ data: rows.departments });
      await tx.district.createMany({ data: rows.districts });
      await tx.partner.createMany({ data: rows.partners });
      await tx.fundingProgramme.createMany({ data: rows.fundingProgrammes });
      await tx.user.createMany({ data: rows.users });
      await writeInitiativeRows(tx, rows, async (_table, data, createMany) => {
        await createMany(data);
      });
      await tx.initiativeMember.createMany({ data: rows.members });
      await seedDemoDependencies(tx, cityToday(now));
      await tx.comment.createMany({ data: rows.comments });
      await tx.initiativeFollow.createMany({ data: rows.follows });
      await seedDemoDecisions(
        tx,
        {
          masterplanId: rows.masterplan.id!,
          fieldIdByCode: new Map(rows.fields.map((f) => [f.code, f.id!])),
          initiativeIdByCode: new Map(rows.initiatives.map((i) => [i.code, i.id!])),
        },
        document,
      );
      await seedDemoMap(tx);
      await tx.feedback.createMany({ data: buildDemoFeedback(rows.initiatives, rows.departments, now) });
      await tx.auditEvent.createMany({ data: buildHistory(rows) });
      await seedDemoRevisions(tx, rows.masterplan.id!, now);
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
