// Matrix rows for council decisions and documents. "Own" targets belong to an initiative of the
// demo project lead (department DIGI, the demo department head's); "foreign" ones to an initiative
// of another department the lead does not lead. The plan's decisions and the register are admins'.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { attachDecisionAction, createDecisionAction, deleteDecisionAction, detachDecisionAction, updateDecisionAction } from "@/lib/decisions/mutations";
import { deleteDocumentAction, setDocumentPublicAction, uploadDocumentAction } from "@/lib/documents/mutations";
import { stageDocument } from "@/lib/documents/stage";
import type { Db } from "@/lib/db/client";
import { reloadEnv } from "@/lib/env";
import { pdf } from "@/tests/documents";
import { adminOnly, idAndVersion, leadInitiativeId, uniq, type Case, type Fixture, type Expectation, type Outcome, type RoleKey, type Scope } from "./shared";

// Uploads in these rows are stored for real: in a directory of their own, not the checkout's .data.
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "mm-matrix-documents-"));
reloadEnv();

/** councilDecision.attach, document.manage: admins, the head of the initiative's department, its lead. */
const team: Expectation = { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "ok", viewer: "FORBIDDEN" };
/** On another department's initiative only the admin may act. */
const adminOutside: Partial<Record<RoleKey, Outcome>> = { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN" };

const fields = () => ({ body: "Rat", number: `M-${uniq()}`, decidedOn: "2025-02-20", title: "Matrixbeschluss", outcome: "ADOPTED", isPublic: false });

const scratchDecision = (db: Db) =>
  db.councilDecision.create({ data: { body: "Rat", number: `M-${uniq()}`, decidedOn: new Date("2025-02-20T00:00:00Z"), title: "Matrixbeschluss", outcome: "ADOPTED" } });

async function scratchLink(f: Fixture, scope: Scope) {
  const d = await scratchDecision(f.db);
  return f.db.councilDecisionLink.create({ data: { decisionId: d.id, initiativeId: await leadInitiativeId(f, scope) } });
}

/** A document row whose file is not there (publishing and deleting need no bytes). */
async function scratchDocument(f: Fixture, scope: Scope) {
  return f.db.document.create({
    data: { initiativeId: await leadInitiativeId(f, scope), name: "Matrix.pdf", contentType: "application/pdf", size: 10, sha256: "0".repeat(64), storageKey: randomUUID() },
  });
}

async function staged(f: Fixture, scope: Scope) {
  const r = await stageDocument(Readable.from([pdf("Matrix")]), "Matrix.pdf");
  if (!r.ok) throw new Error(`staging failed: ${r.problem}`);
  return { initiativeId: await leadInitiativeId(f, scope), isPublic: false, upload: r.staged.token };
}

export const CASES: Case[] = [
  {
    action: createDecisionAction as Case["action"],
    input: async (f) => ({ ...fields(), targetKind: "initiative", targetId: await leadInitiativeId(f, "own") }),
    expect: team,
    foreign: { input: async (f) => ({ ...fields(), targetKind: "initiative", targetId: await leadInitiativeId(f, "foreign") }), expect: adminOutside },
  },
  {
    // The plan and its fields: admins only.
    action: createDecisionAction as Case["action"],
    input: async (f) => ({ ...fields(), targetKind: "masterplan", targetId: (await f.db.masterplan.findFirstOrThrow({ select: { id: true } })).id }),
    expect: adminOnly,
  },
  {
    action: updateDecisionAction as Case["action"],
    input: async (f) => ({ ...idAndVersion(await scratchDecision(f.db)), ...fields() }),
    expect: adminOnly,
  },
  {
    action: deleteDecisionAction as Case["action"],
    input: async (f) => idAndVersion(await scratchDecision(f.db)),
    expect: adminOnly,
  },
  {
    action: attachDecisionAction as Case["action"],
    input: async (f) => ({ decisionId: (await scratchDecision(f.db)).id, targetKind: "initiative", targetId: await leadInitiativeId(f, "own") }),
    expect: team,
    foreign: { input: async (f) => ({ decisionId: (await scratchDecision(f.db)).id, targetKind: "initiative", targetId: await leadInitiativeId(f, "foreign") }), expect: adminOutside },
  },
  {
    action: detachDecisionAction as Case["action"],
    input: async (f) => ({ linkId: (await scratchLink(f, "own")).id }),
    expect: team,
    foreign: { input: async (f) => ({ linkId: (await scratchLink(f, "foreign")).id }), expect: adminOutside },
  },
  {
    action: uploadDocumentAction as Case["action"],
    input: (f) => staged(f, "own"),
    expect: team,
    foreign: { input: (f) => staged(f, "foreign"), expect: adminOutside },
  },
  {
    action: setDocumentPublicAction as Case["action"],
    input: async (f) => ({ ...idAndVersion(await scratchDocument(f, "own")), isPublic: true }),
    expect: team,
    foreign: { input: async (f) => ({ ...idAndVersion(await scratchDocument(f, "foreign")), isPublic: true }), expect: adminOutside },
  },
  {
    action: deleteDocumentAction as Case["action"],
    input: async (f) => idAndVersion(await scratchDocument(f, "own")),
    expect: team,
    foreign: { input: async (f) => idAndVersion(await scratchDocument(f, "foreign")), expect: adminOutside },
  },
];
