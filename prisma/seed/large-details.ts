// KPIs with monthly measurements, budget lines, status reports and risks for the generated
// initiatives of the large data sets (built in memory; large.ts writes them).
import { randomUUID } from "node:crypto";
import type { FundingSource, Health, ReportState, RiskStatus } from "@/lib/generated/prisma/client";
import { FUNDING_NOTES, REPORT_TEXT, RISK_POOL } from "./demo-data";
import { KPI_TEMPLATES } from "./large-text";
import { addDays, allocate, dayOf, DAY, HOUR, maxD, minD, money, quarterAt, utc, type GenInitiative, type LargeRows, type Rng, type SeedContext } from "./large-util";

/** `kpiCount` initiative KPIs on started initiatives, with `measurementTotal` monthly values between them. */
export function buildKpis(rng: Rng, ctx: SeedContext, initiatives: GenInitiative[], kpiCount: number, measurementTotal: number, rows: LargeRows) {
  const today = dayOf(ctx.now);
  const started = initiatives.filter((i) => i.actualStart);
  const owners = rng.sample(started.length >= kpiCount ? started : initiatives, kpiCount);
  while (owners.length < kpiCount && initiatives.length > 0) owners.push(rng.pick(initiatives));
  const perKpi = allocate(rng, owners.length, measurementTotal, 24, 96);
  owners.forEach((initiative, k) => {
    const tpl = rng.pick(KPI_TEMPLATES);
    const n = perKpi[k]!;
    // Month ends, the newest being the last one before today, going back n months.
    const periods = Array.from({ length: n }, (_, j) => utc(today.getUTCFullYear(), today.getUTCMonth() - (n - 1 - j), 0));
    const baselineDate = addDays(periods[0]!, -28);
    const targetDate = maxD(initiative.plannedEnd, addDays(periods[n - 1]!, 365));
    const id = randomUUID();
    rows.kpis.push({
      id,
      scope: "INITIATIVE",
      initiativeId: initiative.id,
      name: tpl.name,
      description: `${tpl.name} im Vorhaben „${initiative.title}“.`,
      unit: tpl.unit,
      valueType: tpl.valueType,
      direction: tpl.direction,
      baselineValue: String(tpl.baseline),
      baselineDate,
      targetValue: String(tpl.target),
      targetDate,
      isPublic: rng.chance(0.85),
      method: "Monatliche Auswertung zum Monatsende.",
      source: "Fachverfahren des Amtes",
    });
    const span = tpl.target - tpl.baseline;
    const perf = 0.6 + rng.next() * 0.5;
    let prev: number | null = null;
    for (const periodDate of periods) {
      const p = Math.min(1, (periodDate.getTime() - baselineDate.getTime()) / Math.max(DAY, targetDate.getTime() - baselineDate.getTime()));
      let v = tpl.baseline + span * perf * p + (rng.next() - 0.5) * 0.05 * Math.abs(span);
      if (tpl.valueType === "INTEGER") {
        v = Math.max(0, Math.round(v));
        if (prev !== null && span >= 0) v = Math.max(v, prev);
      } else if (tpl.valueType === "PERCENT") v = Math.min(100, Math.max(0, Math.round(v * 10) / 10));
      else v = Math.max(0, Math.round(v * 100) / 100);
      prev = v;
      const createdAt = minD(new Date(periodDate.getTime() + rng.int(3, 15) * DAY + rng.int(8, 16) * HOUR), new Date(ctx.now.getTime() - HOUR));
      rows.measurements.push({ id: randomUUID(), kpiId: id, periodDate, value: String(v), note: rng.chance(0.03) ? "Wert nach Korrektur der Datenquelle angepasst" : "", recordedById: rng.pick(initiative.leads), createdAt });
    }
  });
}

export function buildBudgets(rng: Rng, ctx: SeedContext, initiatives: GenInitiative[], rows: LargeRows) {
  const today = dayOf(ctx.now);
  const curYear = today.getUTCFullYear();
  const yearFraction = (today.getTime() - utc(curYear, 0, 1).getTime()) / (365 * DAY);
  const extras: FundingSource[] = ["LAND", "FEDERAL", "EU", "PARTNER"];
  for (const i of initiatives) {
    const first = i.plannedStart.getUTCFullYear();
    const last = Math.min(i.plannedEnd.getUTCFullYear(), first + 3);
    const total = rng.int(2, 80) * 25_000;
    for (let year = first; year <= last; year++) {
      const sources: FundingSource[] = rng.chance(0.6) ? ["CITY", rng.pick(extras)] : ["CITY"];
      for (const fundingSource of sources) {
        const planned = Math.max(1000, Math.round((total / (last - first + 1) / sources.length) * (0.7 + rng.next() * 0.6)));
        const ran = i.actualStart && year >= i.actualStart.getUTCFullYear() && (!i.stopDate || year <= i.stopDate.getUTCFullYear());
        const actual = !ran ? 0 : year < curYear ? planned * (0.7 + rng.next() * 0.35) : year === curYear ? planned * yearFraction * (0.6 + rng.next() * 0.4) : 0;
        rows.budgetLines.push({
          id: randomUUID(),
          initiativeId: i.id,
          year,
          fundingSource,
          planned: money(planned),
          actual: money(actual),
          isPublic: !rng.chance(0.05),
          note: rng.pick(FUNDING_NOTES[fundingSource]),
          createdAt: i.createdAt,
        });
      }
    }
  }
}

