// The demo shows dependencies between the Duisburg initiatives (5G → autonomous driving, Rhine
// Cloud → smart logistics and Industry 4.0) with exactly one at risk from a slip, whatever the
// seeding day: the awkward days of tests/calendar-days.ts (29 February, 31 December) included.
import { describe, expect, it } from "vitest";
import { cityToday } from "@/lib/dates";
import { seedDemo } from "@/prisma/seed/demo";
import { useTestDatabase } from "@/tests/db";
import { DEMO_TODAY } from "@/tests/global-setup";
import { loadDependencyViews } from "./views";

describe("demo dependencies", () => {
  for (const instant of ["2026-11-25T10:00:00Z", "2026-12-31T10:00:00Z", "2028-02-29T10:00:00Z"]) {
    it(`links 5G, the test field, the Rhine Cloud, the port and Industry 4.0, with one slip flag (seeded ${instant})`, async () => {
      const now = new Date(instant);
      // The demo template is seeded on DEMO_TODAY (tests/global-setup.ts); other days seed afresh.
      const { prisma } = await useTestDatabase(instant === DEMO_TODAY.toISOString().replace(".000", "") ? "demo" : "empty");
      if ((await prisma.initiative.count()) === 0) await seedDemo(prisma, { today: now, password: null });
      const views = await loadDependencyViews(prisma, cityToday(now));
      const pairs = views.map((v) => `${v.successor.code}<${v.predecessor.code}`).sort();
      expect(pairs).toEqual(["MOB-01<INF-02", "MOB-01<INF-02", "WIR-01<INF-01", "WIR-02<INF-01"]);
      const atRisk = views.filter((v) => v.riskDays !== null);
      expect(atRisk).toHaveLength(1);
      expect(atRisk[0]).toMatchObject({ successor: { code: "MOB-01" }, predecessor: { code: "INF-02" } });
      expect(atRisk[0]!.riskDays).toBeGreaterThan(0);
    }, 120_000);
  }
});
