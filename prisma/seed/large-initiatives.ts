// Generated initiatives for the large data sets, with their leads, districts, partners,
// milestones and forecast history. Titles come from combinatorial German templates
// (large-text.ts); codes follow the app's format `[A-Z]{2,5}-nn` with a letter appended to the
// field's code ("VERA-07"), so thousands fit beside the demo's "VER-01" … without clashing.
import { randomUUID } from "node:crypto";
import type { Health, InitiativeStatus, PartnerRole } from "@/lib/generated/prisma/client";
import { SLIP_REASONS } from "./demo-data";
import { slugify } from "./demo";
import { ACTIONS, GENERIC_TOPICS, HEALTH_REASONS, MILESTONE_STEPS, SUFFIXES, TOPICS } from "./large-text";
import { addDays, addMonths, allocate, dayOf, HOUR, maxD, minD, utc, type GenInitiative, type LargeRows, type Rng, type SeedContext } from "./large-util";

const PARTNER_ROLES: PartnerRole[] = ["LEAD_PARTNER", "TECHNOLOGY_PROVIDER", "RESEARCH_PARTNER", "FUNDING_PARTNER", "OPERATOR"];
const CONTRIBUTIONS = ["Technische Umsetzung und Betrieb", "Wissenschaftliche Begleitung", "Kofinanzierung", "Bereitstellung von Daten und Flächen", "Beratung und Schulung"];

/** Codes `<prefix><A..Z>-<01..99>` per field of action, skipping codes already in use. */
function codeSource(ctx: SeedContext): (fieldCode: string) => string {
  const cursor = new Map<string, number>();
  return (fieldCode) => {
    const prefix = fieldCode.replace(/[^A-Z]/g, "").slice(0, 4) || "GEN";
    for (;;) {
      const n = cursor.get(prefix) ?? 0;
      cursor.set(prefix, n + 1);
      if (n >= 26 * 99) throw new Error(`no free initiative codes left for ${prefix}`);
      const code = `${prefix}${String.fromCharCode(65 + Math.floor(n / 99))}-${String((n % 99) + 1).padStart(2, "0")}`;
      if (!ctx.takenCodes.has(code)) {
        ctx.takenCodes.add(code);
        return code;
      }
    }
  };
}

function statusFor(rng: Rng, start: Date, end: Date, today: Date): InitiativeStatus {
  if (start > today) return rng.chance(0.4) ? "PROPOSED" : "PLANNED";
  if (end < today) return rng.chance(0.85) ? "COMPLETED" : rng.chance(0.4) ? "CANCELLED" : "IN_PROGRESS";
  const r = rng.next();
  return r < 0.88 ? "IN_PROGRESS" : r < 0.96 ? "ON_HOLD" : "CANCELLED";
}

function healthFor(rng: Rng, status: InitiativeStatus): Health {
  if (status === "COMPLETED" || status === "PROPOSED" || status === "PLANNED") return "ON_TRACK";
  if (status === "ON_HOLD" || status === "CANCELLED") return rng.chance(0.5) ? "AT_RISK" : "OFF_TRACK";
  const r = rng.next();
  return r < 0.68 ? "ON_TRACK" : r < 0.9 ? "AT_RISK" : "OFF_TRACK";
}

function milestoneTitles(k: number): string[] {
  const all = MILESTONE_STEPS;
  if (k <= all.length) return Array.from({ length: k }, (_, i) => all[k === 1 ? all.length - 1 : Math.round((i * (all.length - 1)) / (k - 1))]!);
  return Array.from({ length: k }, (_, i) => `${all[i % all.length]} (Los ${Math.floor(i / all.length) + 1})`);
}