const CURRENT_STATES: ReportState[] = ["DRAFT", "SUBMITTED", "SUBMITTED", "APPROVED", "APPROVED", "RETURNED"];

/** Status reports for the last four quarters of every started initiative; the current one in any state. */
export function buildReports(rng: Rng, ctx: SeedContext, initiatives: GenInitiative[], rows: LargeRows) {
  const today = dayOf(ctx.now);
  const fill = (s: string, i: GenInitiative) => s.replace(/\{t\}/g, i.title).replace(/\{p\}/g, "den Projektpartnern").replace(/\{m\}/g, i.milestones[0]?.title ?? "Projektstart");
  for (const i of initiatives) {
    if (!i.actualStart) continue;
    for (let qi = -3; qi <= 0; qi++) {
      const q = quarterAt(today, qi);
      if (i.actualStart > q.end || (i.stopDate && i.stopDate < q.start)) continue;
      const current = qi === 0;
      const health: Health = current || qi === -1 ? i.health : "ON_TRACK";
      const state = current ? rng.pick(CURRENT_STATES) : "APPROVED";
      const texts = health === "ON_TRACK" ? REPORT_TEXT.summaryOnTrack : health === "AT_RISK" ? REPORT_TEXT.summaryAtRisk : REPORT_TEXT.summaryOffTrack;
      // Public summaries from the pool of the report's health, like the demo's (no "planmäßig" when at risk).
      const publicTexts = health === "ON_TRACK" ? REPORT_TEXT.publicOnTrack : health === "AT_RISK" ? REPORT_TEXT.publicAtRisk : REPORT_TEXT.publicOffTrack;
      const created = current ? minD(maxD(addDays(q.start, 5), addDays(today, -rng.int(5, 30))), new Date(ctx.now.getTime() - 6 * HOUR)) : addDays(q.end, rng.int(1, 6));
      const submittedAt = state === "DRAFT" ? null : current ? new Date(created.getTime() + (ctx.now.getTime() - created.getTime()) * 0.4) : addDays(q.end, rng.int(7, 14));
      const reviewedAt = state === "APPROVED" || state === "RETURNED" ? new Date(submittedAt!.getTime() + (current ? (ctx.now.getTime() - submittedAt!.getTime()) * 0.5 : rng.int(1, 9) * DAY)) : null;
      rows.reports.push({
        id: randomUUID(),
        initiativeId: i.id,
        period: q.period,
        health,
        summary: fill(rng.pick(texts), i),
        achievements: `- ${fill(rng.pick(REPORT_TEXT.achievements), i)}`,
        nextSteps: `- ${fill(rng.pick(REPORT_TEXT.nextSteps), i)}`,
        risks: rng.pick(REPORT_TEXT.noRisks),
        publicSummary: state === "DRAFT" ? "" : fill(rng.pick(publicTexts), i),
        state,
        submittedById: submittedAt ? i.leads[0]! : null,
        submittedAt,
        reviewedById: reviewedAt ? (ctx.headByDepartment.get(i.departmentId) ?? ctx.adminId) : null,
        reviewedAt,
        reviewComment: state === "RETURNED" ? fill(rng.pick(REPORT_TEXT.returned), i) : null,
        createdAt: created,
      });
    }
  }
}

export function buildRisks(rng: Rng, ctx: SeedContext, initiatives: GenInitiative[], rows: LargeRows) {
  for (const i of initiatives) {
    const troubled = i.health !== "ON_TRACK";
    const specs = rng.sample(RISK_POOL, troubled ? rng.int(1, 3) : rng.int(0, 2));
    specs.forEach((r, k) => {
      let status: RiskStatus;
      if (i.status === "COMPLETED") status = "CLOSED";
      else if (i.status === "CANCELLED") status = k === 0 ? "OCCURRED" : "CLOSED";
      else if (i.health === "OFF_TRACK" && k === 0) status = "OCCURRED";
      else status = troubled ? "MITIGATING" : rng.chance(0.15) ? "CLOSED" : rng.chance(0.5) ? "MITIGATING" : "OPEN";
      rows.risks.push({
        id: randomUUID(),
        initiativeId: i.id,
        title: r.title,
        description: r.description,
        probability: Math.min(5, Math.max(1, r.probability + rng.int(-1, 1))),
        impact: r.impact,
        mitigation: r.mitigation,
        ownerId: i.leads[k % i.leads.length]!,
        status,
        createdAt: minD(addDays(i.createdAt, rng.int(5, 120)), new Date(ctx.now.getTime() - HOUR)),
      });
    });
  }
}
