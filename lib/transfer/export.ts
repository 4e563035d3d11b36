// "Alles exportieren": the whole current masterplan as the template workbook, so that the reader
// gives back exactly these cell texts and a later import of the file changes nothing. Admins only
// ("structure.manage"); the command line exports as the system (scripts/export.ts).
import { assertCan, type Actor } from "@/lib/authz/policy";
import { cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { enumLabel } from "./columns";
import { isoDay, joinList, yesNo } from "./cells";
import { renderInWorker } from "@/lib/exports/pool";
import { XLSX_CONTENT_TYPE, type WorkbookData } from "./workbook";

/** The command line acting without a user (the machine's operator, who holds the database itself). */
export const SYSTEM = Symbol("system");
export type ExportViewer = Actor | null | undefined | typeof SYSTEM;

const dec = (d: { toString(): string } | null | undefined) => (d == null ? "" : d.toString());
const str = (s: string | null | undefined) => s ?? "";
/** The e-mail addresses of an initiative's members of one role, sorted, as one list cell. */
const membersOf = (members: { role: string; user: { email: string } }[], role: string) => joinList(members.filter((m) => m.role === role).map((m) => m.user.email).sort());

/** Every sheet's rows as canonical cell texts (what the reader returns for the written file). */
export async function masterplanRows(db: Db): Promise<WorkbookData> {
  const masterplan = await db.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true, slug: true } });
  const [fields, departments, partners, districts, initiatives, kpis, budgetLines] = await Promise.all([
    masterplan
      ? db.fieldOfAction.findMany({ where: { masterplanId: masterplan.id }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] })
      : Promise.resolve([]),
    db.department.findMany({ orderBy: { code: "asc" } }),
    db.partner.findMany({ orderBy: { name: "asc" } }),
    db.district.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
    db.initiative.findMany({
      where: { archivedAt: null },
      orderBy: { code: "asc" },
      include: {
        fieldOfAction: { select: { code: true } },
        department: { select: { code: true } },
        leads: { select: { user: { select: { email: true } } } },
        members: { select: { role: true, user: { select: { email: true } } } },
        contributingDepartments: { select: { department: { select: { code: true } } } },
        partners: { select: { role: true, partner: { select: { name: true } } }, orderBy: [{ partner: { name: "asc" } }, { role: "asc" }] },
        districts: { select: { district: { select: { code: true, sortOrder: true } } } },
        milestones: { orderBy: [{ sortOrder: "asc" }, { baselineDate: "asc" }, { title: "asc" }], include: { responsiblePartner: { select: { name: true } } } },
      },
    }),
    db.kpi.findMany({
      where: { OR: [{ initiativeId: null }, { initiative: { archivedAt: null } }] },
      orderBy: [{ scope: "asc" }, { name: "asc" }],
      include: {
        masterplan: { select: { slug: true } },
        fieldOfAction: { select: { code: true } },
        initiative: { select: { code: true } },
        responsiblePartner: { select: { name: true } },
        measurements: { orderBy: { periodDate: "asc" } },
      },
    }),
    db.budgetLine.findMany({
      where: { initiative: { archivedAt: null } },
      orderBy: [{ initiative: { code: "asc" } }, { year: "asc" }, { fundingSource: "asc" }, { programme: { name: "asc" } }],
      include: { initiative: { select: { code: true } }, programme: { select: { name: true } } },
    }),
  ]);

  const kpiOwner = (k: (typeof kpis)[number]) => k.masterplan?.slug ?? k.fieldOfAction?.code ?? k.initiative?.code ?? "";
  const kpiRows = kpis.filter((k) => kpiOwner(k));
  kpiRows.sort((a, b) => a.scope.localeCompare(b.scope) || kpiOwner(a).localeCompare(kpiOwner(b)) || a.name.localeCompare(b.name));

  return {
    fieldsOfAction: fields.map((f) => ({ code: f.code, title: f.title, description: f.description, sortOrder: String(f.sortOrder), color: str(f.color), titleEn: str(f.titleEn), descriptionEn: str(f.descriptionEn) })),
    departments: departments.map((d) => ({ code: d.code, name: d.name })),
    partners: partners.map((p) => ({ name: p.name, kind: enumLabel("partnerKind", p.kind), website: str(p.website), description: p.description })),
    districts: districts.map((d) => ({ code: d.code, name: d.name, sortOrder: String(d.sortOrder) })),
    initiatives: initiatives.map((i) => ({
      code: i.code,
      title: i.title,
      summary: i.summary,
      description: i.description,
      fieldCode: i.fieldOfAction.code,
      departmentCode: i.department.code,
      status: enumLabel("status", i.status),
      health: enumLabel("health", i.health),
      healthReason: str(i.healthReason),
      plannedStart: isoDay(i.plannedStart),
      plannedEnd: isoDay(i.plannedEnd),
      visibility: enumLabel("visibility", i.visibility),
      leads: joinList(i.leads.map((l) => l.user.email).sort()),
      partners: joinList(i.partners.map((p) => `${p.partner.name} (${enumLabel("partnerRole", p.role)})`)),
      districts: joinList(
        i.districts
          .map((d) => d.district)
          .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
          .map((d) => d.code),
      ),
      tags: joinList(i.tags),
      titleEn: str(i.titleEn),
      summaryEn: str(i.summaryEn),
      descriptionEn: str(i.descriptionEn),
      deputies: membersOf(i.members, "DEPUTY"),
      editors: membersOf(i.members, "EDITOR"),
      partnerContacts: membersOf(i.members, "PARTNER_CONTACT"),
      contributingDepartments: joinList(i.contributingDepartments.map((c) => c.department.code).sort()),
    })),
    milestones: initiatives.flatMap((i) =>
      i.milestones.map((m) => ({
        initiativeCode: i.code,
        code: str(m.code),
        title: m.title,
        description: m.description,
        baselineDate: isoDay(m.baselineDate),
        forecastDate: isoDay(m.forecastDate),
        completedDate: isoDay(m.completedDate),
        weight: String(m.weight),
        isPublic: yesNo(m.isPublic),
        titleEn: str(m.titleEn),
        descriptionEn: str(m.descriptionEn),
        responsiblePartner: m.responsiblePartner?.name ?? "",
      })),
    ),
    kpis: kpiRows.map((k) => ({
      scope: enumLabel("kpiScope", k.scope),
      ownerCode: kpiOwner(k),
      name: k.name,
      description: k.description,
      unit: k.unit,
      valueType: enumLabel("valueType", k.valueType),
      direction: enumLabel("direction", k.direction),
      baselineValue: dec(k.baselineValue),
      baselineDate: isoDay(k.baselineDate),
      targetValue: dec(k.targetValue),
      targetDate: isoDay(k.targetDate),
      frequency: enumLabel("frequency", k.frequency),
      isPublic: yesNo(k.isPublic),
      method: k.method,
      source: k.source,
      nameEn: str(k.nameEn),
      unitEn: str(k.unitEn),
      descriptionEn: str(k.descriptionEn),
      responsiblePartner: k.responsiblePartner?.name ?? "",
    })),
    kpiValues: kpiRows.flatMap((k) =>
      k.measurements.map((m) => ({
        scope: enumLabel("kpiScope", k.scope),
        ownerCode: kpiOwner(k),
        kpiName: k.name,
        periodDate: isoDay(m.periodDate),
        value: dec(m.value),
        note: m.note,
      })),
    ),
    budgetLines: budgetLines.map((b) => ({
      initiativeCode: b.initiative.code,
      year: String(b.year),
      fundingSource: enumLabel("fundingSource", b.fundingSource),
      programme: b.programme?.name ?? "",
      grantReference: b.grantReference,
      planned: dec(b.planned),
      actual: dec(b.actual),
      isPublic: yesNo(b.isPublic),
      note: b.note,
    })),
  };
}

export type MasterplanExport = { body: Uint8Array; contentType: string; filename: string; counts: Record<string, number> };

/** The whole masterplan as the template workbook. Admins ("structure.manage") or the system. */
export async function exportMasterplan(db: Db, viewer: ExportViewer, locale: Locale = "de", now?: Date): Promise<MasterplanExport> {
  if (viewer !== SYSTEM) assertCan(viewer, "structure.manage");
  const data = await masterplanRows(db);
  const counts = Object.fromEntries(Object.entries(data).map(([k, rows]) => [k, rows?.length ?? 0]));
  // Read here, written on a worker thread (lib/exports/pool.ts).
  return { body: await renderInWorker({ kind: "masterplan-xlsx", data, locale }), contentType: XLSX_CONTENT_TYPE, filename: `masterplan-${cityToday(now)}.xlsx`, counts };
}
