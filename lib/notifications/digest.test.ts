// The reminder run on the demo data with a fixed clock: due items become notification rows (key,
// via, first day) and at most one digest per recipient and day; the fallback chain says why; the
// throttle mails an item on day 1, 7 and 37 (across 31 December, 29 February and a DST night);
// preferences hold items back (off: in the app only; weekly: Mondays); deactivated people and
// addresses that cannot take mail are skipped and named; a run that breaks off midway is completed
// by the next one without a second digest for anyone.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import type { TestDatabase } from "@/lib/db/testing";
import { jobsCommand } from "@/lib/jobs/cli";
import { useTestDatabase } from "@/tests/db";
import { composeDigest } from "./compose";
import { dryRunReminders, runReminders, type ReminderOptions } from "./digest";

const NOW = new Date("2026-11-25T10:00:00Z"); // a Wednesday
const APP_URL = "https://masterplan.example";
const LEAD = "projektleitung@demo.masterplan.example";

const opts = (now: Date, extra: Partial<ReminderOptions> = {}): ReminderOptions => ({ now, timeZone: "Europe/Berlin", staleAfterDays: 90, appUrl: APP_URL, smtp: false, ...extra });
/** 10:00 UTC of a city day (11:00 or 12:00 in Duisburg). */
const at = (day: string) => new Date(`${day}T10:00:00Z`);

async function userId(db: Db, email: string) {
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

async function digestsOn(db: Db, day: string) {
  return db.mailMessage.findMany({ where: { kind: "DIGEST", digestDay: new Date(`${day}T00:00:00Z`) }, include: { user: { select: { email: true } } } });
}

/** The key of VER-02's overdue milestone (it stays overdue: nobody completes it in these tests). */
async function ver02OverdueKey(db: Db) {
  const m = await db.milestone.findFirstOrThrow({ where: { initiative: { code: "VER-02" }, completedDate: null, forecastDate: { lt: new Date("2026-11-25") } }, select: { id: true } });
  return `milestoneOverdue:${m.id}`;
}

describe("reminder run", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await useTestDatabase("demo");
  });

  it("turns today's items into notification rows and one digest per recipient, and a second run sends nothing", async () => {
    const db = t.prisma;
    const r = await runReminders(db, opts(NOW));
    expect(r.failed).toEqual([]);
    expect(r.digestsQueued).toBeGreaterThan(0);
    const lead = await userId(db, LEAD);
    const key = await ver02OverdueKey(db);
    const row = await db.notification.findUniqueOrThrow({ where: { userId_key: { userId: lead, key } } });
    expect(row).toMatchObject({ kind: "milestoneOverdue", category: "MILESTONES", via: "lead", timesSent: 1, readAt: null, resolvedAt: null });
    expect(row.firstDay.toISOString().slice(0, 10)).toBe("2026-11-25");
    expect(row.lastSentDay?.toISOString().slice(0, 10)).toBe("2026-11-25");
    expect(row.path).toBe("/app/initiatives/VER-02#milestones");

    const mails = await digestsOn(db, "2026-11-25");
    expect(mails).toHaveLength(r.digestsQueued);
    const leadMail = mails.find((m) => m.userId === lead)!;
    expect(leadMail).toMatchObject({ status: "OUTBOX", toAddress: LEAD, locale: "de" });
    expect(leadMail.itemKeys).toContain(key);
    expect(leadMail.textBody).toContain(`${APP_URL}/app/initiatives/VER-02#milestones`);
    expect(leadMail.textBody).toContain("Sie erhalten dies als Projektleitung von VER-02.");
    expect(leadMail.htmlBody).toContain(`${APP_URL}/app/account/notifications`);

    const again = await runReminders(db, opts(new Date("2026-11-25T15:00:00Z")));
    expect(again.digestsQueued).toBe(0);
    expect(await digestsOn(db, "2026-11-25")).toHaveLength(mails.length);
    expect(again.summary).toMatch(/queued 0 digests/);
  });

  it("resolves notifications that are no longer due, and a dry run shows what is held back", async () => {
    const db = t.prisma;
    const lead = await userId(db, LEAD);
    const key = await ver02OverdueKey(db);
    await db.milestone.update({ where: { id: key.split(":")[1] }, data: { completedDate: new Date("2026-11-26") } });
    // GES-01's milestone due today is moved by a week: the same notification, with the new date.
    const ges01 = await db.milestone.findFirstOrThrow({ where: { initiative: { code: "GES-01" }, forecastDate: new Date("2026-11-25") } });
    const before = await db.notification.findFirstOrThrow({ where: { key: `milestoneDueSoon:${ges01.id}` } });
    await db.milestone.update({ where: { id: ges01.id }, data: { forecastDate: new Date("2026-12-02") } });
    await runReminders(db, opts(at("2026-11-26")));
    expect((await db.notification.findUniqueOrThrow({ where: { userId_key: { userId: lead, key } } })).resolvedAt).not.toBeNull();
    const moved = await db.notification.findUniqueOrThrow({ where: { id: before.id } });
    expect(moved.dueDate?.toISOString().slice(0, 10)).toBe("2026-12-02");
    expect(moved).toMatchObject({ firstDay: before.firstDay, timesSent: 1, resolvedAt: null, category: "MILESTONES" });
    const dry = await dryRunReminders(db, opts(at("2026-11-27")));
    expect(dry).toMatch(/^would send \d+ digests with \d+ items\n2026-11-27: \d+ recipients with \d+ items; held back \d+ \(throttled \d+/);
    expect(dry).toMatch(/\n {2}milestoneOverdue .* · held: throttled, next mail 2026-12-01/);
  });
});

