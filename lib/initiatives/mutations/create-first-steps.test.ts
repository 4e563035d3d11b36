// The new-initiative form's first steps against a real database: project leads, partners,
// districts and first milestones created with the initiative in one transaction, audited as when
// each is added on the initiative page, errors on the row's own field, and nothing written on any
// error. A department head gets no more here than the initiative page allows.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { demoFixture } from "@/tests/db";
import { createInitiativeAction } from "./create";
import { addInitiativeLeadAction } from "./leads";
import { addInitiativePartnerAction } from "./partners";

const demo = demoFixture();
let ids: { digi: string; verk: string; field: string; districts: string[]; partners: string[] };

/** A code nobody has: five random capital letters and two digits. */
const freshCode = () =>
  `${Array.from({ length: 5 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("")}-${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;

const input = (overrides: Record<string, unknown> = {}) => ({
  code: freshCode(),
  title: "Smarte Parkraumbewirtschaftung",
  fieldOfActionId: ids.field,
  departmentId: ids.digi,
  status: "PLANNED",
  health: "ON_TRACK",
  visibility: "INTERNAL",
  ...overrides,
});

/** `input` with first steps: the demo lead as a lead and the first partner as operator, then `overrides`. */
const inputWithFirstSteps = (overrides: Record<string, unknown> = {}) =>
  input({ leadUserIds: [demo.lead.id], partners: [{ partnerId: ids.partners[0], role: "OPERATOR" }], ...overrides });

const create = (actor: Actor, raw: Record<string, unknown>, locale: "de" | "en" = "de") =>
  createInitiativeAction.execute(actor, raw, { db: demo.prisma, locale });

/** The form's numbered row inputs, as ActionForm sends them: every input of every row, checked boxes as "on". */
function formRows(milestones: { title?: string; code?: string; baselineDate?: string; forecastDate?: string; weight?: string; isPublic?: boolean }[], partners: [string, string][] = []) {
  const raw: Record<string, string> = {};
  milestones.forEach((m, i) => {
    for (const key of ["title", "code", "baselineDate", "forecastDate"] as const) raw[`milestones.${i}.${key}`] = m[key] ?? "";
    raw[`milestones.${i}.weight`] = m.weight ?? "1";
    if (m.isPublic ?? true) raw[`milestones.${i}.isPublic`] = "on";
  });
  partners.forEach(([partnerId, role], i) => Object.assign(raw, { [`partners.${i}.partnerId`]: partnerId, [`partners.${i}.role`]: role }));
  return raw;
}

/** Everything the first steps could have written anywhere, to show that a failed create wrote nothing. */
const footprint = async () =>
  Promise.all([
    demo.prisma.initiative.count(),
    demo.prisma.initiativeLead.count(),
    demo.prisma.initiativePartner.count(),
    demo.prisma.initiativeDistrict.count(),
    demo.prisma.milestone.count(),
    demo.prisma.milestoneForecast.count(),
    demo.prisma.auditEvent.count({ where: { action: { not: "authz.denied" } } }),
  ]);

beforeAll(async () => {
  const [digi, verk, field, districts, partners] = await Promise.all([
    demo.prisma.department.findUniqueOrThrow({ where: { code: "DIGI" } }),
    demo.prisma.department.findUniqueOrThrow({ where: { code: "VERK" } }),
    demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "VER" } }),
    demo.prisma.district.findMany({ where: { code: { in: ["MIT", "HAM"] } }, orderBy: { code: "asc" } }),
    demo.prisma.partner.findMany({ orderBy: { name: "asc" }, take: 2 }),
  ]);
  ids = { digi: digi.id, verk: verk.id, field: field.id, districts: districts.map((d) => d.id), partners: partners.map((p) => p.id) };
});

describe("a new initiative with its first steps", () => {
  it("creates leads, partners, districts and milestones in one go, each audited as when added on the initiative page", async () => {
    const raw = input({
      districtIds: ids.districts,
      leadUserIds: [demo.lead.id, demo.headVerk.id],
      partners: [
        { partnerId: ids.partners[0], role: "TECHNOLOGY_PROVIDER" },
        { partnerId: ids.partners[1], role: "OPERATOR" },
      ],
      milestones: [
        { title: "Konzept abgestimmt", code: "M1", baselineDate: "2026-06-30", weight: 2 },
        { title: "Sensoren verbaut", baselineDate: "2027-03-31", forecastDate: "2027-05-31", isPublic: false },
      ],
    });
    const r = await create(demo.head, raw);
    expect(r).toMatchObject({ ok: true, data: { code: raw.code, districtIds: [...ids.districts].sort() } });
    const created = await demo.prisma.initiative.findUniqueOrThrow({
      where: { code: raw.code },
      include: { leads: { orderBy: { createdAt: "asc" } }, partners: true, milestones: { orderBy: { sortOrder: "asc" }, include: { forecasts: { orderBy: { reportedAt: "asc" } } } } },
    });
    expect(created.leads.map((l) => l.userId).sort()).toEqual([demo.lead.id, demo.headVerk.id].sort());
    expect(created.partners.map((p) => [p.partnerId, p.role]).sort()).toEqual([[ids.partners[0], "TECHNOLOGY_PROVIDER"], [ids.partners[1], "OPERATOR"]].sort());
    expect(
      created.milestones.map((m) => ({
        code: m.code,
        title: m.title,
        sortOrder: m.sortOrder,
        weight: m.weight,
        isPublic: m.isPublic,
        baseline: m.baselineDate.toISOString().slice(0, 10),
        forecast: m.forecastDate.toISOString().slice(0, 10),
        history: m.forecasts.map((f) => [f.forecastDate.toISOString().slice(0, 10), f.reason, f.reportedById]),
      })),
    ).toEqual([
      { code: "M1", title: "Konzept abgestimmt", sortOrder: 1, weight: 2, isPublic: true, baseline: "2026-06-30", forecast: "2026-06-30", history: [["2026-06-30", "Ausgangsplanung", demo.head.id]] },
      {
        code: null,
        title: "Sensoren verbaut",
        sortOrder: 2,
        weight: 1,
        isPublic: false,
        baseline: "2027-03-31",
        forecast: "2027-05-31",
        history: [["2027-03-31", "Ausgangsplanung", demo.head.id], ["2027-05-31", "Abweichende Prognose bei Anlage", demo.head.id]],
      },
    ]);

    const events = await demo.prisma.auditEvent.findMany({ where: { initiativeId: created.id }, orderBy: { id: "asc" } });
    expect(events.every((e) => e.actorId === demo.head.id)).toBe(true);
    expect(events.map((e) => e.action)).toEqual([
      "initiative.create",
      "initiative.addLead",
      "initiative.addLead",
      "initiative.addPartner",
      "initiative.addPartner",
      "milestone.create",
      "milestone.create",
      "milestone.moveForecast",
    ]);
    const [, firstLead, secondLead, partner, , milestone, , moved] = events;
    expect(events[0]!.after).toMatchObject({ districtIds: [...ids.districts].sort() });
    expect(firstLead).toMatchObject({ entityType: "InitiativeLead", before: { leadUserIds: [] } });
    expect(secondLead!.before).toEqual({ leadUserIds: [firstLead!.entityId] });
    expect(partner).toMatchObject({ entityType: "InitiativePartner", after: { role: "TECHNOLOGY_PROVIDER", committedAmount: null, version: 1 } });
    expect(milestone).toMatchObject({ entityType: "Milestone", after: { code: "M1", title: "Konzept abgestimmt", baselineDate: "2026-06-30" } });
    expect(moved).toMatchObject({ before: { forecastDate: "2027-03-31" }, after: { forecastDate: "2027-05-31", reason: "Abweichende Prognose bei Anlage" } });
  });

  it("reads the form's numbered rows: empty rows skipped, an unchecked box is internal, the order kept", async () => {
    const raw = {
      ...input(),
      ...formRows(
        [
          { title: "Ausschreibung veröffentlicht", code: "A", baselineDate: "2026-09-30", weight: "3" },
          {},
          { title: "Zuschlag erteilt", baselineDate: "2027-01-31", isPublic: false },
        ],
        [["", "OPERATOR"], [ids.partners[0]!, "FUNDING_PARTNER"]],
      ),
    };
    const r = await create(demo.admin, raw);
    expect(r.ok).toBe(true);
    const created = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: raw.code }, include: { partners: true, milestones: { orderBy: { sortOrder: "asc" } } } });
    expect(created.milestones.map((m) => [m.title, m.code, m.weight, m.isPublic])).toEqual([
      ["Ausschreibung veröffentlicht", "A", 3, true],
      ["Zuschlag erteilt", null, 1, false],
    ]);
    expect(created.partners.map((p) => [p.partnerId, p.role])).toEqual([[ids.partners[0], "FUNDING_PARTNER"]]);
  });

  it("fails the whole create on a malformed milestone date, with the error on that row's field", async () => {
    const before = await footprint();
    const raw = { ...input({ leadUserIds: [demo.lead.id] }), ...formRows([{ title: "Start", baselineDate: "2026-06-30" }, {}, { title: "Ende", baselineDate: "2026-02-30" }]) };
    const r = await create(demo.admin, raw);
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "milestones.2.baselineDate": [de.validation.format] } });
    expect(Object.keys(r.ok ? {} : (r.fieldErrors ?? {}))).toEqual(["milestones.2.baselineDate"]);
    expect(await footprint()).toEqual(before);
  });

  it("reports each malformed row input next to it: a code with a space, a weight above 10, a short title", async () => {
    const raw = {
      ...input(),
      ...formRows([
        { title: "Start", code: "M 1", baselineDate: "2026-12-31" },
        { title: "Ab", baselineDate: "2027-01-31", weight: "11" },
      ]),
    };
    const r = await create(demo.admin, raw);
    expect(r.ok ? {} : r.fieldErrors).toEqual({
      "milestones.0.code": [de.initiatives.errors.milestoneCodeFormat],
      "milestones.1.title": [de.validation.tooShort.replace("{min}", "3")],
      "milestones.1.weight": [de.validation.tooBig.replace("{max}", "10")],
    });
  });

  it("reports every row the server refuses at once and writes nothing: a baseline before the plan, a forecast in the past", async () => {
    const before = await footprint();
    const raw = inputWithFirstSteps({
      districtIds: ids.districts,
      milestones: [
        { title: "Gültig", baselineDate: "2026-12-31" },
        { title: "Viel zu früh", baselineDate: "2010-01-31" },
        { title: "Prognose verstrichen", baselineDate: "2026-10-31", forecastDate: "2026-11-01" },
      ],
    });
    const r = await create(demo.admin, raw);
    expect(r).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        "milestones.1.baselineDate": [de.milestones.errors.beforePlanStart],
        "milestones.2.forecastDate": [de.milestones.errors.forecastInPast],
      },
    });
    expect(Object.keys(r.ok ? {} : (r.fieldErrors ?? {})).sort()).toEqual(["milestones.1.baselineDate", "milestones.2.forecastDate"]);
    expect(await footprint()).toEqual(before);
  });

  it("answers in the user's language", async () => {
    const r = await create(demo.admin, input({ milestones: [{ title: "Too early", baselineDate: "2010-01-31" }] }), "en");
    expect(r).toMatchObject({ ok: false, fieldErrors: { "milestones.0.baselineDate": [en.milestones.errors.beforePlanStart] } });
  });

  it("refuses an archived district, and writes none of the first steps", async () => {
    const district = await demo.prisma.district.create({ data: { code: "ARCH", slug: "archivbezirk", name: "Archivbezirk", archivedAt: new Date() } });
    const before = await footprint();
    const raw = inputWithFirstSteps({
      districtIds: [ids.districts[0], district.id],
      milestones: [{ title: "Start", baselineDate: "2026-12-31" }],
    });
    expect(await create(demo.admin, raw)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { districtIds: [de.validation.choice] } });
    expect(await footprint()).toEqual(before);
  });

  it("refuses the same milestone code twice (in any case) and the same partner role twice, on the later row", async () => {
    const before = await footprint();
    const raw = input({
      partners: [
        { partnerId: ids.partners[0], role: "OPERATOR" },
        { partnerId: ids.partners[0], role: "FUNDING_PARTNER" },
        { partnerId: ids.partners[0], role: "OPERATOR" },
      ],
      milestones: [
        { title: "Start", code: "M1", baselineDate: "2026-12-31" },
        { title: "Start", code: "M2", baselineDate: "2027-01-31" },
        { title: "Ende", code: "m1", baselineDate: "2027-02-28" },
        { title: "Abnahme", baselineDate: "2027-03-31" },
        { title: "abnahme", baselineDate: "2027-04-30" },
      ],
    });
    const r = await create(demo.admin, raw);
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(r.ok ? {} : r.fieldErrors).toEqual({
      "milestones.2.code": [de.initiatives.errors.milestoneDuplicate],
      "milestones.4.title": [de.initiatives.errors.milestoneDuplicate],
      "partners.2.role": [de.initiatives.errors.partnerDuplicate],
    });
    expect(await footprint()).toEqual(before);
  });

  it("refuses more than 20 milestones", async () => {
    const milestones = Array.from({ length: 21 }, (_, i) => ({ title: `Meilenstein ${i + 1}`, baselineDate: "2027-01-31" }));
    const r = await create(demo.admin, input({ milestones }));
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { milestones: [expect.stringContaining("20")] } });
  });
});

describe("a department head's first steps", () => {
  it("takes as leads exactly the people the initiative page lets them assign", async () => {
    const own = await create(demo.head, input());
    if (!own.ok) throw new Error(JSON.stringify(own));
    const [viewer, council] = await Promise.all([
      demo.prisma.user.findFirstOrThrow({ where: { role: "VIEWER" } }),
      demo.prisma.user.findFirstOrThrow({ where: { role: "COUNCIL_MEMBER" } }),
    ]);
    const inactive = await demo.prisma.user.create({ data: { email: "inaktiv-first-steps@test.example", name: "Inaktiv", role: "PROJECT_LEAD", active: false } });
    const candidates = { lead: demo.lead.id, otherHead: demo.headVerk.id, admin: demo.admin.id, viewer: viewer.id, council: council.id, inactive: inactive.id };
    const verdicts: Record<string, [string, string]> = {};
    for (const [who, userId] of Object.entries(candidates)) {
      const page = await addInitiativeLeadAction.execute(demo.head, { initiativeId: own.data.id, userId }, { db: demo.prisma, locale: "de" });
      const form = await create(demo.head, input({ leadUserIds: [userId] }));
      verdicts[who] = [page.ok ? "ok" : `${page.code} ${page.fieldErrors?.userId}`, form.ok ? "ok" : `${form.code} ${form.fieldErrors?.leadUserIds}`];
    }
    const refused = `VALIDATION ${de.initiatives.errors.leadRole}`;
    expect(verdicts).toEqual({
      lead: ["ok", "ok"],
      otherHead: ["ok", "ok"],
      admin: [refused, refused],
      viewer: [refused, refused],
      council: [refused, refused],
      inactive: [refused, refused],
    });
  });

  it("refuses an unknown partner as the initiative page does, on the row's field", async () => {
    const own = await create(demo.head, input());
    if (!own.ok) throw new Error(JSON.stringify(own));
    const unknown = "0190aaaa-0000-7000-8000-000000000000";
    const page = await addInitiativePartnerAction.execute(demo.head, { initiativeId: own.data.id, partnerId: unknown, role: "OPERATOR" }, { db: demo.prisma, locale: "de" });
    expect(page).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { partnerId: [de.validation.choice] } });
    const before = await footprint();
    const form = await create(demo.head, input({ partners: [{ partnerId: ids.partners[0], role: "OPERATOR" }, { partnerId: unknown, role: "OPERATOR" }] }));
    expect(form).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "partners.1.partnerId": [de.validation.choice] } });
    expect(await footprint()).toEqual(before);
  });

  it("cannot place leads, partners or milestones in another department's new initiative", async () => {
    const before = await footprint();
    const raw = inputWithFirstSteps({
      departmentId: ids.verk,
      milestones: [{ title: "Start", baselineDate: "2026-12-31" }],
    });
    expect(await create(demo.head, raw)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await footprint()).toEqual(before);
    expect(await create(demo.headVerk, raw)).toMatchObject({ ok: true });
  });
});
