// Citizens' feedback (issue 20, item 2): the spam limits of the public form (honeypot, too fast,
// per-address rate limit), moderation by the heads of the initiative's department and admins only,
// nothing unpublished (and no e-mail, no unconsented name) on the public page, and the deletion of
// personal data after the retention period. Fixed clock throughout; real database.
import { describe, expect, it } from "vitest";
import { JOBS } from "@/lib/jobs/definitions";
import { loadPublishedFeedback } from "@/lib/public/feedback-queries";
import { MIN_FILL_MS } from "@/lib/security/public-forms";
import { demoFixture } from "@/tests/db";
import { answerFeedbackAction, discardFeedbackAction, publishFeedbackAction } from "./mutations";
import { countPendingFeedback, listFeedbackQueue } from "./queries";
import { deleteExpiredFeedbackData } from "./retention";
import { FEEDBACK_RATE_LIMIT, feedbackFormToken, submitFeedback } from "./submit";

const NOW = new Date("2026-11-25T10:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);
const DAY = 24 * 60 * 60 * 1000;
const demo = demoFixture();

/** A public initiative of the demo head's department (DIGI) and one of another department (VERK). */
async function targets() {
  const [digi, verk] = await Promise.all(
    ["DIGI", "VERK"].map((code) =>
      demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC", archivedAt: null, department: { code } }, orderBy: { code: "asc" }, select: { id: true, slug: true } }),
    ),
  );
  return { digi: digi!, verk: verk! };
}

const valid = { message: "Wann wird die Straße wieder freigegeben?", name: "Erika Muster", email: "Erika@Example.org", showName: "on", consent: "on" };

async function submit(initiative: { id: string; slug: string }, fields: Record<string, unknown> = {}, opts: { address?: string; after?: number; now?: Date } = {}) {
  const now = opts.now ?? NOW;
  return submitFeedback(demo.prisma, {
    slug: initiative.slug,
    raw: { token: feedbackFormToken(initiative.id, now), ...valid, ...fields },
    clientAddress: opts.address ?? "198.51.100.7",
    locale: "de",
    now,
    formNow: new Date(now.getTime() + (opts.after ?? MIN_FILL_MS + 5_000)),
  });
}

async function newFeedback(initiativeId: string, data: Record<string, unknown> = {}) {
  return demo.prisma.feedback.create({ data: { initiativeId, message: "Eine Frage zum Vorhaben?", name: "Max Beispiel", email: "max@example.org", addressHash: "abc", createdAt: NOW, ...data } });
}

describe("the public feedback form", () => {
  it("stores a submission for moderation, with a hash of the address and never the address", async () => {
    const { digi } = await targets();
    expect(await submit(digi, {}, { address: "198.51.100.1" })).toEqual({ ok: true, stored: true });
    const row = await demo.prisma.feedback.findFirstOrThrow({ where: { initiativeId: digi.id, message: valid.message }, orderBy: { createdAt: "desc" } });
    expect(row).toMatchObject({ status: "PENDING", email: "erika@example.org", name: "Erika Muster", showName: true });
    expect(row.addressHash).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(JSON.stringify(row)).not.toContain("198.51.100.1");
  });

  it("drops a submission whose honeypot is filled in, answering like a success", async () => {
    const { digi } = await targets();
    const before = await demo.prisma.feedback.count();
    expect(await submit(digi, { website: "https://spam.example", message: "Honeypot-Nachricht, bitte nicht speichern" }, { address: "198.51.100.2" })).toEqual({ ok: true, stored: false });
    expect(await demo.prisma.feedback.count()).toBe(before);
  });

  it("refuses a form sent sooner than a person could fill it in, and a stale or forged token", async () => {
    const { digi, verk } = await targets();
    const before = await demo.prisma.feedback.count();
    expect(await submit(digi, {}, { after: 500, address: "198.51.100.3" })).toMatchObject({ ok: false, reason: "TOO_FAST", fieldErrors: { _form: [expect.stringContaining("sehr schnell")] } });
    expect(await submit(digi, {}, { after: 3 * 60 * 60 * 1000, address: "198.51.100.3" })).toMatchObject({ ok: false, reason: "EXPIRED" });
    // A token issued for another initiative does not fit this one.
    expect(await submit(digi, { token: feedbackFormToken(verk.id, NOW) }, { address: "198.51.100.3" })).toMatchObject({ ok: false, reason: "EXPIRED" });
    expect(await submit(digi, { token: "x.y.z" }, { address: "198.51.100.3" })).toMatchObject({ ok: false, reason: "EXPIRED" });
    expect(await demo.prisma.feedback.count()).toBe(before);
  });

  it("limits submissions per client address within the window", async () => {
    const { digi } = await targets();
    const address = "203.0.113.50";
    for (let i = 0; i < FEEDBACK_RATE_LIMIT.limit; i++) expect(await submit(digi, { message: `Rückmeldung Nummer ${i} zum Vorhaben` }, { address })).toEqual({ ok: true, stored: true });
    expect(await submit(digi, { message: "Eine Rückmeldung zu viel" }, { address })).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    // Another address is not affected; the same one is again after the window.
    expect(await submit(digi, { message: "Von einem anderen Anschluss" }, { address: "203.0.113.51" })).toEqual({ ok: true, stored: true });
    expect(await submit(digi, { message: "Nach Ablauf des Fensters" }, { address, now: later(FEEDBACK_RATE_LIMIT.windowMs + 1000) })).toEqual({ ok: true, stored: true });
  });

  it("reports errors per field in the visitor's language", async () => {
    const { digi } = await targets();
    const de = await submit(digi, { message: "kurz", email: "keine-adresse", consent: undefined }, { address: "198.51.100.4" });
    expect(de).toMatchObject({ ok: false, reason: "VALIDATION" });
    const errors = (de as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(["consent", "email", "message"]);
    expect(errors.consent![0]).toContain("Datenschutzhinweis");
    const en = await submitFeedback(demo.prisma, { slug: digi.slug, raw: { token: feedbackFormToken(digi.id, NOW), message: "Long enough message here" }, clientAddress: "198.51.100.4", locale: "en", now: NOW, formNow: later(10_000) });
    expect((en as { fieldErrors: Record<string, string[]> }).fieldErrors.consent![0]).toContain("privacy notice");
  });

  it("takes no feedback on an internal initiative", async () => {
    const internal = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, select: { id: true, slug: true } });
    expect(await submit(internal, {}, { address: "198.51.100.5" })).toMatchObject({ ok: false, reason: "NOT_FOUND" });
  });
});

