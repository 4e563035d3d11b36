// The database as the import sees it: everything a workbook can name, loaded with one query per
// table (never per row), indexed by the keys the workbook uses. Planning then works in memory.
import type { Tx } from "@/lib/db/client";

export async function loadState(tx: Tx) {
  const masterplan = await tx.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true, slug: true } });
  const fields = await tx.fieldOfAction.findMany({
    select: { id: true, masterplanId: true, code: true, slug: true, title: true, description: true, titleEn: true, descriptionEn: true, sortOrder: true, color: true, archivedAt: true },
  });
  const departments = await tx.department.findMany({ select: { id: true, code: true, name: true } });
  const partners = await tx.partner.findMany({ select: { id: true, slug: true, name: true, kind: true, website: true, description: true } });
  const districts = await tx.district.findMany({ select: { id: true, code: true, slug: true, name: true, sortOrder: true, archivedAt: true } });
  const users = await tx.user.findMany({ select: { id: true, email: true, role: true, active: true, partnerId: true } });
  const initiatives = await tx.initiative.findMany({
    select: {
      id: true, code: true, slug: true, title: true, summary: true, description: true, titleEn: true, summaryEn: true, descriptionEn: true, fieldOfActionId: true, departmentId: true,
      status: true, health: true, healthReason: true, plannedStart: true, plannedEnd: true, visibility: true, tags: true, archivedAt: true, version: true,
      leads: { select: { userId: true } },
      members: { select: { userId: true, role: true } },
      contributingDepartments: { select: { departmentId: true } },
      partners: { select: { id: true, partnerId: true, role: true } },
      districts: { select: { districtId: true } },
    },
  });
  const milestones = await tx.milestone.findMany({
    select: {
      id: true, initiativeId: true, code: true, title: true, description: true, baselineDate: true, forecastDate: true,
      completedDate: true, weight: true, isPublic: true, sortOrder: true, titleEn: true, descriptionEn: true, responsiblePartnerId: true, version: true,
    },
  });
  const kpis = await tx.kpi.findMany({
    select: {
      id: true, scope: true, masterplanId: true, fieldOfActionId: true, initiativeId: true, name: true, description: true, unit: true,
      valueType: true, direction: true, baselineValue: true, baselineDate: true, targetValue: true, targetDate: true, frequency: true,
      isPublic: true, method: true, source: true, nameEn: true, unitEn: true, descriptionEn: true, responsiblePartnerId: true, version: true,
    },
  });
  const measurements = await tx.kpiMeasurement.findMany({ select: { id: true, kpiId: true, periodDate: true, value: true, note: true } });
  const budgetLines = await tx.budgetLine.findMany({
    select: { id: true, initiativeId: true, year: true, fundingSource: true, programmeId: true, grantReference: true, planned: true, actual: true, isPublic: true, note: true, version: true },
  });
  const programmes = await tx.fundingProgramme.findMany({ select: { id: true, name: true, level: true, archivedAt: true } });
  // PUBLISH_REVIEW: the open questions, so a second import of the same file does not ask them again.
  const pendingPublications = await tx.publishRequest.findMany({ where: { status: "PENDING" }, select: { targetKind: true, targetId: true, targetVersion: true } });
  return { masterplan, fields, departments, partners, districts, users, initiatives, milestones, kpis, measurements, budgetLines, programmes, pendingPublications };
}

export type ImportState = Awaited<ReturnType<typeof loadState>>;