describe("fallback chain and skipped people", () => {
  it("says why: lead, else department head, else admin; deactivated people and unusable addresses are skipped and named", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    const ver02 = await db.initiative.findUniqueOrThrow({ where: { code: "VER-02" }, include: { leads: { include: { user: true } } } });
    const leadUser = ver02.leads[0]!.user;
    await db.user.update({ where: { id: leadUser.id }, data: { active: false } });
    const heads = await db.user.findMany({ where: { role: "DEPARTMENT_HEAD", departmentId: ver02.departmentId, active: true } });
    // One head's address cannot take mail (a placeholder from an old directory import).
    await db.user.update({ where: { id: heads[0]!.id }, data: { email: "berger-ohne-mail" } });

    const r = await runReminders(db, opts(NOW));
    expect(r.summary).toContain(`skipped deactivated: ${leadUser.email}`);
    expect(r.summary).toContain("skipped without usable e-mail: berger-ohne-mail");
    const key = await ver02OverdueKey(db);
    const rows = await db.notification.findMany({ where: { key }, include: { user: { select: { email: true, active: true } } } });
    expect(rows.map((n) => [n.user.email, n.via]).sort()).toEqual(heads.map((h, i) => [i === 0 ? "berger-ohne-mail" : h.email, "departmentHead"]).sort());
    const mails = await digestsOn(db, "2026-11-25");
    expect(mails.some((m) => m.userId === leadUser.id || m.toAddress === "berger-ohne-mail")).toBe(false);
    // The head without mail still sees the item in the app, unsent.
    expect(rows.find((n) => n.user.email === "berger-ohne-mail")).toMatchObject({ timesSent: 0, lastSentDay: null });

    // No active head either: the admins, and the digest says so.
    await db.user.updateMany({ where: { id: { in: heads.map((h) => h.id) } }, data: { active: false } });
    await runReminders(db, opts(at("2026-11-26")));
    const adminRows = await db.notification.findMany({ where: { key, resolvedAt: null }, include: { user: { select: { role: true } } } });
    expect(adminRows.length).toBeGreaterThan(0);
    expect(adminRows.every((n) => n.via === "admin" && n.user.role === "ADMIN")).toBe(true);
    const adminMail = (await digestsOn(db, "2026-11-26")).find((m) => m.userId === adminRows[0]!.userId)!;
    expect(adminMail.textBody).toContain("weder eine Projektleitung noch eine Fachbereichsleitung hat (Fallback: Administration)");
    // The heads' rows for it are resolved: the item is no longer theirs.
    expect(await db.notification.count({ where: { key, via: "departmentHead", resolvedAt: null } })).toBe(0);
  });
});

