// Scheduled jobs with a fixed clock: the schedule in city time across DST and New Year, the
// housekeeping job (dry run changes nothing; a run deletes and is audited), `npm run jobs`, the
// in-process runner driven by a test clock, and — on the PostgreSQL server — pg-boss running a
// job once per period although two instances are started.
import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/testing";
import { useTestDatabase } from "@/tests/db";
import { jobsCommand } from "./cli";
import { JOBS, jobByName } from "./definitions";
import { startEmbeddedRunner, type Clock } from "./embedded-runner";
import { nextRun } from "./schedule";
import { runJob } from "./run";

const TZ = "Europe/Berlin";
const DAY = 24 * 60 * 60 * 1000;

describe("schedule", () => {
  it.each([
    ["2026-11-25T10:00:00Z", "2026-11-26T02:15:00.000Z"], // winter: 03:15 CET
    ["2026-06-30T10:00:00Z", "2026-07-01T01:15:00.000Z"], // summer: 03:15 CEST
    ["2026-03-28T10:00:00Z", "2026-03-29T01:15:00.000Z"], // the night clocks go forward
    ["2026-10-24T10:00:00Z", "2026-10-25T02:15:00.000Z"], // the night clocks go back
    ["2026-12-31T22:59:00Z", "2027-01-01T02:15:00.000Z"], // New Year's Eve, 23:59 in Duisburg
    ["2028-02-28T23:30:00Z", "2028-02-29T02:15:00.000Z"], // 29 February, already in Duisburg
  ])("runs the housekeeping at 03:15 city time after %s", (after, expected) => {
    expect(nextRun(jobByName("prune-login-attempts")!.cron, new Date(after), TZ).toISOString()).toBe(expected);
  });
});

async function seedAttempts(t: TestDatabase, now: Date) {
  await t.prisma.loginAttempt.deleteMany();
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  await t.prisma.loginAttempt.createMany({
    data: [40, 31, 29, 1].map((days, i) => ({ at: at(days), email: `person-${i}@example.org`, ip: "192.0.2.1", success: false })),
  });
}

describe("prune-login-attempts", () => {
  it("reports in a dry run, deletes on a run, and audits the run", async () => {
    const t = await useTestDatabase("empty");
    const now = new Date("2026-11-25T02:15:00Z");
    await seedAttempts(t, now);
    const dry = await jobsCommand(t.prisma, ["run", "prune-login-attempts", "--dry-run"], now, TZ);
    expect(dry.lines[0]).toMatch(/^prune-login-attempts: would delete 2 login attempts \(dry run\)/);
    expect(await t.prisma.loginAttempt.count()).toBe(4);
    expect(await t.prisma.auditEvent.count({ where: { entityType: "Job" } })).toBe(0);

    const run = await jobsCommand(t.prisma, ["run", "prune-login-attempts"], now, TZ);
    expect(run).toMatchObject({ exitCode: 0, lines: [expect.stringMatching(/^prune-login-attempts: deleted 2 login attempts in \d+ ms$/)] });
    expect(await t.prisma.loginAttempt.count()).toBe(2);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "job.run", entityId: "prune-login-attempts" } });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "jobs", after: expect.objectContaining({ summary: "deleted 2 login attempts", trigger: "cli" }) });
  });

  it("lists the jobs with their next run and refuses unknown commands", async () => {
    const t = await useTestDatabase("empty");
    const list = await jobsCommand(t.prisma, ["list"], new Date("2026-12-31T22:59:00Z"), TZ);
    expect(list.lines).toHaveLength(JOBS.length);
    expect(list.lines.find((l) => l.startsWith("prune-login-attempts"))).toContain("next 2027-01-01T02:15:00.000Z (Europe/Berlin)");
    expect(list.lines.find((l) => l.startsWith("send-mail"))).toContain("next 2026-12-31T23:00:00.000Z (Europe/Berlin)");
    await expect(jobsCommand(t.prisma, ["run", "nope"], new Date(), TZ)).rejects.toThrow(/no job named nope/);
    await expect(jobsCommand(t.prisma, ["run"], new Date(), TZ)).rejects.toThrow(/usage: npm run jobs/);
  });
});

