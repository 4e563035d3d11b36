// Test fixtures for status reports (used by lib/reports/*.test.ts and the authorization matrix):
// scratch initiatives with chosen leads, and reports in a chosen state, written straight to the
// test database so each test starts from a known place.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Health, ReportState } from "@/lib/generated/prisma/enums";
import { currentPeriod } from "./period";

const suffix = () => randomBytes(4).toString("hex").toUpperCase();

/** A running initiative of the given department, led by the given users, without any report. */
export async function scratchInitiative(
  db: Db,
  opts: { departmentId: string; leadIds: string[]; health?: Health; actualStart?: Date; title?: string },
) {
  const field = await db.fieldOfAction.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true } });
  const code = `RPT-${suffix()}`;
  return db.initiative.create({
    data: {
      code,
      slug: code.toLowerCase(),
      title: opts.title ?? `Berichtstest ${code}`,
      fieldOfActionId: field.id,
      departmentId: opts.departmentId,
      status: "IN_PROGRESS",
      health: opts.health ?? "ON_TRACK",
      actualStart: opts.actualStart ?? new Date("2024-01-01T00:00:00Z"),
      visibility: "PUBLIC",
      leads: { create: opts.leadIds.map((userId) => ({ userId })) },
    },
    select: { id: true, code: true, slug: true, departmentId: true, health: true },
  });
}

/** A report in the given state (for the current period unless told otherwise). */
export async function scratchReport(
  db: Db,
  initiativeId: string,
  opts: { state: ReportState; period?: string; health?: Health; summary?: string; publicSummary?: string; submittedById?: string; submittedAt?: Date },
) {
  const submitted = opts.state !== "DRAFT";
  return db.statusReport.create({
    data: {
      initiativeId,
      period: opts.period ?? currentPeriod(),
      health: opts.health ?? "AT_RISK",
      summary: opts.summary ?? "Zusammenfassung für den Test.",
      publicSummary: opts.publicSummary ?? "",
      state: opts.state,
      submittedById: submitted ? (opts.submittedById ?? null) : null,
      submittedAt: submitted ? (opts.submittedAt ?? new Date()) : null,
      reviewComment: opts.state === "RETURNED" ? "Bitte ergänzen." : null,
    },
    select: { id: true, version: true, period: true, state: true },
  });
}

export async function departmentId(db: Db, code: string): Promise<string> {
  return (await db.department.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}
