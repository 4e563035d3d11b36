import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { useTestDatabase } from "@/tests/db";
import { seedDemo } from "./demo";

describe("seedDemo", () => {
  it("loads a believable portfolio with one user per role, marked as example data", async () => {
    const { prisma } = await useTestDatabase("demo");
    const plan = await prisma.masterplan.findFirstOrThrow();
    expect(plan.isExample).toBe(true);
    expect(await prisma.fieldOfAction.count()).toBeGreaterThanOrEqual(6);
    const initiatives = await prisma.initiative.count();
    expect(initiatives).toBeGreaterThanOrEqual(30);
    expect(initiatives).toBeLessThanOrEqual(60);
    const roles = (await prisma.user.groupBy({ by: ["role"], _count: true })).map((r) => r.role).sort();
    expect(roles).toEqual(["ADMIN", "COUNCIL_MEMBER", "DEPARTMENT_HEAD", "PARTNER_CONTACT", "PROJECT_LEAD", "VIEWER"]);
    const partners = (await prisma.partner.findMany({ select: { name: true } })).map((p) => p.name).join("|");
    for (const name of ["Universität Duisburg-Essen", "Fraunhofer", "DVV", "Huawei"]) expect(partners).toContain(name);
    const states = (await prisma.statusReport.groupBy({ by: ["state"], _count: true })).map((r) => r.state).sort();
    expect(states).toEqual(["APPROVED", "DRAFT", "RETURNED", "SUBMITTED"]);
    expect(await prisma.milestone.count({ where: { forecastDate: { gt: prisma.milestone.fields.baselineDate } } })).toBeGreaterThan(0);
    expect(await prisma.kpiMeasurement.count()).toBeGreaterThan(100);
  });

  it("gives every department a head to approve its reports", async () => {
    const { prisma } = await useTestDatabase("demo");
    const departments = await prisma.department.findMany({ select: { code: true, users: { where: { role: "DEPARTMENT_HEAD" } } } });
    for (const d of departments) expect(d.users.length, d.code).toBeGreaterThan(0);
  });

  it("seeds users without any password when asked to (production)", async () => {
    const { prisma } = await useTestDatabase("empty");
    await seedDemo(prisma, { password: null, today: new Date("2026-11-25") });
    expect(await prisma.user.count({ where: { passwordHash: { not: null } } })).toBe(0);
  });

  it("hashes the demo password with Argon2id", async () => {
    const { prisma } = await useTestDatabase("demo");
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "admin@demo.masterplan.example" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(user.passwordHash!, "wrong password here")).toBe(false);
  });
});
