import { afterAll, describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import { demoFixture } from "@/tests/db";
import { invalidatePublicCache } from "./cache";
import { loadPublicPartner, loadPublicPartners } from "./partner-queries";

const demo = demoFixture();
const isPublic = { visibility: "PUBLIC", archivedAt: null } as const;
afterAll(() => invalidatePublicCache());

describe("loadPublicPartners", () => {
  it("lists partners of public initiatives with kind, website and their number of public initiatives", async () => {
    const partners = await loadPublicPartners(demo.prisma);
    expect(partners.length).toBeGreaterThan(3);
    const first = partners[0]!;
    expect(Object.keys(first).sort()).toEqual(["description", "initiativeCount", "kind", "name", "slug", "website"]);
    const expected = await demo.prisma.initiative.count({ where: { ...isPublic, partners: { some: { partner: { slug: first.slug } } } } });
    expect(first.initiativeCount).toBe(expected);
  });
});

describe("loadPublicPartner", () => {
  it("shows the partner's public initiatives with its roles and never committed amounts", async () => {
    const link = await demo.prisma.initiativePartner.findFirstOrThrow({
      where: { initiative: isPublic, committedAmount: { not: null } },
      select: { role: true, committedAmount: true, partner: { select: { slug: true } }, initiative: { select: { code: true } } },
    });
    const partner = (await loadPublicPartner(demo.prisma, link.partner.slug))!;
    const row = partner.list.items.find((i) => i.code === link.initiative.code)!;
    expect(row.roles.map((r) => r.role)).toContain(link.role);
    const json = JSON.stringify(partner);
    expect(json).not.toMatch(/committedAmount|"id"|version/);
    expect(json).not.toContain(link.committedAmount!.toString());
  });

  it("leaves out internal initiatives of a partner", async () => {
    const link = await demo.prisma.initiativePartner.findFirstOrThrow({
      where: { initiative: { visibility: "INTERNAL" }, partner: { initiatives: { some: { initiative: isPublic } } } },
      select: { partner: { select: { slug: true } }, initiative: { select: { code: true } } },
    });
    const partner = (await loadPublicPartner(demo.prisma, link.partner.slug))!;
    expect(partner.list.items.map((i) => i.code)).not.toContain(link.initiative.code);
    expect(partner.list.total).toBe(await demo.prisma.initiative.count({ where: { ...isPublic, partners: { some: { partner: { slug: link.partner.slug } } } } }));
  });

  it("is null for an unknown slug and for a partner of internal initiatives only", async () => {
    expect(await loadPublicPartner(demo.prisma, "gibt-es-nicht")).toBeNull();
    expect(await loadPublicPartner(demo.prisma, "Bad Slug!")).toBeNull();
    const internal = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, select: { id: true } });
    const p = await demo.prisma.partner.create({ data: { slug: "verdeckt-ag", name: "Verdeckt AG", kind: "COMPANY" } });
    await demo.prisma.initiativePartner.create({ data: { initiativeId: internal.id, partnerId: p.id, role: "OPERATOR" } });
    invalidatePublicCache();
    expect(await loadPublicPartner(demo.prisma, "verdeckt-ag")).toBeNull();
    expect((await loadPublicPartners(demo.prisma)).map((x) => x.slug)).not.toContain("verdeckt-ag");
  });

  it("needs a fixed number of queries", async () => {
    const partners = await loadPublicPartners(demo.prisma);
    const few = partners.reduce((a, b) => (a.initiativeCount <= b.initiativeCount ? a : b));
    const many = partners.reduce((a, b) => (a.initiativeCount >= b.initiativeCount ? a : b));
    expect(many.initiativeCount).toBeGreaterThan(few.initiativeCount);
    const a = await countQueries(demo.counting, () => loadPublicPartner(demo.counting, few.slug));
    const b = await countQueries(demo.counting, () => loadPublicPartner(demo.counting, many.slug));
    expect(b.count).toBe(a.count);
  });
});
