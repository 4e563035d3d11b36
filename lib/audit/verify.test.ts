import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/db";
import type { Db } from "@/lib/db/client";
import { GENESIS_HASH, quoteNullable, verifyAuditChain } from "./verify";

/** Tampering as a database owner would: with the append-only trigger switched off for one statement. */
async function asOwner(prisma: Db, statement: () => Promise<unknown>) {
  await prisma.$executeRaw`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`;
  try {
    await statement();
  } finally {
    await prisma.$executeRaw`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`;
  }
}

async function record(prisma: Db, n: number) {
  for (let i = 0; i < n; i++) {
    await prisma.auditEvent.create({
      data: {
        action: `test.event${i}`,
        entityType: "Test",
        entityId: String(i),
        actorLabel: i % 2 ? "test" : null,
        before: i % 3 ? { name: "Straße", quote: "it's", path: "C:\\data" } : undefined,
        after: { n: i, nested: { a: [1, 2, null] } },
      },
    });
  }
}

describe("audit hash chain", () => {
  it("chains every event in the database, whoever inserts it, and verifies intact (also the demo's events)", async () => {
    const { prisma } = await useTestDatabase("demo");
    await record(prisma, 5);
    await prisma.auditEvent.createMany({ data: [{ action: "test.bulk", entityType: "Test" }, { action: "test.bulk", entityType: "Test" }] });
    const r = await verifyAuditChain(prisma);
    expect(r.firstBreak).toBeNull();
    expect(r.ok).toBe(true);
    expect(r.checked).toBe(await prisma.auditEvent.count());
    const first = await prisma.auditEvent.findFirstOrThrow({ orderBy: { chainSeq: "asc" } });
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(first.chainSeq).toBe(1n);
  });

  it("keeps one order when many transactions record at once", async () => {
    const { prisma } = await useTestDatabase();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        prisma.$transaction(async (tx) => {
          await tx.auditEvent.create({ data: { action: "test.parallel", entityType: "Test", entityId: `${i}a` } });
          await tx.auditEvent.create({ data: { action: "test.parallel", entityType: "Test", entityId: `${i}b` } });
        }),
      ),
    );
    const r = await verifyAuditChain(prisma);
    expect(r).toMatchObject({ ok: true, checked: 40, head: { seq: "40" } });
  });

  it("detects a changed event and names it", async () => {
    const { prisma } = await useTestDatabase();
    await record(prisma, 6);
    const victim = await prisma.auditEvent.findFirstOrThrow({ where: { action: "test.event3" } });
    await asOwner(prisma, () => prisma.$executeRaw`UPDATE audit_events SET after = '{"n": 999}' WHERE id = ${victim.id}`);
    const r = await verifyAuditChain(prisma);
    expect(r.ok).toBe(false);
    expect(r.firstBreak).toEqual({ position: String(victim.chainSeq), eventId: String(victim.id), problem: "changed" });
    expect(r.checked).toBe(Number(victim.chainSeq) - 1);
  });

  it("detects a changed event even when the hash column was recomputed by the database function", async () => {
    const { prisma } = await useTestDatabase();
    await record(prisma, 4);
    const victim = await prisma.auditEvent.findFirstOrThrow({ where: { action: "test.event1" } });
    await asOwner(prisma, async () => {
      await prisma.$executeRaw`UPDATE audit_events SET actor_label = 'someone-else' WHERE id = ${victim.id}`;
      await prisma.$executeRaw`UPDATE audit_events a SET hash = audit_event_digest(a) WHERE id = ${victim.id}`;
    });
    // The event's own hash fits now, but the next event's prev_hash no longer does.
    const r = await verifyAuditChain(prisma);
    expect(r.ok).toBe(false);
    expect(r.firstBreak?.position).toBe(String(victim.chainSeq! + 1n));
    expect(r.firstBreak?.problem).toBe("missing");
  });

  it("detects a deleted event, a cut-off tail and an event inserted with the chain trigger off", async () => {
    const { prisma } = await useTestDatabase();
    await record(prisma, 5);
    const middle = await prisma.auditEvent.findFirstOrThrow({ where: { action: "test.event2" } });
    await asOwner(prisma, () => prisma.$executeRaw`DELETE FROM audit_events WHERE id = ${middle.id}`);
    expect((await verifyAuditChain(prisma)).firstBreak).toMatchObject({ position: String(middle.chainSeq), problem: "missing" });

    const other = await useTestDatabase();
    await record(other.prisma, 3);
    const last = await other.prisma.auditEvent.findFirstOrThrow({ orderBy: { chainSeq: "desc" } });
    await asOwner(other.prisma, () => other.prisma.$executeRaw`DELETE FROM audit_events WHERE id = ${last.id}`);
    expect((await verifyAuditChain(other.prisma)).firstBreak).toMatchObject({ position: String(last.chainSeq), problem: "truncated" });

    const third = await useTestDatabase();
    await record(third.prisma, 2);
    await third.prisma.$executeRaw`ALTER TABLE audit_events DISABLE TRIGGER audit_events_chain`;
    await third.prisma.auditEvent.create({ data: { action: "test.sneaked", entityType: "Test" } });
    await third.prisma.$executeRaw`ALTER TABLE audit_events ENABLE TRIGGER audit_events_chain`;
    expect((await verifyAuditChain(third.prisma)).firstBreak).toMatchObject({ problem: "unchained" });
  });

  it("quotes like PostgreSQL's quote_nullable", async () => {
    const { prisma } = await useTestDatabase();
    for (const v of [null, "plain", "it's", "C:\\path", "a'\\b", "Straße ✓", ""]) {
      const [row] = await prisma.$queryRaw<{ q: string }[]>`SELECT quote_nullable(${v}::text) AS q`;
      expect(quoteNullable(v)).toBe(row!.q);
    }
  });
});
