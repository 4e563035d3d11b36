// The workbook carries who answers for an initiative besides its leads: deputies, editors, partner
// contacts (e-mail addresses) and contributing departments (codes) per initiative, and the
// responsible partner of milestones and KPIs. Exported, read back unchanged; edited cells change the
// sets (audited); the app's rules hold (a partner contact's partner must work on the initiative, a
// project lead is no partner contact, the lead department does not contribute).
import { beforeAll, describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { masterplanRows } from "../export";
import { writeWorkbook, type WorkbookData } from "../workbook";
import { importWorkbookAction } from "./workbook-action";
import type { ImportReport } from "./types";

const demo = demoFixture();
const CODE = "MOB-01";
let exported: WorkbookData;

async function importRows(data: WorkbookData, dryRun = false): Promise<ImportReport> {
  const bytes = await writeWorkbook(data, "de");
  const r = await importWorkbookAction.execute(demo.admin, { fileName: "people.xlsx", contentBase64: Buffer.from(bytes).toString("base64"), dryRun }, { db: demo.prisma, locale: "de" });
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.data;
}

const emailOf = (key: "lead" | "leadBil" | "partner" | "leadWir") => demo.prisma.user.findUniqueOrThrow({ where: { id: demo[key].id }, select: { email: true } }).then((u) => u.email);

beforeAll(async () => {
  const db = demo.prisma;
  const i = await db.initiative.findUniqueOrThrow({ where: { code: CODE }, select: { id: true } });
  // MOB-01 (VERK): the demo partner contact (UDE) is assigned; add a deputy, an editor and a contributing department.
  await db.initiativeMember.createMany({
    data: [
      { initiativeId: i.id, userId: demo.lead.id, role: "DEPUTY" },
      { initiativeId: i.id, userId: demo.leadBil.id, role: "EDITOR" },
    ],
  });
  const schul = await db.department.findUniqueOrThrow({ where: { code: "SCHUL" }, select: { id: true } });
  await db.initiativeContributingDepartment.create({ data: { initiativeId: i.id, departmentId: schul.id } });
  exported = await masterplanRows(db);
});

describe("responsibilities in the workbook", () => {
  it("exports deputies, editors, partner contacts, contributing departments and responsible partners, and reads them back unchanged", async () => {
    const row = exported.initiatives!.find((r) => r.code === CODE)!;
    expect(row).toMatchObject({ deputies: await emailOf("lead"), editors: await emailOf("leadBil"), partnerContacts: await emailOf("partner"), contributingDepartments: "SCHUL" });
    const milestone = exported.milestones!.find((m) => m.initiativeCode === CODE && m.title === "Zwischenbericht Fahrdaten und Sicherheit")!;
    expect(milestone.responsiblePartner).toBe("Universität Duisburg-Essen");
    const kpi = exported.kpis!.find((k) => k.ownerCode === CODE)!;
    expect(kpi.responsiblePartner).toBe("Universität Duisburg-Essen");
    const report = await importRows({ initiatives: [row], milestones: exported.milestones!.filter((m) => m.initiativeCode === CODE), kpis: [kpi] });
    expect(report.rows.map((r) => r.outcome)).toEqual(report.rows.map(() => "unchanged"));
  });

  it("replaces the sets an edited row names, audited with the initiative", async () => {
    const row = exported.initiatives!.find((r) => r.code === CODE)!;
    const report = await importRows({ initiatives: [{ ...row, deputies: await emailOf("leadWir"), editors: "", contributingDepartments: "SCHUL; UMW" }] });
    expect(report.rows[0]).toMatchObject({ outcome: "update", changed: expect.arrayContaining(["Stellvertretung (E-Mail)", "Bearbeitung (E-Mail)", "Beteiligte Ämter"]) });
    const stored = await demo.prisma.initiative.findUniqueOrThrow({
      where: { code: CODE },
      select: { id: true, members: { select: { userId: true, role: true } }, contributingDepartments: { select: { department: { select: { code: true } } } } },
    });
    expect(stored.members.map((m) => `${m.role}:${m.userId}`).sort()).toEqual([`DEPUTY:${demo.leadWir.id}`, `PARTNER_CONTACT:${demo.partner.id}`].sort());
    expect(stored.contributingDepartments.map((c) => c.department.code).sort()).toEqual(["SCHUL", "UMW"]);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "initiative.update", entityId: stored.id }, orderBy: { at: "desc" } });
    expect(event.after).toMatchObject({ contributingDepartments: expect.any(Array), members: expect.any(Array) });
    // The changed file, exported again and imported, changes nothing.
    const again = (await masterplanRows(demo.prisma)).initiatives!.find((r) => r.code === CODE)!;
    expect((await importRows({ initiatives: [again] }, true)).rows[0]).toMatchObject({ outcome: "unchanged" });
  });

  it("refuses a project lead as partner contact, a contact whose partner does not work on it, the lead department as contributor, and a foreign responsible partner", async () => {
    const row = exported.initiatives!.find((r) => r.code === CODE)!;
    const other = exported.initiatives!.find((r) => r.code === "VER-01")!; // UDE does not work on VER-01
    const milestone = exported.milestones!.find((m) => m.initiativeCode === "VER-01")!;
    const report = await importRows(
      {
        initiatives: [
          { ...row, partnerContacts: await emailOf("leadWir"), contributingDepartments: "VERK" },
          { ...other, partnerContacts: await emailOf("partner") },
        ],
        milestones: [{ ...milestone, responsiblePartner: "Universität Duisburg-Essen" }],
      },
      true,
    );
    const problems = report.rows.flatMap((r) => r.problems.map((p) => `${r.key}:${p.key}`));
    expect(problems).toEqual(
      expect.arrayContaining([`${CODE}:notAPartnerContact`, `${CODE}:leadDepartmentContributes`, "VER-01:partnerContactNotOnInitiative", expect.stringMatching(/partnerNotOnInitiative$/)]),
    );
  });
});
