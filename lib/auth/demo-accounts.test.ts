// Issue 14, item 8: the login page offers the demo password only when it opens the demo accounts —
// not for a database seeded without DEMO_MODE (users without passwords) started later in demo mode.
import { beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/demo";
import { useTestDatabase } from "@/tests/db";
import { demoPasswordWorks, forgetDemoPasswordCheck } from "./demo-accounts";

beforeEach(() => forgetDemoPasswordCheck());

describe("demoPasswordWorks", () => {
  it("is false for the test template, whose demo users have another password", async () => {
    const { prisma } = await useTestDatabase("demo");
    expect(await demoPasswordWorks(prisma)).toBe(false);
  });

  it("is false for the demo seeded without passwords, and for no demo at all", async () => {
    const { prisma } = await useTestDatabase("empty");
    expect(await demoPasswordWorks(prisma)).toBe(false);
    forgetDemoPasswordCheck();
    await seedDemo(prisma, { password: null, today: new Date("2026-11-25") });
    expect(await demoPasswordWorks(prisma)).toBe(false);
  });

  it("is true once the demo is seeded with its password, checked again after a minute, not on every page view", async () => {
    const { prisma } = await useTestDatabase("empty");
    const t0 = 1_000_000;
    expect(await demoPasswordWorks(prisma, t0)).toBe(false);
    await seedDemo(prisma, { today: new Date("2026-11-25") });
    expect(await demoPasswordWorks(prisma, t0 + 30_000)).toBe(false);
    expect(await demoPasswordWorks(prisma, t0 + 61_000)).toBe(true);
  });
});
