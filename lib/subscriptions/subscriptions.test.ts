// E-mail subscriptions (issue 20, item 3) with a real SMTP receiver (tests/smtp-receiver.ts, as
// lib/mail/mail.test.ts): double opt-in (only the confirmation mail before confirming), mails on a
// public report approved and a public milestone done or moved (exactly one notice per change, by
// every path that writes a milestone: edit, mark done, forecast, workbook import; none for internal
// milestones or initiatives or an unchanged date), one-click unsubscribe in every mail
// (link and List-Unsubscribe header), the same answer whether or not an address is subscribed, and
// no subscriber address in the outbox. Fixed clock throughout.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOutbox } from "@/lib/mail/queries";
import { deliverQueuedMail } from "@/lib/mail/deliver";
import { smtpTransport } from "@/lib/mail/transport";
import { editMilestoneAction } from "@/lib/milestones/mutations";
import { completeMilestoneAction, moveForecastAction, reopenMilestoneAction } from "@/lib/milestones/status-mutations";
import { approveReportAction } from "@/lib/reports/review-report";
import { MIN_FILL_MS } from "@/lib/security/public-forms";
import { masterplanRows } from "@/lib/transfer/export";
import { importWorkbookAction } from "@/lib/transfer/import/workbook-action";
import { writeWorkbook } from "@/lib/transfer/workbook";
import { demoFixture } from "@/tests/db";
import { startSmtpReceiver, type ReceivedMail, type SmtpReceiver } from "@/tests/smtp-receiver";
import { SUBSCRIBER_PLACEHOLDER } from "./mails";
import { notifyMilestoneChange } from "./notify";
import { confirmSubscription, findSubscriptionTarget, requestSubscription, SUBSCRIBE_RATE_LIMIT, subscribeFormToken, unsubscribe } from "./subscribe";

const NOW = new Date("2026-11-25T10:00:00Z");
const demo = demoFixture();

let smtp: SmtpReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
});
afterAll(() => smtp.close());

/** Sends what is queued to the receiver; returns what arrived for `address` in this round. */
async function deliver(address: string): Promise<ReceivedMail[]> {
  const before = smtp.received.length;
  // Mails recorded without SMTP_URL wait in the outbox; here they go to the test's receiver.
  await demo.prisma.mailMessage.updateMany({ where: { status: "OUTBOX", kind: { in: ["SUBSCRIPTION_CONFIRM", "SUBSCRIPTION_UPDATE"] } }, data: { status: "QUEUED", nextAttemptAt: NOW } });
  await deliverQueuedMail(demo.prisma, { now: NOW, transport: smtpTransport(`smtp://127.0.0.1:${smtp.port}`), from: "Masterplan <noreply@example.org>" });
  return smtp.received.slice(before).filter((r) => r.to.includes(address));
}