describe("moderation", () => {
  it("lets the head of the initiative's department publish with an answer, and shows only that publicly", async () => {
    const { digi } = await targets();
    const f = await newFeedback(digi.id, { message: "Gibt es eine Sprechstunde vor Ort?", showName: false });
    expect(await countPendingFeedback(demo.prisma, demo.head)).toBeGreaterThan(0);
    expect((await listFeedbackQueue(demo.prisma, demo.head)).map((r) => r.id)).toContain(f.id);
    // Unpublished: not on the public page.
    expect((await loadPublishedFeedback(demo.prisma, digi.slug)).map((r) => r.id)).not.toContain(f.id);
    const r = await publishFeedbackAction.execute(demo.head, { id: f.id, version: f.version, answer: "Ja, jeden Dienstag im Bürgerbüro." }, { db: demo.prisma, now: NOW });
    expect(r).toMatchObject({ ok: true, data: { mailed: true } });
    const published = (await loadPublishedFeedback(demo.prisma, digi.slug)).find((p) => p.id === f.id);
    // The citizen did not allow the name: none; the e-mail address never.
    expect(published).toEqual({ id: f.id, message: "Gibt es eine Sprechstunde vor Ort?", answer: "Ja, jeden Dienstag im Bürgerbüro.", publishedAt: NOW, name: null });
    expect(JSON.stringify(await loadPublishedFeedback(demo.prisma, digi.slug))).not.toContain("max@example.org");
    // The answer went to the citizen's address; the audit names neither the address nor the name.
    expect(await demo.prisma.mailMessage.count({ where: { kind: "FEEDBACK_ANSWER", toAddress: "max@example.org" } })).toBe(1);
    const events = await demo.prisma.auditEvent.findMany({ where: { entityId: f.id } });
    expect(events.map((e) => e.action)).toEqual(["feedback.publish"]);
    expect(JSON.stringify(events.map((e) => [e.before, e.after]))).not.toMatch(/max@example\.org|Max Beispiel/);
  });

  it("refuses the head of another department by direct request, and roles without the right", async () => {
    const { digi } = await targets();
    const f = await newFeedback(digi.id);
    for (const actor of [demo.headVerk, demo.council, demo.lead, demo.viewer]) {
      for (const action of [publishFeedbackAction, answerFeedbackAction]) {
        expect(await action.execute(actor, { id: f.id, version: 1, answer: "Unbefugte Antwort" }, { db: demo.prisma, now: NOW })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
      expect(await discardFeedbackAction.execute(actor, { id: f.id, version: 1 }, { db: demo.prisma, now: NOW })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.feedback.findUniqueOrThrow({ where: { id: f.id } })).toMatchObject({ status: "PENDING", answer: null, version: 1 });
    // Nor does the other head see it in a queue.
    expect((await listFeedbackQueue(demo.prisma, demo.headVerk)).map((r) => r.id)).not.toContain(f.id);
    expect(await listFeedbackQueue(demo.prisma, demo.lead)).toEqual([]);
    // An admin may.
    expect(await discardFeedbackAction.execute(demo.admin, { id: f.id, version: 1 }, { db: demo.prisma, now: NOW })).toMatchObject({ ok: true });
  });

  it("answers privately without publishing, and discards", async () => {
    const { digi } = await targets();
    const f = await newFeedback(digi.id, { email: null });
    expect(await answerFeedbackAction.execute(demo.head, { id: f.id, version: 1, answer: "Danke, wir prüfen das." }, { db: demo.prisma, now: NOW })).toMatchObject({ ok: true, data: { mailed: false } });
    expect((await loadPublishedFeedback(demo.prisma, digi.slug)).map((r) => r.id)).not.toContain(f.id);
    // A stale version is a conflict.
    expect(await discardFeedbackAction.execute(demo.head, { id: f.id, version: 1 }, { db: demo.prisma, now: NOW })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await discardFeedbackAction.execute(demo.head, { id: f.id, version: 2 }, { db: demo.prisma, now: NOW })).toMatchObject({ ok: true });
    expect(await demo.prisma.feedback.findUniqueOrThrow({ where: { id: f.id } })).toMatchObject({ status: "DISCARDED" });
  });
});

describe("retention", () => {
  it("deletes name, e-mail and address hash after the retention period, and discarded feedback altogether", async () => {
    const { verk } = await targets();
    const old = NOW;
    const kept = await newFeedback(verk.id, { createdAt: old, status: "PUBLISHED", answer: "Antwort", publishedAt: old, showName: true });
    const discarded = await newFeedback(verk.id, { createdAt: old, status: "DISCARDED" });
    const young = await newFeedback(verk.id, { createdAt: new Date(old.getTime() + 10 * DAY) });

    // One day before the period ends: nothing changes.
    await deleteExpiredFeedbackData(demo.prisma, new Date(old.getTime() + 179 * DAY), 180);
    expect(await demo.prisma.feedback.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ name: "Max Beispiel", email: "max@example.org", addressHash: "abc" });

    // The scheduled job, run on a fixed day after the period (FEEDBACK_RETENTION_DAYS default 180).
    const job = JOBS.find((j) => j.name === "feedback-retention")!;
    expect(job.scheduled).toBe(true);
    await job.run({ db: demo.prisma, now: new Date(old.getTime() + 181 * DAY), dryRun: false });
    expect(await demo.prisma.feedback.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      name: null,
      email: null,
      addressHash: null,
      showName: false,
      status: "PUBLISHED",
      message: "Eine Frage zum Vorhaben?",
      personalDataDeletedAt: new Date(old.getTime() + 181 * DAY),
    });
    expect(await demo.prisma.feedback.findUnique({ where: { id: discarded.id } })).toBeNull();
    expect(await demo.prisma.feedback.findUniqueOrThrow({ where: { id: young.id } })).toMatchObject({ email: "max@example.org" });
    // The published question stays public, without a name.
    expect((await loadPublishedFeedback(demo.prisma, verk.slug)).find((p) => p.id === kept.id)).toMatchObject({ name: null, answer: "Antwort" });
  });
});