describe("throttling across days", () => {
  it("mails the same item on day 1, 7 and 37 — not on days 2 and 8 — across 31 December", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    const lead = await userId(db, LEAD);
    const key = await ver02OverdueKey(db);
    const mailedOn: string[] = [];
    for (const day of ["2026-11-25", "2026-11-26", "2026-12-01", "2026-12-02", "2026-12-31", "2027-01-01"]) {
      await runReminders(db, opts(at(day)));
      const mail = (await digestsOn(db, day)).find((m) => m.userId === lead);
      if (mail?.itemKeys.includes(key)) mailedOn.push(day);
    }
    expect(mailedOn).toEqual(["2026-11-25", "2026-12-01", "2026-12-31"]);
    const row = await db.notification.findUniqueOrThrow({ where: { userId_key: { userId: lead, key } } });
    expect(row.timesSent).toBe(3);
    expect(row.firstDay.toISOString().slice(0, 10)).toBe("2026-11-25");
  });

  it("reads the city's day across a DST night and 29 February", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    const lead = await userId(db, LEAD);
    const key = await ver02OverdueKey(db);
    // First day Monday 22 March 2027; day 7 is 28 March, the night clocks go forward. 23:30 UTC on
    // the 27th is already 00:30 on the 28th in Duisburg: that run is day 7 and mails.
    await runReminders(db, opts(at("2027-03-22")));
    await runReminders(db, opts(new Date("2027-03-27T22:30:00Z"))); // 23:30 on the 27th, day 6
    expect((await digestsOn(db, "2027-03-27")).find((m) => m.userId === lead)?.itemKeys.includes(key) ?? false).toBe(false);
    await runReminders(db, opts(new Date("2027-03-27T23:30:00Z")));
    expect((await digestsOn(db, "2027-03-28")).find((m) => m.userId === lead)?.itemKeys).toContain(key);

    // 2028: resolved in between and due again from 23 February: day 7 is 29 February.
    await db.notification.updateMany({ where: { key }, data: { resolvedAt: new Date("2028-01-01T00:00:00Z") } });
    await runReminders(db, opts(at("2028-02-23")));
    const reopened = await db.notification.findUniqueOrThrow({ where: { userId_key: { userId: lead, key } } });
    expect(reopened).toMatchObject({ resolvedAt: null, timesSent: 1 });
    expect(reopened.firstDay.toISOString().slice(0, 10)).toBe("2028-02-23");
    await runReminders(db, opts(at("2028-02-28")));
    expect((await digestsOn(db, "2028-02-28")).find((m) => m.userId === lead)?.itemKeys.includes(key) ?? false).toBe(false);
    await runReminders(db, opts(at("2028-02-29")));
    expect((await digestsOn(db, "2028-02-29")).find((m) => m.userId === lead)?.itemKeys).toContain(key);
  });
});

