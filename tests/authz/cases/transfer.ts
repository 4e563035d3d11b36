// Matrix rows for the workbook import: admins, and department heads (for their own department's
// initiatives; the per-row checks are tested in lib/transfer/import/import.test.ts). Everyone else
// is refused before the file is read.
import { masterplanRows } from "@/lib/transfer/export";
import { importWorkbookAction } from "@/lib/transfer/import/workbook-action";
import { writeWorkbook } from "@/lib/transfer/workbook";
import { uniq, type Case } from "./shared";

export const CASES: Case[] = [
  {
    action: importWorkbookAction as Case["action"],
    input: async (f, role) => {
      const rows = await masterplanRows(f.db);
      const own = f.actors.head.departmentId!;
      const department = await f.db.department.findUniqueOrThrow({ where: { id: own } });
      const initiative = rows.initiatives!.find((i) => i.departmentCode === department.code)!;
      const bytes = await writeWorkbook({ initiatives: [{ ...initiative, summary: `Matrix ${role} ${uniq()}` }] }, "de");
      return { fileName: "matrix.xlsx", contentBase64: Buffer.from(bytes).toString("base64"), dryRun: false };
    },
    expect: { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN" },
  },
];