export function buildInitiatives(rng: Rng, ctx: SeedContext, count: number, milestoneTotal: number, rows: LargeRows): GenInitiative[] {
  const today = dayOf(ctx.now);
  const month0 = utc(today.getUTCFullYear(), today.getUTCMonth(), 1);
  const nextCode = codeSource(ctx);
  const milestoneCounts = allocate(rng, count, milestoneTotal, 5, 15);
  const out: GenInitiative[] = [];
  const workTime = (d: Date) => new Date(dayOf(d).getTime() + rng.int(8, 16) * HOUR + rng.int(0, 59) * 60_000);

  for (let n = 0; n < count; n++) {
    const field = rng.pick(ctx.fields);
    const topics = TOPICS[field.code] ?? GENERIC_TOPICS;
    const object = rng.pick(topics.objects);
    const district = rng.pick(ctx.districts);
    const title = `${rng.pick(ACTIONS)} ${object}${rng.pick(SUFFIXES).replace("{d}", district?.name ?? "Mitte").replace("{n}", String(rng.int(2, 4)))}`;
    const code = nextCode(field.code);
    let slug = `${slugify(title)}-${code.toLowerCase()}`;
    while (ctx.takenSlugs.has(slug)) slug = `${slug}-${rng.int(2, 99)}`;
    ctx.takenSlugs.add(slug);

    const departmentId = rng.pick(ctx.departmentsByField.get(field.id) ?? ctx.departmentIds);
    const leadPool = ctx.leadsByDepartment.get(departmentId) ?? ctx.leadsByDepartment.get("*") ?? [ctx.adminId];
    const leads = rng.sample(leadPool, rng.chance(0.25) ? 2 : 1);
    const plannedStart = addMonths(month0, rng.int(-72, 12));
    const plannedEnd = addDays(addMonths(plannedStart, rng.int(12, 48)), -1);
    const status = statusFor(rng, plannedStart, plannedEnd, today);
    const health = healthFor(rng, status);
    const started = status !== "PROPOSED" && status !== "PLANNED";
    const troubled = health !== "ON_TRACK";
    const createdAt = workTime(minD(addDays(plannedStart, -rng.int(30, 120)), addDays(today, -rng.int(10, 60))));
    const actualStart = started ? minD(addDays(plannedStart, rng.int(0, troubled ? 60 : 30)), addDays(today, -30)) : null;
    const stopDate =
      status === "COMPLETED" ? minD(plannedEnd, addDays(today, -1)) : status === "CANCELLED" || status === "ON_HOLD" ? addDays(today, -rng.int(20, 300)) : null;
    const partnerIds = rng.sample(ctx.partnerIds, rng.chance(0.5) ? rng.int(1, 2) : 0);

    const milestones = milestoneTitles(milestoneCounts[n]!).map((mTitle, i, all) => {
      const baseline = dayOf(new Date(plannedStart.getTime() + ((plannedEnd.getTime() - plannedStart.getTime()) * (i + 1)) / all.length));
      const slipped = started && rng.chance(troubled ? 0.5 : 0.2);
      const forecast = slipped ? addDays(baseline, rng.int(20, troubled ? 240 : 120)) : baseline;
      let completed: Date | null = null;
      if (status === "COMPLETED") completed = minD(maxD(addDays(forecast, rng.int(-5, 5)), actualStart!), addDays(today, -1));
      else if (started && forecast <= (stopDate ?? today) && forecast < today) completed = maxD(minD(addDays(forecast, rng.int(-7, 6)), addDays(today, -1)), actualStart!);
      return { id: randomUUID(), title: mTitle, baseline, forecast, completed };
    });
    const actualEnd = status === "COMPLETED" ? maxD(...milestones.map((m) => m.completed!)) : null;

    const id = randomUUID();
    rows.initiatives.push({
      id,
      code,
      slug,
      title,
      summary: rng.pick(topics.purposes).replace("{o}", object),
      description: `${rng.pick(topics.purposes).replace("{o}", object)}\n\nDas Vorhaben ist Teil des Handlungsfelds und wird vom zuständigen Amt gemeinsam mit den Projektpartnern umgesetzt (Beispieldaten).`,
      fieldOfActionId: field.id,
      departmentId,
      status,
      health,
      healthReason: troubled ? rng.pick(HEALTH_REASONS) : null,
      plannedStart,
      plannedEnd,
      actualStart,
      actualEnd,
      visibility: rng.chance(0.8) ? "PUBLIC" : "INTERNAL",
      tags: rng.sample(topics.tags, rng.int(1, 3)),
      archivedAt: (status === "COMPLETED" || status === "CANCELLED") && rng.chance(0.05) ? addDays(today, -rng.int(1, 200)) : null,
      createdAt,
    });
    for (const userId of leads) rows.leads.push({ initiativeId: id, userId, createdAt });
    const districts = rng.chance(0.12) ? ctx.districts : rng.sample(ctx.districts, rng.chance(0.7) ? 1 : rng.int(2, 3));
    for (const d of districts) rows.initiativeDistricts.push({ initiativeId: id, districtId: d.id });
    for (const partnerId of partnerIds) {
      const amount = rng.chance(0.4) ? String(rng.int(2, 60) * 5_000) + ".00" : null;
      rows.initiativePartners.push({ id: randomUUID(), initiativeId: id, partnerId, role: rng.pick(PARTNER_ROLES), contribution: rng.pick(CONTRIBUTIONS), committedAmount: amount, createdAt });
    }
    milestones.forEach((m, i) => {
      rows.milestones.push({
        id: m.id,
        initiativeId: id,
        title: m.title,
        weight: rng.int(1, 3),
        sortOrder: i + 1,
        baselineDate: m.baseline,
        forecastDate: m.forecast,
        completedDate: m.completed,
        isPublic: !rng.chance(0.1),
        responsiblePartnerId: partnerIds.length > 0 && rng.chance(0.3) ? rng.pick(partnerIds) : null,
        createdAt,
      });
      rows.forecasts.push({ id: randomUUID(), milestoneId: m.id, reportedAt: createdAt, forecastDate: m.baseline, reason: "Ausgangsplanung", reportedById: leads[0]! });
      if (m.forecast > m.baseline) {
        const reportedAt = minD(maxD(workTime(addDays(m.baseline, -rng.int(5, 40))), new Date(createdAt.getTime() + HOUR)), new Date(ctx.now.getTime() - HOUR));
        rows.forecasts.push({ id: randomUUID(), milestoneId: m.id, reportedAt, forecastDate: m.forecast, reason: rng.pick(SLIP_REASONS), reportedById: rng.pick(leads) });
      }
    });
    out.push({ id, title, departmentId, status, health, leads, partnerIds, createdAt, plannedStart, plannedEnd, actualStart, stopDate, milestones });
  }
  return out;
}