describe("in-process runner (embedded database)", () => {
  it("runs each job at its time in city time and plans the next run", async () => {
    const t = await useTestDatabase("empty");
    let now = new Date("2026-11-25T10:00:00Z");
    const timers: { fn: () => void; at: number }[] = [];
    const clock: Clock = {
      now: () => now,
      setTimer: (fn, ms) => timers.push({ fn, at: now.getTime() + ms }),
      clearTimer: () => {},
    };
    const runs: string[] = [];
    await seedAttempts(t, new Date("2026-11-26T02:15:00Z"));
    const stop = startEmbeddedRunner(t.prisma, JOBS.filter((j) => j.name !== "send-mail" && j.name !== "prune-sessions" && j.name !== "feedback-retention"), { timeZone: TZ, clock, onRun: (o) => runs.push(`${o.name}: ${o.summary}`) });
    // The pruning at 03:15 and the reminders at NOTIFY_HOUR (default 07:00), both city time (send-mail runs every minute).
    expect(timers.map((x) => new Date(x.at).toISOString())).toEqual(["2026-11-26T02:15:00.000Z", "2026-11-26T06:00:00.000Z"]);
    // The clock reaches the run: the job runs once, and the next one is planned for the next night.
    now = new Date(timers[0]!.at);
    timers.shift()!.fn();
    await expect.poll(() => runs.length).toBe(1);
    expect(runs[0]).toBe("prune-login-attempts: deleted 2 login attempts");
    await expect.poll(() => timers.length).toBe(2);
    expect(new Date(timers[1]!.at).toISOString()).toBe("2026-11-27T02:15:00.000Z");
    stop();
  });
});

describe("send-mail", () => {
  it("does nothing and leaves no audit event without SMTP_URL (mails stay in the outbox)", async () => {
    const t = await useTestDatabase("empty");
    const job = JOBS.find((j) => j.name === "send-mail")!;
    const outcome = await runJob(t.prisma, job, { now: new Date("2026-11-25T10:00:00Z"), trigger: "test" });
    expect(outcome).toMatchObject({ ok: true, idle: true, summary: "no SMTP_URL: mails are kept in the outbox" });
    expect(await t.prisma.auditEvent.count({ where: { entityType: "Job" } })).toBe(0);
  });
});

describe.runIf(!!process.env.TEST_DATABASE_URL)("pg-boss on the PostgreSQL server", () => {
  it("runs a job once per period although two instances offer it", async () => {
    const { default: PgBoss } = await import("pg-boss");
    // pg-boss in a schema of its own in the server's admin database, dropped afterwards.
    const url = process.env.TEST_DATABASE_URL!;
    const schema = `pgboss_test_${Date.now().toString(36)}`;
    const instances = [new PgBoss({ connectionString: url, schema }), new PgBoss({ connectionString: url, schema })];
    const ran: string[] = [];
    try {
      for (const [i, boss] of instances.entries()) {
        await boss.start();
        await boss.createQueue("once-per-day");
        await boss.work("once-per-day", { pollingIntervalSeconds: 0.5 }, async () => void ran.push(`instance ${i}`));
      }
      // Both instances send the same day's run (what each instance's scheduler would do).
      for (const boss of instances) await boss.send("once-per-day", {}, { singletonKey: "2026-11-26", singletonSeconds: 3600 });
      await expect.poll(() => ran.length, { timeout: 15_000 }).toBe(1);
      await new Promise((r) => setTimeout(r, 1500));
      expect(ran).toHaveLength(1);
    } finally {
      for (const boss of instances) await boss.stop({ graceful: false, wait: true }).catch(() => {});
      const { adminQuery } = await import("@/lib/db/testing");
      await adminQuery(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  }, 60_000);
});
