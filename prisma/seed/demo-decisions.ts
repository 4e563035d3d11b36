// Demo council decisions (Ratsbeschlüsse) of the example city Duisburg, with Drucksache numbers,
// attached to the masterplan, a field of action and initiatives; and one public document of the
// Rhine Cloud initiative. Example data like the rest of the demo (the plan is marked as such).
// The document's file is written to the document store under a fixed key, so seeding again
// overwrites it instead of piling files up.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { sampleDocumentPdf } from "@/lib/documents/sample-pdf";
import { documentStore } from "@/lib/documents/storage";
import type { DecisionOutcome, Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
type Attach = { masterplan?: true; fields?: string[]; initiatives?: string[] };

const DECISIONS: { body: string; number: string; decidedOn: string; title: string; titleEn: string; outcome: DecisionOutcome; isPublic: boolean; attach: Attach }[] = [
  {
    body: "Rat der Stadt Duisburg",
    number: "18-0437",
    decidedOn: "2018-05-14",
    title: "Masterplan Digitales Duisburg – Beschluss und Beauftragung der Umsetzung",
    titleEn: "Masterplan Digital Duisburg – adoption and mandate for its implementation",
    outcome: "ADOPTED",
    isPublic: true,
    attach: { masterplan: true },
  },
  {
    body: "Ausschuss für Wirtschaft und Digitalisierung",
    number: "19-0312",
    decidedOn: "2019-03-18",
    title: "Aufbau der urbanen Datenplattform Rhine Cloud",
    titleEn: "Building the Rhine Cloud urban data platform",
    outcome: "ADOPTED",
    isPublic: true,
    attach: { initiatives: ["INF-01"] },
  },
  {
    body: "Rat der Stadt Duisburg",
    number: "20-0841",
    decidedOn: "2020-09-28",
    title: "5G-Modellregion Duisburg – Teilnahme und städtischer Eigenanteil",
    titleEn: "5G model region Duisburg – participation and the city's own share",
    outcome: "AMENDED",
    isPublic: true,
    attach: { initiatives: ["INF-02", "MOB-01"] },
  },
  {
    body: "Bezirksvertretung Mitte",
    number: "21-1120",
    decidedOn: "2021-11-11",
    title: "Sensorgestützte Parkplätze in der Innenstadt",
    titleEn: "Sensor-equipped parking in the city centre",
    outcome: "NOTED",
    isPublic: true,
    attach: { initiatives: ["MOB-03"] },
  },
  {
    body: "Rat der Stadt Duisburg",
    number: "24-0815",
    decidedOn: "2024-03-12",
    title: "Fortschreibung des Masterplans Digitales Duisburg – Sachstand und Eckpunkte",
    titleEn: "Updating the Masterplan Digital Duisburg – progress and key points",
    outcome: "DEFERRED",
    isPublic: false,
    attach: { masterplan: true, fields: ["INF"] },
  },
];

/** The demo's public document: its fixed key and name. */
export const DEMO_DOCUMENT = { key: "0190d0c0-0000-7000-8000-00000000d0c1", name: "Rhine Cloud – Datenplattform Überblick.pdf", initiative: "INF-01" } as const;

/** Writes the demo document's file to the store (before the rows that point at it). */
export async function storeDemoDocument(): Promise<{ size: number; sha256: string }> {
  const bytes = sampleDocumentPdf("Rhine Cloud - urbane Datenplattform der Stadt Duisburg (Beispieldaten)");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mm-demo-document-"));
  try {
    const file = path.join(dir, "document.pdf");
    await fs.writeFile(file, bytes);
    await documentStore().put(DEMO_DOCUMENT.key, file, bytes.length, "application/pdf");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return { size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export async function seedDemoDecisions(tx: Tx, ids: { masterplanId: string; fieldIdByCode: Map<string, string>; initiativeIdByCode: Map<string, string> }, document: { size: number; sha256: string } | null) {
  for (const { attach, decidedOn, ...d } of DECISIONS) {
    const created = await tx.councilDecision.create({ data: { ...d, decidedOn: new Date(`${decidedOn}T00:00:00Z`) }, select: { id: true } });
    const links: Prisma.CouncilDecisionLinkCreateManyInput[] = [];
    if (attach.masterplan) links.push({ decisionId: created.id, masterplanId: ids.masterplanId });
    for (const code of attach.fields ?? []) {
      const id = ids.fieldIdByCode.get(code);
      if (id) links.push({ decisionId: created.id, fieldOfActionId: id });
    }
    for (const code of attach.initiatives ?? []) {
      const id = ids.initiativeIdByCode.get(code);
      if (id) links.push({ decisionId: created.id, initiativeId: id });
    }
    await tx.councilDecisionLink.createMany({ data: links });
  }
  const initiativeId = ids.initiativeIdByCode.get(DEMO_DOCUMENT.initiative);
  if (document && initiativeId) {
    await tx.document.create({
      data: { initiativeId, name: DEMO_DOCUMENT.name, contentType: "application/pdf", size: document.size, sha256: document.sha256, storageKey: DEMO_DOCUMENT.key, isPublic: true },
    });
  }
}
