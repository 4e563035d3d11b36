// Mail for real: a real SMTP server (tests/smtp-receiver.ts) started in the test receives what
// the mail job sends. Fixed clock throughout.
import net from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actorFor, useTestDatabase } from "@/tests/db";
import { startSmtpReceiver, type ReceivedMail, type SmtpReceiver } from "@/tests/smtp-receiver";
import type { Db } from "@/lib/db/client";
import { reloadEnv } from "@/lib/env";
import { runReminders } from "@/lib/notifications/digest";
import { createUserAction, issuePasswordResetLinkAction } from "@/lib/users/mutations";
import { deliverQueuedMail, MAX_ATTEMPTS, RETRY_MINUTES } from "./deliver";
import { enqueueMail } from "./queue";
import { smtpTransport } from "./transport";

const NOW = new Date("2026-11-25T10:00:00Z");
/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

async function queue(prisma: Db, n: number, to = "lead@example.org") {
  return prisma.$transaction(async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = await enqueueMail(tx, { userId: null, to, locale: "de", kind: "INVITATION", subject: `Betreff ${i} – Straße`, text: `Text ${i}`, html: `<p>HTML ${i}</p>` }, { smtp: true, now: NOW });
      ids.push(r.id);
    }
    return ids;
  });
}

describe("mail delivery over SMTP", () => {
  let smtp: SmtpReceiver;
  const savedSmtp = process.env.SMTP_URL;
  beforeEach(async () => {
    smtp = await startSmtpReceiver();
  });
  afterEach(async () => {
    await smtp.close();
    if (savedSmtp === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = savedSmtp;
    reloadEnv();
  });

  it("sends a recorded mail as multipart text + HTML with its Message-ID, and marks it sent", async () => {
    const { prisma } = await useTestDatabase();
    const [id] = await queue(prisma, 1);
    const counts = await deliverQueuedMail(prisma, { now: NOW, transport: smtpTransport(`smtp://127.0.0.1:${smtp.port}`), from: "Masterplan Monitor <noreply@duisburg.de>" });
    expect(counts).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const m = smtp.received[0]!;
    expect(m.to).toEqual(["lead@example.org"]);
    expect(m.from).toBe("noreply@duisburg.de");
    expect(m.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(m.raw).toMatch(/Content-Type: text\/plain/i);
    expect(m.raw).toMatch(/Content-Type: text\/html/i);
    expect(m.raw).toContain(`Message-ID: <${id}@`);
    expect(m.raw).toMatch(/Subject: =\?UTF-8\?/); // "Straße" encoded
    const row = await prisma.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null, nextAttemptAt: null });
    expect(row.sentAt).toEqual(NOW);
    // Nothing left: a second run sends nothing.
    expect(await deliverQueuedMail(prisma, { now: NOW, transport: smtpTransport(`smtp://127.0.0.1:${smtp.port}`) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it("retries an unreachable server with backoff and gives up after the last attempt, each try within seconds", async () => {
    const { prisma } = await useTestDatabase();
    const [id] = await queue(prisma, 1);
    const transport = smtpTransport(`smtp://127.0.0.1:${await closedPort()}`);
    let at = NOW;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const started = Date.now();
      const counts = await deliverQueuedMail(prisma, { now: at, transport });
      expect(Date.now() - started).toBeLessThan(5000);
      const row = await prisma.mailMessage.findUniqueOrThrow({ where: { id } });
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
      if (attempt < MAX_ATTEMPTS) {
        expect(counts).toEqual({ sent: 0, retrying: 1, failed: 0 });
        expect(row.status).toBe("QUEUED");
        expect(row.nextAttemptAt!.getTime() - at.getTime()).toBe(RETRY_MINUTES[attempt - 1]! * 60_000);
        // Not due before its time.
        expect(await deliverQueuedMail(prisma, { now: new Date(row.nextAttemptAt!.getTime() - 1000), transport })).toEqual({ sent: 0, retrying: 0, failed: 0 });
        at = row.nextAttemptAt!;
      } else {
        expect(counts).toEqual({ sent: 0, retrying: 0, failed: 1 });
        expect(row.status).toBe("FAILED");
        expect(row.nextAttemptAt).toBeNull();
      }
    }
  });

  it("sends each mail once when two runs deliver at the same time", async () => {
    const { prisma } = await useTestDatabase();
    await queue(prisma, 12);
    const transport = smtpTransport(`smtp://127.0.0.1:${smtp.port}`);
    const [a, b] = await Promise.all([deliverQueuedMail(prisma, { now: NOW, transport }), deliverQueuedMail(prisma, { now: NOW, transport })]);
    expect(a.sent + b.sent).toBe(12);
    expect(smtp.received).toHaveLength(12);
    expect(new Set(smtp.received.map((r) => /Subject: (.*)/.exec(r.raw)![1])).size).toBe(12);
  });

  it("delivers the day's reminder digests: the right recipients, their language, the items and links", async () => {
    const { prisma } = await useTestDatabase("demo");
    const lead = await prisma.user.findUniqueOrThrow({ where: { email: "projektleitung@demo.masterplan.example" } });
    const head = await prisma.user.findUniqueOrThrow({ where: { email: "abteilungsleitung@demo.masterplan.example" } });
    await prisma.user.update({ where: { id: head.id }, data: { locale: "en" } });
    const run = await runReminders(prisma, { now: NOW, timeZone: "Europe/Berlin", staleAfterDays: 90, appUrl: "https://masterplan.example", smtp: true });
    expect(run.failed).toEqual([]);
    const queued = await prisma.mailMessage.count({ where: { kind: "DIGEST", status: "QUEUED" } });
    expect(queued).toBeGreaterThan(1);

    const counts = await deliverQueuedMail(prisma, { now: NOW, transport: smtpTransport(`smtp://127.0.0.1:${smtp.port}`) });
    expect(counts).toEqual({ sent: queued, retrying: 0, failed: 0 });
    // Quoted-printable as nodemailer writes it: soft line breaks, then =XX bytes of UTF-8.
    const decoded = (r: ReceivedMail) => {
      const soft = r.raw.replace(/=\r?\n/g, "");
      const bytes: number[] = [];
      for (let i = 0; i < soft.length; i++) {
        const hex = soft[i] === "=" ? /^[0-9A-F]{2}/.exec(soft.slice(i + 1, i + 3)) : null;
        if (hex) {
          bytes.push(parseInt(hex[0], 16));
          i += 2;
        } else bytes.push(...Buffer.from(soft[i]!, "utf8"));
      }
      return Buffer.from(bytes).toString("utf8");
    };
    const toLead = smtp.received.filter((r) => r.to.includes(lead.email));
    expect(toLead).toHaveLength(1);
    const leadText = decoded(toLead[0]!);
    // VER-02's overdue milestone (the demo's story), in German, linked into the app, and why.
    expect(leadText).toContain("Überfällige Meilensteine");
    expect(leadText).toContain("VER-02");
    expect(leadText).toContain("https://masterplan.example/app/initiatives/VER-02#milestones");
    expect(leadText).toContain("als Projektleitung");
    expect(leadText).toContain("https://masterplan.example/app/account/notifications");
    const toHead = smtp.received.filter((r) => r.to.includes(head.email));
    expect(toHead).toHaveLength(1);
    expect(decoded(toHead[0]!)).toMatch(/waiting for your approval|Status reports|Milestones/);
    expect(decoded(toHead[0]!)).not.toContain("Überfällige");
    // Every digest is marked sent; a second run the same day records none again.
    expect(await prisma.mailMessage.count({ where: { kind: "DIGEST", status: "SENT" } })).toBe(queued);
    await runReminders(prisma, { now: new Date("2026-11-25T15:00:00Z"), timeZone: "Europe/Berlin", staleAfterDays: 90, appUrl: "https://masterplan.example", smtp: true });
    expect(await prisma.mailMessage.count({ where: { kind: "DIGEST" } })).toBe(queued);
  });

  it("mails invitations and reset links in the user's language with a working link, named and sent by the city's site title, and removes the secret from the stored copy once sent", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    reloadEnv();
    const database = await useTestDatabase("demo");
    const { prisma } = database;
    // Another city: its site title names the mails and signs them (lib/branding).
    await prisma.citySettings.update({ where: { id: 1 }, data: { cityName: "Stadt Beispielhausen", siteTitle: "Digitales Beispielhausen" } });
    const admin = await actorFor(database, "admin@demo.masterplan.example");
    const created = await createUserAction.execute(admin, { email: "neu@duisburg.example", name: "Nora Neu", role: "VIEWER", departmentId: null }, { db: prisma });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.data.mailed).toBe(true);
    await prisma.user.update({ where: { email: "neu@duisburg.example" }, data: { locale: "en" } });
    const reset = await issuePasswordResetLinkAction.execute(admin, { id: created.data.user.id, version: created.data.user.version }, { db: prisma });
    expect(reset.ok).toBe(true);
    if (!reset.ok) return;

    const counts = await deliverQueuedMail(prisma, { now: new Date(), transport: smtpTransport(process.env.SMTP_URL) });
    expect(counts.sent).toBe(2);
    const [invitation, resetMail] = smtp.received;
    expect(invitation!.to).toEqual(["neu@duisburg.example"]);
    expect(invitation!.raw).toMatch(/^Subject: Ihr Zugang: Digitales Beispielhausen\r?$/m);
    expect(invitation!.raw).toMatch(/^From: "?Digitales Beispielhausen"? <noreply@/m);
    expect(invitation!.raw).not.toContain("Masterplan Monitor");
    const inviteLink = /(https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+)/.exec(invitation!.raw.replace(/=\r?\n/g, ""))![1]!;
    expect(inviteLink.endsWith(created.data.path)).toBe(true);
    expect(resetMail!.raw).toMatch(/^Subject: Choose a new password for Digitales Beispielhausen\r?$/m);
    expect(resetMail!.raw.replace(/=\r?\n/g, "")).toContain(reset.data.path);

    const stored = await prisma.mailMessage.findMany({ where: { toAddress: "neu@duisburg.example" } });
    expect(stored).toHaveLength(2);
    for (const m of stored) {
      expect(m.status).toBe("SENT");
      expect(m.textBody).not.toContain(created.data.path);
      expect(m.textBody).not.toContain(reset.data.path);
      expect(m.textBody).toContain("/reset-password/…");
    }
  });

  it("records no account mail without SMTP_URL: the admin hands the link over, and its secret is stored nowhere", async () => {
    delete process.env.SMTP_URL;
    reloadEnv();
    const database = await useTestDatabase("demo");
    const admin = await actorFor(database, "admin@demo.masterplan.example");
    const created = await createUserAction.execute(admin, { email: "ohne@duisburg.example", name: "Otto Ohne", role: "VIEWER", departmentId: null }, { db: database.prisma });
    expect(created.ok && created.data.mailed).toBe(false);
    expect(await database.prisma.mailMessage.count()).toBe(0);
  });
});
