// The import under four eyes before publishing (issue 18, item 5): with PUBLISH_REVIEW on, a file
// makes nothing newly public — new public rows and internal → public changes stay internal and
// become pending publication requests of the importing user (the same requests the forms make, with
// their preview), created in the import's transaction; what is public already stays public; the dry
// run and the CLI's lines say what will be submitted. Another head or admin approves; the importer
// cannot. With PUBLISH_REVIEW=false the import publishes at once, as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { reloadEnv } from "@/lib/env";
import { invalidatePublicCache } from "@/lib/public/cache";
import { loadPublicInitiative } from "@/lib/public/initiative-queries";
import { approvePublishAction } from "@/lib/publish/mutations";
import { demoFixture } from "@/tests/db";
import { reportLines } from "../cli-import";
import { masterplanRows } from "../export";
import { writeWorkbook, type WorkbookData } from "../workbook";
import type { ImportReport } from "./types";
import { importWorkbookAction } from "./workbook-action";

const demo = demoFixture();
const saved = process.env.PUBLISH_REVIEW;
let exported: WorkbookData;
type Row = NonNullable<WorkbookData["initiatives"]>[number];
let pubRow: Row;
let otherRow: Row;
let pubCode: string;
let otherCode: string;

function review(on: boolean) {
  process.env.PUBLISH_REVIEW = on ? "true" : "false";
  reloadEnv();
}

beforeAll(async () => {
  exported = await masterplanRows(demo.prisma);
  const digi = exported.initiatives!.filter((i) => i.departmentCode === "DIGI" && i.visibility === "Öffentlich");
  [pubRow, otherRow] = [digi[0]!, digi[1]!];
  [pubCode, otherCode] = [pubRow.code!, otherRow.code!];
});

afterAll(() => {
  process.env.PUBLISH_REVIEW = saved;
  reloadEnv();
});

async function importRows(actor: Actor, data: WorkbookData, dryRun: boolean): Promise<ImportReport> {
  const bytes = await writeWorkbook(data, "de");
  const r = await importWorkbookAction.execute(actor, { fileName: "freigabe.xlsx", contentBase64: Buffer.from(bytes).toString("base64"), dryRun }, { db: demo.prisma, locale: "de", requestId: "req-import" });
  if (!r.ok) throw new Error(JSON.stringify(r));
  expect(r.data.rows.filter((x) => x.outcome === "error")).toEqual([]);
  return r.data;
}

const milestone = (initiativeCode: string, title: string, isPublic: "ja" | "nein" = "ja") => ({
  initiativeCode, code: "", title, description: "", baselineDate: "2027-02-28", forecastDate: "2027-02-28", completedDate: "",
  weight: "1", isPublic, titleEn: "", descriptionEn: "", responsiblePartner: "",
});

async function publicPage(code: string) {
  await invalidatePublicCache();
  const { slug } = await demo.prisma.initiative.findUniqueOrThrow({ where: { code }, select: { slug: true } });
  return loadPublicInitiative(demo.prisma, slug);
}

const pendingFor = (targetId: string) => demo.prisma.publishRequest.findFirst({ where: { targetId, status: "PENDING" } });