/** Quoted-printable soft breaks and escapes undone, so links can be read from the raw mail. */
/** Header lines unfolded (a long List-Unsubscribe is folded over several lines). */
const unfold = (raw: string) => raw.replace(/\r?\n[ \t]+/g, " ");
const plain = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
/** Quoted-printable undone altogether (umlauts and quotation marks too). */
const readable = (raw: string) => Buffer.from(raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8");
const linkIn = (raw: string, path: string) => new URL(new RegExp(`https?://[^\\s"<]*${path}\\?token=[^\\s"<>]+`).exec(plain(raw))![0]).searchParams.get("token")!;

async function subscribe(email: string, target: string, address = "198.51.100.20") {
  const t = (await findSubscriptionTarget(demo.prisma, target, "de"))!;
  return requestSubscription(demo.prisma, {
    raw: { target, token: subscribeFormToken(t.targetKey, NOW), email, consent: "on" },
    clientAddress: address,
    locale: "de",
    now: NOW,
    formNow: new Date(NOW.getTime() + MIN_FILL_MS + 1000),
  });
}

/** A public initiative of the demo head's department with an open public milestone. */
async function publicInitiative() {
  return demo.prisma.initiative.findFirstOrThrow({
    where: { visibility: "PUBLIC", archivedAt: null, department: { code: "DIGI" }, milestones: { some: { isPublic: true, completedDate: null } } },
    orderBy: { code: "asc" },
    select: { id: true, slug: true, code: true, fieldOfAction: { select: { slug: true } } },
  });
}

let n = 0;
/** A fresh open milestone of the initiative (public unless said otherwise). */
async function openMilestone(initiativeId: string, isPublic = true) {
  const day = new Date("2026-12-15T00:00:00Z");
  return demo.prisma.milestone.create({
    data: { initiativeId, title: `Abonnement-Meilenstein ${++n}`, baselineDate: day, forecastDate: day, isPublic, sortOrder: 900 + n },
    select: { id: true, version: true, forecastDate: true, title: true },
  });
}

describe("e-mail subscriptions", () => {
  it("confirm by double opt-in, mail on public changes, and unsubscribe in one click", async () => {
    const initiative = await publicInitiative();
    const email = "buerger@example.org";
    expect(await subscribe(email, `initiative:${initiative.slug}`)).toEqual({ ok: true });

    // Only the confirmation mail, to the subscriber, with the unsubscribe link and header; the
    // stored mail names no address.
    const stored = await demo.prisma.mailMessage.findMany({ where: { subscription: { email } } });
    expect(stored.map((m) => [m.kind, m.toAddress])).toEqual([["SUBSCRIPTION_CONFIRM", SUBSCRIBER_PLACEHOLDER]]);
    const [confirmMail] = await deliver(email);
    expect(unfold(confirmMail!.raw)).toMatch(/^List-Unsubscribe: +<http[^>]+\/api\/public\/subscriptions\/unsubscribe\?token=[^>]+>/m);
    expect(confirmMail!.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(confirmMail!.raw).not.toMatch(/<img/i);

    // Before confirmation: a public milestone done sends nothing.
    const m = await openMilestone(initiative.id);
    expect(await completeMilestoneAction.execute(demo.head, { id: m.id, version: m.version, completedDate: "2026-11-20" }, { db: demo.prisma, now: NOW })).toMatchObject({ ok: true });
    expect(await deliver(email)).toEqual([]);

    // Confirmed with the token from the mail: a forged one does nothing.
    expect(await confirmSubscription(demo.prisma, "forged.token", NOW)).toBe(false);
    expect(await confirmSubscription(demo.prisma, linkIn(confirmMail!.raw, "/subscriptions/confirm"), NOW)).toBe(true);
    expect(await demo.prisma.emailSubscription.findFirstOrThrow({ where: { email } })).toMatchObject({ confirmedAt: NOW });

    // A public milestone moved: one short mail with the unsubscribe link.
    const next = await openMilestone(initiative.id);
    const r = await moveForecastAction.execute(demo.head, { id: next.id, version: next.version, forecastDate: "2027-06-30", reason: "Lieferverzug" }, { db: demo.prisma, now: NOW });
    expect(r).toMatchObject({ ok: true });
    const [moved] = await deliver(email);
    expect(plain(moved!.raw)).toContain("verschoben");
    expect(plain(moved!.raw)).toContain("30. Juni 2027");
    expect(unfold(moved!.raw)).toMatch(/^List-Unsubscribe: +<http/m);
    const unsubscribeToken = linkIn(moved!.raw, "/subscriptions/unsubscribe");

    // Subscribing again answers the same and sends nothing.
    expect(await subscribe(email, `initiative:${initiative.slug}`)).toEqual({ ok: true });
    expect(await deliver(email)).toEqual([]);

    // The outbox never shows the address.
    const outbox = await listOutbox(demo.prisma, demo.admin, {});
    expect(JSON.stringify(outbox)).not.toContain(email);

    // Unsubscribed: the subscription (and the address) is gone; the next change sends nothing.
    expect(await unsubscribe(demo.prisma, unsubscribeToken)).toBe(true);
    expect(await demo.prisma.emailSubscription.count({ where: { email } })).toBe(0);
    expect(await unsubscribe(demo.prisma, unsubscribeToken)).toBe(true);
    const again = await openMilestone(initiative.id);
    await completeMilestoneAction.execute(demo.head, { id: again.id, version: again.version, completedDate: "2026-11-21" }, { db: demo.prisma, now: NOW });
    expect(await deliver(email)).toEqual([]);
  });

  it("mails a field's subscribers when a public report is approved, once per address", async () => {
    const report = await demo.prisma.statusReport.findFirstOrThrow({
      where: { state: "SUBMITTED", publicSummary: { not: "" }, initiative: { visibility: "PUBLIC", archivedAt: null, department: { code: "DIGI" } } },
      select: { id: true, version: true, submittedById: true, initiative: { select: { slug: true, code: true, fieldOfAction: { select: { slug: true } } } } },
    });
    const email = "feld@example.org";
    // Subscribed to the field and to the whole masterplan: one mail, not two.
    for (const target of [`field:${report.initiative.fieldOfAction.slug}`, "all"]) {
      expect(await subscribe(email, target, "198.51.100.21")).toEqual({ ok: true });
    }
    const confirmations = await deliver(email);
    expect(confirmations).toHaveLength(2);
    for (const c of confirmations) expect(await confirmSubscription(demo.prisma, linkIn(c.raw, "/subscriptions/confirm"), NOW)).toBe(true);

    const approver = report.submittedById === demo.head.id ? demo.admin : demo.head;
    const r = await approveReportAction.execute(approver, { id: report.id, version: report.version }, { db: demo.prisma, now: NOW });
    expect(r.ok ? "ok" : JSON.stringify(r)).toBe("ok");
    const mails = await deliver(email);
    expect(mails).toHaveLength(1);
    expect(plain(mails[0]!.raw)).toContain(`Neues zum Vorhaben ${report.initiative.code}`);
    expect(plain(mails[0]!.raw)).toContain(`/initiatives/${report.initiative.slug}`);
  });

  it("sends exactly one notice per public milestone done or moved, by every path, and none otherwise", async () => {
    const initiative = await publicInitiative();
    const email = "wege@example.org";
    expect(await subscribe(email, `initiative:${initiative.slug}`, "198.51.100.22")).toEqual({ ok: true });
    const [confirmMail] = await deliver(email);
    expect(await confirmSubscription(demo.prisma, linkIn(confirmMail!.raw, "/subscriptions/confirm"), NOW)).toBe(true);
    const opts = { db: demo.prisma, now: NOW };

    // The edit form: texts only, no news.
    const a = await openMilestone(initiative.id);
    const edited = await editMilestoneAction.execute(demo.head, { id: a.id, version: a.version, title: `${a.title} (überarbeitet)`, description: "Neu beschrieben", weight: 2, isPublic: true, responsiblePartnerId: "" }, opts);
    expect(edited).toMatchObject({ ok: true });
    expect(await deliver(email)).toEqual([]);

    // The workbook import: a moved (one notice), b moved AND marked done in the same row (one
    // notice, "reached"), c internal and moved (none), d only described anew (none).
    const b = await openMilestone(initiative.id);
    const c = await openMilestone(initiative.id, false);
    const d = await openMilestone(initiative.id);
    const rows = (await masterplanRows(demo.prisma)).milestones!;
    const row = (title: string) => rows.find((r) => r.initiativeCode === initiative.code && r.title === title)!;
    const file = await writeWorkbook(
      {
        milestones: [
          // End of February: an awkward day for date arithmetic and formatting.
          { ...row(`${a.title} (überarbeitet)`), forecastDate: "2027-02-28" },
          { ...row(b.title), forecastDate: "2027-01-31", completedDate: "2026-11-20" },
          { ...row(c.title), forecastDate: "2027-03-31" },
          { ...row(d.title), description: "Nur neu beschrieben" },
        ],
      },
      "de",
    );
    const imported = await importWorkbookAction.execute(demo.admin, { fileName: "abo.xlsx", contentBase64: Buffer.from(file).toString("base64"), dryRun: false }, { ...opts, locale: "de" });
    expect(imported.ok ? imported.data.counts : JSON.stringify(imported)).toMatchObject({ update: 4, error: 0 });
    // One mail for the import, with both notices.
    const fromImport = (await deliver(email)).map((m) => plain(m.raw));
    expect(fromImport).toHaveLength(1);
    const sentences = fromImport[0]!.split(/\r?\n/).filter((l) => l.startsWith(`Beim Vorhaben ${initiative.code}`));
    expect(sentences.filter((l) => l.includes("vom 15. Dezember 2026 auf den 28. Februar 2027 verschoben"))).toHaveLength(1);
    expect(sentences.filter((l) => l.includes(b.title) && l.includes("erreicht") && !l.includes("verschoben"))).toHaveLength(1);
    expect(sentences).toHaveLength(2);
    expect(fromImport.join("\n")).not.toContain(c.title);

    // Marking done and moving in the app: one each; an internal milestone, a completion taken back: none.
    const fresh = async (id: string) => demo.prisma.milestone.findUniqueOrThrow({ where: { id }, select: { version: true } });
    expect(await moveForecastAction.execute(demo.head, { id: a.id, version: (await fresh(a.id)).version, forecastDate: "2027-04-30", reason: "Neue Planung" }, opts)).toMatchObject({ ok: true });
    expect(await deliver(email)).toHaveLength(1);
    expect(await completeMilestoneAction.execute(demo.head, { id: c.id, version: (await fresh(c.id)).version, completedDate: "2026-11-24" }, opts)).toMatchObject({ ok: true });
    expect(await reopenMilestoneAction.execute(demo.head, { id: b.id, version: (await fresh(b.id)).version, reason: "Doch noch nicht fertig" }, opts)).toMatchObject({ ok: true });
    expect(await deliver(email)).toEqual([]);
    expect(await completeMilestoneAction.execute(demo.head, { id: d.id, version: (await fresh(d.id)).version, completedDate: "2026-11-25" }, opts)).toMatchObject({ ok: true });
    expect(await deliver(email)).toHaveLength(1);
  });

  it("sends a subscriber one mail per import, naming every milestone it moved, with the unsubscribe link and no tracking", async () => {
    const initiative = await publicInitiative();
    const email = "import@example.org";
    const other = "anderes-abo@example.org";
    expect(await subscribe(email, `initiative:${initiative.slug}`, "198.51.100.23")).toEqual({ ok: true });
    for (const c of await deliver(email)) expect(await confirmSubscription(demo.prisma, linkIn(c.raw, "/subscriptions/confirm"), NOW)).toBe(true);
    // Another address, subscribed to the initiative's field and to the whole plan.
    for (const target of [`field:${initiative.fieldOfAction.slug}`, "all"]) expect(await subscribe(other, target, "198.51.100.24")).toEqual({ ok: true });
    for (const c of await deliver(other)) expect(await confirmSubscription(demo.prisma, linkIn(c.raw, "/subscriptions/confirm"), NOW)).toBe(true);

    const moved = [await openMilestone(initiative.id), await openMilestone(initiative.id), await openMilestone(initiative.id)];
    const rows = (await masterplanRows(demo.prisma)).milestones!;
    const row = (title: string) => rows.find((r) => r.initiativeCode === initiative.code && r.title === title)!;
    const targets = ["29. Januar 2027", "26. Februar 2027", "31. März 2027"];
    const file = await writeWorkbook({ milestones: moved.map((m, i) => ({ ...row(m.title), forecastDate: ["2027-01-29", "2027-02-26", "2027-03-31"][i]! })) }, "de");
    const imported = await importWorkbookAction.execute(demo.admin, { fileName: "drei.xlsx", contentBase64: Buffer.from(file).toString("base64"), dryRun: false }, { db: demo.prisma, now: NOW, locale: "de" });
    expect(imported.ok ? imported.data.counts : JSON.stringify(imported)).toMatchObject({ update: 3, error: 0 });

    const round = smtp.received.length;
    await deliver(email);
    const arrived = smtp.received.slice(round);
    const mails = arrived.filter((r) => r.to.includes(email));
    expect(mails).toHaveLength(1);
    const text = readable(mails[0]!.raw);
    expect(text).toContain(`Neues zum Vorhaben ${initiative.code}`);
    for (const [i, m] of moved.entries()) expect(text).toContain(`„${m.title}“ vom 15. Dezember 2026 auf den ${targets[i]} verschoben`);
    expect(text).toContain(`/initiatives/${initiative.slug}`);
    expect(unfold(mails[0]!.raw)).toMatch(/^List-Unsubscribe: +<http[^>]+\/api\/public\/subscriptions\/unsubscribe\?token=[^>]+>/m);
    expect(linkIn(mails[0]!.raw, "/subscriptions/unsubscribe")).toBeTruthy();
    expect(mails[0]!.raw).not.toMatch(/<img/i);
    // The other address: one mail too, naming all three (its field subscription, the more specific, answers).
    const others = arrived.filter((r) => r.to.includes(other));
    expect(others).toHaveLength(1);
    for (const m of moved) expect(readable(others[0]!.raw)).toContain(m.title);
  });

  it("lists an import's news on several initiatives in one mail, with the unsubscribe link of each subscription that answered", async () => {
    const first = await publicInitiative();
    const second = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC", archivedAt: null, id: { not: first.id } }, orderBy: { code: "asc" }, select: { id: true, code: true, slug: true } });
    const email = "zwei-abos@example.org";
    // The first initiative by its own subscription, everything else through the whole plan.
    for (const target of [`initiative:${first.slug}`, "all"]) expect(await subscribe(email, target, "198.51.100.25")).toEqual({ ok: true });
    for (const c of await deliver(email)) expect(await confirmSubscription(demo.prisma, linkIn(c.raw, "/subscriptions/confirm"), NOW)).toBe(true);
    const a = await openMilestone(first.id);
    const b = await openMilestone(second.id);
    const rows = (await masterplanRows(demo.prisma)).milestones!;
    const row = (code: string, title: string) => rows.find((r) => r.initiativeCode === code && r.title === title)!;
    const file = await writeWorkbook({ milestones: [{ ...row(first.code, a.title), forecastDate: "2027-01-29" }, { ...row(second.code, b.title), completedDate: "2026-11-20" }] }, "de");
    const imported = await importWorkbookAction.execute(demo.admin, { fileName: "zwei.xlsx", contentBase64: Buffer.from(file).toString("base64"), dryRun: false }, { db: demo.prisma, now: NOW, locale: "de" });
    expect(imported.ok ? imported.data.counts : JSON.stringify(imported)).toMatchObject({ update: 2, error: 0 });

    const mails = await deliver(email);
    expect(mails).toHaveLength(1);
    const text = readable(mails[0]!.raw);
    expect(text).toContain("Neues zu 2 Vorhaben");
    expect(text).toContain(`„${a.title}“ vom 15. Dezember 2026 auf den 29. Januar 2027 verschoben`);
    expect(text).toContain(`Beim Vorhaben ${second.code}`);
    expect(text).toContain(`„${b.title}“ erreicht`);
    for (const slug of [first.slug, second.slug]) expect(text).toContain(`/initiatives/${slug}`);
    expect(text).toContain(`Keine E-Mails mehr zu ${first.code} `);
    expect(text).toContain("Keine E-Mails mehr zu allen Vorhaben des Masterplans? Hier abbestellen:");
    // Two different unsubscribe links; the header ends the more specific one, the initiative's.
    const tokens = [...new Set([...plain(mails[0]!.raw).matchAll(/\/subscriptions\/unsubscribe\?token=([^\s"<>&]+)/g)].map((m) => m[1]))];
    expect(tokens).toHaveLength(2);
    const subs = await demo.prisma.emailSubscription.findMany({ where: { email }, select: { id: true, scope: true } });
    const header = await demo.prisma.mailMessage.findFirstOrThrow({ where: { kind: "SUBSCRIPTION_UPDATE", subscription: { email } }, select: { subscriptionId: true } });
    expect(header.subscriptionId).toBe(subs.find((s) => s.scope === "INITIATIVE")!.id);
  });

  it("decides once: done beats moved, the same date or an internal initiative is no news", async () => {
    const internal = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, select: { id: true } });
    const publicOne = await publicInitiative();
    // A masterplan subscriber hears of every public initiative.
    const email = "alles@example.org";
    expect(await subscribe(email, "all", "198.51.100.23")).toEqual({ ok: true });
    const [confirmMail] = await deliver(email);
    expect(await confirmSubscription(demo.prisma, linkIn(confirmMail!.raw, "/subscriptions/confirm"), NOW)).toBe(true);
    const onInternal = await openMilestone(internal.id);
    const onPublic = await openMilestone(publicOne.id);
    const state = (id: string, initiativeId: string, over: { forecastDate?: string; completedDate?: string | null; isPublic?: boolean } = {}) => ({
      id, initiativeId, isPublic: true, forecastDate: "2026-12-15", completedDate: null, ...over,
    });
    const counts = await demo.prisma.$transaction(async (tx) => [
      await notifyMilestoneChange(tx, state(onInternal.id, internal.id), state(onInternal.id, internal.id, { forecastDate: "2027-01-01" }), NOW),
      await notifyMilestoneChange(tx, state(onPublic.id, publicOne.id), state(onPublic.id, publicOne.id), NOW),
      await notifyMilestoneChange(tx, state(onPublic.id, publicOne.id), state(onPublic.id, publicOne.id, { forecastDate: "2027-01-01", isPublic: false }), NOW),
      await notifyMilestoneChange(tx, state(onPublic.id, publicOne.id, { completedDate: "2026-11-01" }), state(onPublic.id, publicOne.id, { completedDate: "2026-11-02" }), NOW),
    ]);
    expect(counts).toEqual([0, 0, 0, 0]);
    // Moved and done at once: one mail, "reached".
    const both = await demo.prisma.$transaction((tx) =>
      notifyMilestoneChange(tx, state(onPublic.id, publicOne.id), state(onPublic.id, publicOne.id, { forecastDate: "2026-11-24", completedDate: "2026-11-24" }), NOW),
    );
    expect(both).toBeGreaterThanOrEqual(1);
    const mails = (await deliver(email)).map((m) => plain(m.raw));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain("erreicht");
    expect(mails[0]).not.toContain("verschoben");
  });

  it("limits requests per client address, and confirmation mails per mailbox", async () => {
    const initiative = await publicInitiative();
    const address = "203.0.113.70";
    for (let i = 0; i < SUBSCRIBE_RATE_LIMIT.limit; i++) expect(await subscribe(`viele${i}@example.org`, `initiative:${initiative.slug}`, address)).toEqual({ ok: true });
    expect(await subscribe("noch-eine@example.org", `initiative:${initiative.slug}`, address)).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    // Many requests for one mailbox from many addresses: at most three confirmation mails a day.
    for (let i = 0; i < 5; i++) expect(await subscribe("opfer@example.org", `initiative:${initiative.slug}`, `203.0.113.${80 + i}`)).toEqual({ ok: true });
    expect(await demo.prisma.mailMessage.count({ where: { kind: "SUBSCRIPTION_CONFIRM", subscription: { email: "opfer@example.org" } } })).toBe(3);
  });
});
