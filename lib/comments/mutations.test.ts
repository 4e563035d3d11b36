import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { demoFixture, executeOk } from "@/tests/db";
import { createCommentAction, deleteCommentAction, updateCommentAction } from "./mutations";
import { listInitiativeComments } from "./queries";

const demo = demoFixture();
/** VER-01 */
let own: string;

async function commentBy(actor: Actor, body = "Bitte den Zeitplan prüfen.") {
  const { id } = await executeOk(createCommentAction, actor, { initiativeId: own, body }, { db: demo.prisma });
  return demo.prisma.comment.findUniqueOrThrow({ where: { id } });
}

beforeAll(async () => {
  own = (await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } })).id;
});

describe("createCommentAction", () => {
  it("lets a council member comment; the author is the actor, never a field of the input", async () => {
    const r = await createCommentAction.execute(
      demo.council,
      { initiativeId: own, body: "  Wann kommt der Bürgerservice online?\nDanke.  ", authorId: demo.admin.id, deletedAt: null },
      { db: demo.prisma, requestId: "req-comment-1" },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = await demo.prisma.comment.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(row).toMatchObject({ authorId: demo.council.id, initiativeId: own, body: "Wann kommt der Bürgerservice online?\nDanke.", deletedAt: null });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "comment.create", entityId: r.data.id } });
    expect(event).toMatchObject({ actorId: demo.council.id, entityType: "Comment", initiativeId: own, requestId: "req-comment-1" });
  });

  it("keeps markup as plain text and refuses empty or over-long bodies", async () => {
    const html = await commentBy(demo.viewer, "<img src=x onerror=alert(1)> **fett**");
    expect(html.body).toBe("<img src=x onerror=alert(1)> **fett**");
    for (const body of ["   ", "x".repeat(4001)]) {
      expect(await createCommentAction.execute(demo.viewer, { initiativeId: own, body }, { db: demo.prisma })).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    expect(await createCommentAction.execute(demo.viewer, { initiativeId: own, body: "x".repeat(4000) }, { db: demo.prisma })).toMatchObject({ ok: true });
  });

  it("answers NOT_FOUND for an unknown initiative and UNAUTHENTICATED without a user", async () => {
    const unknown = "0190aaaa-0000-7000-8000-000000000000";
    expect(await createCommentAction.execute(demo.viewer, { initiativeId: unknown, body: "Hallo" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await createCommentAction.execute(null, { initiativeId: own, body: "Hallo" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("updateCommentAction and deleteCommentAction (own comments only)", () => {
  it("lets the author edit their comment, version-checked and audited with before and after", async () => {
    const c = await commentBy(demo.lead);
    const r = await updateCommentAction.execute(demo.lead, { id: c.id, version: 1, body: "Zeitplan geprüft." }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "comment.update", entityId: c.id } });
    expect(event).toMatchObject({ actorId: demo.lead.id, initiativeId: own });
    expect(event.before).toMatchObject({ body: "Bitte den Zeitplan prüfen.", version: 1 });
    expect(event.after).toMatchObject({ body: "Zeitplan geprüft.", version: 2 });
    expect(await updateCommentAction.execute(demo.lead, { id: c.id, version: 1, body: "Alt" }, { db: demo.prisma })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      current: { body: "Zeitplan geprüft.", version: 2 },
    });
  });

  it("forbids everyone else, admins included, to edit or delete a comment, and audits the denial", async () => {
    const c = await commentBy(demo.viewer);
    for (const actor of [demo.admin, demo.council, demo.lead]) {
      expect(await updateCommentAction.execute(actor, { id: c.id, version: 1, body: "Übernommen" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await deleteCommentAction.execute(actor, { id: c.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.comment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ body: c.body, version: 1, deletedAt: null });
    expect(await demo.prisma.auditEvent.count({ where: { action: "authz.denied", actorId: demo.admin.id, entityId: "comment.update" } })).toBe(1);
  });

  it("deletes softly: the row stays with deletedAt, vanishes from the list, and cannot be edited again", async () => {
    const c = await commentBy(demo.council, "Wird gelöscht");
    expect(await deleteCommentAction.execute(demo.council, { id: c.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: true });
    const row = await demo.prisma.comment.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.deletedAt).not.toBeNull();
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "comment.delete", entityId: c.id } });
    expect(event).toMatchObject({ initiativeId: own, before: expect.objectContaining({ deletedAt: null }) });
    const list = await listInitiativeComments(demo.prisma, demo.council, own);
    expect(list.comments.some((x) => x.id === c.id)).toBe(false);
    expect(await updateCommentAction.execute(demo.council, { id: c.id, version: 2, body: "wieder da" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteCommentAction.execute(demo.council, { id: c.id, version: 2 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("listInitiativeComments", () => {
  it("lists comments oldest first with author, marks edits, and offers editing only on own comments", async () => {
    const mine = await commentBy(demo.viewer, "Mein Kommentar");
    await updateCommentAction.execute(demo.viewer, { id: mine.id, version: 1, body: "Mein Kommentar, ergänzt" }, { db: demo.prisma });
    const { comments, canComment } = await listInitiativeComments(demo.prisma, demo.viewer, own);
    expect(canComment).toBe(true);
    const times = comments.map((c) => c.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(comments.find((c) => c.id === mine.id)).toMatchObject({ edited: true, canEdit: true, author: { id: demo.viewer.id } });
    expect(comments.filter((c) => c.canEdit).every((c) => c.author.id === demo.viewer.id)).toBe(true);
    expect(comments.some((c) => c.author.id !== demo.viewer.id)).toBe(true);
  });
});