describe("importing with PUBLISH_REVIEW on", () => {
  beforeAll(() => review(true));

  it("publishes nothing new: the rows' publications become the importer's pending requests, approved by another person", async () => {
    // An internal initiative of the head's department the file turns public.
    await demo.prisma.initiative.update({ where: { code: otherCode }, data: { visibility: "INTERNAL" } });
    const file: WorkbookData = {
      initiatives: [
        { ...pubRow, code: "FRG-01", title: "Importiert und zur Freigabe", visibility: "Öffentlich" },
        { ...otherRow, visibility: "Öffentlich" },
        // Public already: stays public, nothing to ask.
        { ...pubRow, summary: "Neu formuliert beim Import" },
      ],
      milestones: [
        milestone(pubCode, "Neuer öffentlicher Meilenstein"),
        // On an initiative citizens do not see yet: flagged at once, shown with the initiative's approval.
        milestone("FRG-01", "Meilenstein des neuen Vorhabens"),
        milestone(pubCode, "Interner Zwischenschritt", "nein"),
      ],
    };

    const dry = await importRows(demo.head, file, true);
    expect(dry.publishRequests).toBe(3);
    expect(dry.rows.map((r) => [r.key, r.outcome, r.publishRequested ?? false])).toEqual([
      ["FRG-01", "create", true],
      [otherCode, "update", true],
      [pubCode, "update", false],
      [`${pubCode} / Neuer öffentlicher Meilenstein`, "create", true],
      ["FRG-01 / Meilenstein des neuen Vorhabens", "create", false],
      [`${pubCode} / Interner Zwischenschritt`, "create", false],
    ]);
    const dryLines = reportLines(dry);
    expect(dryLines).toContain(`update  Vorhaben Zeile 3: ${otherCode} (Sichtbarkeit) -> will be submitted for publication review`);
    expect(dryLines.at(-1)).toBe("created 4, updated 2, unchanged 0, errors 0, publication requests 3");
    expect(await demo.prisma.publishRequest.count({ where: { status: "PENDING", requestedById: demo.head.id } })).toBe(0);

    const applied = await importRows(demo.head, file, false);
    expect(applied).toMatchObject({ applied: true, publishRequests: 3 });
    expect(reportLines(applied).at(-1)).toBe("created 4, updated 2, unchanged 0, errors 0, publication requests 3");

    // Nothing new on the public site.
    const created = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "FRG-01" }, select: { id: true, visibility: true } });
    expect(created.visibility).toBe("INTERNAL");
    expect(await publicPage("FRG-01")).toBeNull();
    expect(await publicPage(otherCode)).toBeNull();
    const pubPage = await publicPage(pubCode);
    expect(pubPage?.summary).toBe("Neu formuliert beim Import");
    expect(JSON.stringify(pubPage)).not.toContain("Neuer öffentlicher Meilenstein");
    const newMilestone = await demo.prisma.milestone.findFirstOrThrow({ where: { title: "Neuer öffentlicher Meilenstein" } });
    expect(newMilestone.isPublic).toBe(false);
    expect((await demo.prisma.milestone.findFirstOrThrow({ where: { title: "Meilenstein des neuen Vorhabens" } })).isPublic).toBe(true);

    // The same requests the forms make: the importer's, with the preview, audited in the import's request.
    const other = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: otherCode }, select: { id: true } });
    const requests = await Promise.all([pendingFor(created.id), pendingFor(other.id), pendingFor(newMilestone.id)]);
    for (const r of requests) expect(r).toMatchObject({ status: "PENDING", requestedById: demo.head.id, departmentId: demo.head.departmentId });
    const [forCreated, forOther, forMilestone] = [requests[0]!, requests[1]!, requests[2]!];
    expect(forCreated.targetKind).toBe("INITIATIVE");
    expect(forCreated.snapshot).toEqual(expect.arrayContaining([{ key: "title", value: ["Importiert und zur Freigabe"] }]));
    expect(JSON.stringify(forCreated.snapshot)).toContain("Meilenstein des neuen Vorhabens");
    expect(forMilestone.targetKind).toBe("MILESTONE");
    const asked = await demo.prisma.auditEvent.findMany({ where: { action: "publish.request", requestId: "req-import" } });
    expect(asked.map((a) => a.entityId).sort()).toEqual([forCreated.id, forOther.id, forMilestone.id].sort());

    // The importer cannot approve; the admin can, and then it is public.
    const opts = { db: demo.prisma, locale: "de" as const };
    expect(await approvePublishAction.execute(demo.head, { id: forCreated.id, version: forCreated.version }, opts)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await approvePublishAction.execute(demo.admin, { id: forCreated.id, version: forCreated.version }, opts)).toMatchObject({ ok: true });
    expect(await approvePublishAction.execute(demo.admin, { id: forMilestone.id, version: forMilestone.version }, opts)).toMatchObject({ ok: true });
    const nowPublic = await publicPage("FRG-01");
    expect(nowPublic?.title).toBe("Importiert und zur Freigabe");
    expect(JSON.stringify(nowPublic)).toContain("Meilenstein des neuen Vorhabens");
    expect(JSON.stringify(await publicPage(pubCode))).toContain("Neuer öffentlicher Meilenstein");
    expect(await publicPage(otherCode)).toBeNull();
  });

  it("asks nothing again when the same file comes a second time while its questions are open; a row that changes more asks anew", async () => {
    const file: WorkbookData = {
      initiatives: [{ ...pubRow, code: "FRG-05", title: "Zweimal importiert", visibility: "Öffentlich" }],
      milestones: [milestone(pubCode, "Zweimal importierter Meilenstein")],
    };
    const first = await importRows(demo.head, file, false);
    expect(first.publishRequests).toBe(2);
    const initiative = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "FRG-05" }, select: { id: true } });
    const ms = await demo.prisma.milestone.findFirstOrThrow({ where: { title: "Zweimal importierter Meilenstein" }, select: { id: true } });
    const open = [(await pendingFor(initiative.id))!, (await pendingFor(ms.id))!];

    for (const dryRun of [true, false]) {
      const again = await importRows(demo.head, file, dryRun);
      expect(again.publishRequests).toBe(0);
      expect(again.rows.map((r) => [r.key, r.outcome, r.publishRequested ?? false])).toEqual([
        ["FRG-05", "unchanged", false],
        [`${pubCode} / Zweimal importierter Meilenstein`, "unchanged", false],
      ]);
      expect(reportLines(again).at(-1)).toBe("created 0, updated 0, unchanged 2, errors 0");
    }
    // The open requests are the same ones, still pending: nothing withdrawn, nothing asked twice.
    for (const r of open) expect(await demo.prisma.publishRequest.findMany({ where: { targetId: r.targetId } })).toEqual([r]);

    // A row that changes more asks again, for the target as it is now; the older question is superseded.
    const changed = await importRows(demo.head, { initiatives: [{ ...file.initiatives![0]!, summary: "Beim zweiten Import ergänzt" }] }, false);
    expect(changed.rows.map((r) => [r.key, r.outcome, r.publishRequested ?? false])).toEqual([["FRG-05", "update", true]]);
    const requests = await demo.prisma.publishRequest.findMany({ where: { targetId: initiative.id }, orderBy: { requestedAt: "asc" } });
    expect(requests.map((r) => r.status)).toEqual(["WITHDRAWN", "PENDING"]);
    expect(requests[1]!.targetVersion).toBe(requests[0]!.targetVersion + 1);
  });

  it("asks for a new public KPI of the plan in the admin's name, which the same admin cannot approve", async () => {
    const fieldKpi = exported.kpis!.find((k) => k.scope === "Handlungsfeld")!;
    const report = await importRows(demo.admin, { kpis: [{ ...fieldKpi, name: "Importierte Kennzahl zur Freigabe" }] }, false);
    expect(report).toMatchObject({ applied: true, publishRequests: 1 });
    const kpi = await demo.prisma.kpi.findFirstOrThrow({ where: { name: "Importierte Kennzahl zur Freigabe" } });
    expect(kpi.isPublic).toBe(false);
    const request = (await pendingFor(kpi.id))!;
    expect(request).toMatchObject({ targetKind: "KPI", requestedById: demo.admin.id, departmentId: null });
    expect(await approvePublishAction.execute(demo.admin, { id: request.id, version: request.version }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("asks nothing when an import with an error writes nothing", async () => {
    const before = await demo.prisma.publishRequest.count();
    const bytes = await writeWorkbook({ initiatives: [{ ...pubRow, code: "FRG-02", visibility: "Öffentlich" }, { ...pubRow, code: "FRG-03", fieldCode: "NIX" }] }, "de");
    const r = await importWorkbookAction.execute(demo.head, { fileName: "fehler.xlsx", contentBase64: Buffer.from(bytes).toString("base64"), dryRun: false }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { applied: false } });
    expect(await demo.prisma.publishRequest.count()).toBe(before);
    expect(await demo.prisma.initiative.count({ where: { code: "FRG-02" } })).toBe(0);
  });
});

describe("importing with PUBLISH_REVIEW=false", () => {
  beforeAll(() => review(false));

  it("publishes at once, as before, and asks nothing", async () => {
    const report = await importRows(demo.head, { initiatives: [{ ...pubRow, code: "FRG-09", title: "Sofort öffentlich", visibility: "Öffentlich" }], milestones: [milestone(pubCode, "Sofort öffentlicher Meilenstein")] }, false);
    expect(report.publishRequests).toBe(0);
    expect(report.rows.some((r) => r.publishRequested)).toBe(false);
    expect(reportLines(report).at(-1)).toBe("created 2, updated 0, unchanged 0, errors 0");
    expect((await publicPage("FRG-09"))?.title).toBe("Sofort öffentlich");
    expect(JSON.stringify(await publicPage(pubCode))).toContain("Sofort öffentlicher Meilenstein");
    const created = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "FRG-09" }, select: { id: true } });
    expect(await pendingFor(created.id)).toBeNull();
  });
});
