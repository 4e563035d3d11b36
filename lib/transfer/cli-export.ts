// `npm run export -- <file.xlsx>` below the script (scripts/export.ts), testable in-process: writes
// the whole masterplan as the template workbook, acting as the system, and audits the export like
// the other command-line commands audit their changes.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { actorFields, toAuditJson } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { exportMasterplan, SYSTEM } from "./export";

export function exportUsage(name: string) {
  return `usage: npm run ${name} -- <file.xlsx>`;
}

/** Writes the export to `file` (must end in .xlsx) and returns what it wrote. */
export async function exportToFile(db: Db, file: string, now?: Date) {
  if (!file.toLowerCase().endsWith(".xlsx")) throw new Error("the output file must end in .xlsx");
  const out = await exportMasterplan(db, SYSTEM, "de", now);
  await fs.writeFile(file, out.body);
  const sha256 = createHash("sha256").update(out.body).digest("hex");
  const masterplan = await db.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  await db.auditEvent.create({
    data: {
      ...actorFields(null, "cli"),
      action: "masterplan.exported",
      entityType: "Masterplan",
      entityId: masterplan?.id ?? null,
      after: toAuditJson({ file: path.basename(file), bytes: out.body.byteLength, sha256, counts: out.counts }),
    },
  });
  return { bytes: out.body.byteLength, sha256, counts: out.counts };
}