describe("preferences", () => {
  it("off: in the app only; weekly: held until Monday, then mailed with the week's items", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    const lead = await userId(db, LEAD);
    const key = await ver02OverdueKey(db);
    // The lead wants milestones weekly; everybody has switched stale-initiative reminders off.
    await db.notificationPreference.create({ data: { userId: lead, category: "MILESTONES", frequency: "WEEKLY" } });
    const everybody = await db.user.findMany({ select: { id: true } });
    await db.notificationPreference.createMany({ data: everybody.map((u) => ({ userId: u.id, category: "STALE" as const, frequency: "OFF" as const })) });
    await runReminders(db, opts(NOW)); // Wednesday
    const wednesday = await digestsOn(db, "2026-11-25");
    expect(wednesday.find((m) => m.userId === lead)?.itemKeys.some((k) => k.startsWith("milestone")) ?? false).toBe(false);
    expect(wednesday.some((m) => m.itemKeys.some((k) => k.startsWith("initiativeStale")))).toBe(false);
    expect(wednesday.some((m) => m.itemKeys.some((k) => k.startsWith("milestone")))).toBe(true); // other people: daily
    expect(await db.notification.count({ where: { userId: lead, key, resolvedAt: null } })).toBe(1);
    const stale = await db.notification.findMany({ where: { category: "STALE", resolvedAt: null } });
    expect(stale.length).toBeGreaterThan(0); // in the app all the same
    expect(stale.every((n) => n.timesSent === 0)).toBe(true);

    for (const day of ["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"]) {
      await runReminders(db, opts(at(day)));
      expect((await digestsOn(db, day)).find((m) => m.userId === lead)?.itemKeys.some((k) => k.startsWith("milestone")) ?? false).toBe(false);
    }
    await runReminders(db, opts(at("2026-11-30"))); // Monday
    const monday = (await digestsOn(db, "2026-11-30")).find((m) => m.userId === lead)!;
    expect(monday.itemKeys).toContain(key);
    expect(monday.itemKeys.some((k) => k.startsWith("initiativeStale"))).toBe(false);
    expect(await db.notification.count({ where: { category: "STALE", timesSent: { gt: 0 } } })).toBe(0);
  });

  it("writes each user's digest in their language", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    await db.user.update({ where: { email: LEAD }, data: { locale: "en" } });
    await runReminders(db, opts(NOW));
    const mail = (await digestsOn(db, "2026-11-25")).find((m) => m.toAddress === LEAD)!;
    expect(mail.locale).toBe("en");
    expect(mail.subject).toMatch(/^Digitales Duisburg: \d+ items for you \(25 Nov 2026\)$/);
    expect(mail.textBody).toContain("You receive this as project lead of VER-02.");
  });
});

describe("a run that breaks off midway", () => {
  it("loses no digest and sends none twice: the next run completes the others", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    const dry = await dryRunReminders(db, opts(NOW));
    const recipients = [...dry.matchAll(/^(\S+@\S+) \(/gm)].map((m) => m[1]!);
    expect(recipients.length).toBeGreaterThan(3);
    const victim = await userId(db, recipients[1]!);
    // The process "dies" after the third recipient: every later one fails inside its transaction,
    // after its digest and notifications were written — so all of that must roll back.
    let done = 0;
    const crashing = opts(NOW, {
      compose: (input) => {
        if (input.userId === victim || done >= 3) throw new Error("simulated crash");
        done++;
        return composeDigest(input);
      },
    });
    const first = await runReminders(db, crashing);
    expect(first.failed.length).toBe(recipients.length - 3);
    expect(first.summary).toMatch(/FAILED for .*simulated crash/);
    expect((await digestsOn(db, "2026-11-25")).length).toBe(3);
    expect(await db.notification.count({ where: { userId: victim } })).toBe(0);

    const second = await runReminders(db, opts(new Date("2026-11-25T10:20:00Z")));
    expect(second.failed).toEqual([]);
    expect(second.digestsQueued).toBe(recipients.length - 3);
    const mails = await digestsOn(db, "2026-11-25");
    expect(mails.map((m) => m.toAddress).sort()).toEqual([...recipients].sort());

    const third = await runReminders(db, opts(new Date("2026-11-25T11:00:00Z")));
    expect(third.digestsQueued).toBe(0);
    expect(await db.mailMessage.count({ where: { kind: "DIGEST" } })).toBe(recipients.length);
  });
});

describe("npm run jobs -- run reminders", () => {
  it("runs for real, records job.run, and a dry run afterwards shows everything held back", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    const { lines, exitCode } = await jobsCommand(db, ["run", "reminders"], NOW, "Europe/Berlin");
    expect(exitCode).toBe(0);
    expect(lines[0]).toMatch(/^reminders: 2026-11-25: queued \d+ digests with \d+ items \(outbox\)/);
    expect(await db.auditEvent.count({ where: { action: "job.run", entityId: "reminders" } })).toBe(1);
    const dry = (await jobsCommand(db, ["run", "reminders", "--dry-run"], NOW, "Europe/Berlin")).lines.join("\n");
    expect(dry).toMatch(/^reminders: would send 0 digests with 0 items\n/);
    expect(dry).toContain(`${LEAD} (`);
    expect(addDays("2026-11-25", 6)).toBe("2026-12-01");
    expect(dry).toContain("held: throttled, next mail 2026-12-01");
  });
});
