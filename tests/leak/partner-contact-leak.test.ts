// LEAK TEST for partner contacts (issue 18): with the leak markers planted in every internal field
// (prisma/seed/leak-markers.ts), the demo partner contact (UDE) assigned to the public initiative that
// carries them (its marked milestones and KPIs another partner's) and not to the internal one (its
// marked milestones and KPIs their own partner's), nothing a partner contact can reach shows a marker:
// - every exported internal read (lib/**/queries.ts and *-queries.ts) called as the partner contact
//   with every id we know refuses or answers without a marker;
// - every internal route handler (app/api/v1, the downloads under app/(internal)) called with a
//   token of the partner contact refuses (a partner contact cannot mint one; one planted directly
//   must still read nothing);
// - every page of the signed-in app but their own page and their account sends them away
//   (outsideUsersPages, the guard in requireUser) before a read runs;
// - their own page shows their milestone and nothing marked.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { getPartnerWork } from "@/lib/partner-work/queries";
import { generateToken } from "@/lib/tokens/verify";
import { seedLeakMarkers } from "@/prisma/seed/leak-markers";
import { demoFixture } from "@/tests/db";
import { findLeaks, serialise } from "./scan";

const shared = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db/client")>()),
  db: async () => shared.db!,
}));

const root = process.cwd();
const demo = demoFixture();
const CLEAN_TITLE = "Partner-Meilenstein ohne Markierung";
let partner: Actor;
let ids: string[];
let ownMilestoneId: string;
let secret: string;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function expectNoLeaks(outputs: { source: string; text: string }[]) {
  const leaks = outputs.flatMap((o) => findLeaks(o.text).map((snippet) => `${o.source}: …${snippet}…`));
  expect(leaks, leaks.slice(0, 20).join("\n")).toEqual([]);
}

beforeAll(async () => {
  shared.db = demo.prisma;
  const db = demo.prisma;
  const seeded = await seedLeakMarkers(db);
  expect(seeded).not.toBeNull();
  partner = demo.partner;
  const me = await db.user.findUniqueOrThrow({ where: { id: partner.id }, select: { partnerId: true } });
  const other = await db.partner.findFirstOrThrow({ where: { id: { not: me.partnerId! } }, select: { id: true } });
  const marked = await db.initiative.findMany({ where: { OR: [{ slug: seeded!.hostSlug }, { slug: seeded!.internalSlug }] }, select: { id: true, code: true, slug: true } });
  for (const i of marked) {
    // The university works on both marked initiatives.
    await db.initiativePartner.upsert({
      where: { initiativeId_partnerId_role: { initiativeId: i.id, partnerId: me.partnerId!, role: "RESEARCH_PARTNER" } },
      create: { initiativeId: i.id, partnerId: me.partnerId!, role: "RESEARCH_PARTNER" },
      update: {},
    });
    const assigned = i.slug === seeded!.hostSlug;
    // Assigned to the public host, whose marked milestones and KPIs are another partner's; not
    // assigned to the internal initiative, whose marked milestones and KPIs are their own partner's.
    if (assigned) await db.initiativeMember.create({ data: { initiativeId: i.id, userId: partner.id, role: "PARTNER_CONTACT" } });
    const responsible = assigned ? other.id : me.partnerId!;
    await db.milestone.updateMany({ where: { initiativeId: i.id }, data: { responsiblePartnerId: responsible } });
    await db.kpi.updateMany({ where: { initiativeId: i.id }, data: { responsiblePartnerId: responsible } });
  }
  const host = marked.find((i) => i.slug === seeded!.hostSlug)!;
  const own = await db.milestone.create({
    data: { initiativeId: host.id, title: CLEAN_TITLE, baselineDate: new Date("2027-03-01"), forecastDate: new Date("2027-03-01"), responsiblePartnerId: me.partnerId },
  });
  ownMilestoneId = own.id;
  const [milestones, kpis, reports, lines, risks] = await Promise.all([
    db.milestone.findMany({ where: { initiativeId: { in: marked.map((i) => i.id) } }, select: { id: true } }),
    db.kpi.findMany({ where: { initiativeId: { in: marked.map((i) => i.id) } }, select: { id: true } }),
    db.statusReport.findMany({ where: { initiativeId: { in: marked.map((i) => i.id) } }, select: { id: true } }),
    db.budgetLine.findMany({ where: { initiativeId: { in: marked.map((i) => i.id) } }, select: { id: true } }),
    db.risk.findMany({ where: { initiativeId: { in: marked.map((i) => i.id) } }, select: { id: true } }),
  ]);
  ids = [...marked.flatMap((i) => [i.id, i.code, i.slug]), ...[milestones, kpis, reports, lines, risks].flat().map((r) => r.id)];
  // A token planted for the partner contact (the app never mints one for them).
  const t = generateToken();
  secret = t.token;
  await db.apiToken.create({ data: { userId: partner.id, name: "planted", scopes: ["READ", "KPI_WRITE"], prefix: t.prefix, tokenHash: t.tokenHash, expiresAt: new Date("2099-01-01") } });
}, 180_000);

describe("a partner contact", () => {
  it("gets nothing marked from any internal read", { timeout: 300_000 }, async () => {
    const files = walk(path.join(root, "lib")).filter(
      (f) => /(^|[/\\-])queries\.ts$/.test(path.basename(f)) || /-queries\.ts$/.test(f) || path.basename(f) === "queries.ts",
    );
    expect(files.length).toBeGreaterThan(15);
    const outputs: { source: string; text: string }[] = [];
    let answered = 0;
    let refused = 0;
    for (const file of files) {
      if (/[/\\]lib[/\\](public|open-data)[/\\]/.test(file)) continue;
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const [name, fn] of Object.entries(mod)) {
        if (typeof fn !== "function" || !/^(get|list|load|count|find|build|query|search)/.test(name)) continue;
        for (const args of [[], [{}], ...ids.map((id) => [id]), ...ids.map((id) => [{ initiativeId: id, id }])]) {
          try {
            const result = await (fn as (...a: unknown[]) => unknown)(demo.prisma, partner, ...args);
            answered++;
            outputs.push({ source: `${path.relative(root, file)} ${name}(${serialise(args).slice(1, -1)})`, text: serialise(result) });
          } catch {
            refused++;
          }
        }
      }
    }
    // Not vacuous: reads were refused (FORBIDDEN) and some answered (counts, own lists).
    expect(refused).toBeGreaterThan(100);
    expect(answered).toBeGreaterThan(0);
    expectNoLeaks(outputs);
  });

  it("is refused by every internal route handler, even with a token", { timeout: 180_000 }, async () => {
    const files = walk(path.join(root, "app"))
      .filter((f) => f.endsWith(`${path.sep}route.ts`))
      .filter((f) => /api[/\\]v1[/\\]|\(internal\)/.test(f));
    expect(files.length).toBeGreaterThan(5);
    const outputs: { source: string; text: string }[] = [];
    const statuses: string[] = [];
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const rel = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
      for (const method of ["GET", "POST"] as const) {
        const handler = mod[method] as ((r: Request, c: unknown) => Promise<Response>) | undefined;
        if (typeof handler !== "function") continue;
        for (const id of [ids[0]!, ids[1]!, ownMilestoneId]) {
          const urlPath = `/${rel.map((s) => (/^\[\w+\]$/.test(s) ? id : s)).join("/")}`;
          const params = Object.fromEntries(rel.filter((s) => /^\[\w+\]$/.test(s)).map((s) => [s.slice(1, -1), id]));
          const init: RequestInit = { method, headers: { authorization: `Bearer ${secret}`, "content-type": "application/json", origin: "http://localhost:3000" } };
          if (method === "POST") init.body = JSON.stringify({ periodDate: "2026-06-30", value: 1, items: [] });
          let response: Response;
          try {
            response = await handler(new Request(`http://localhost:3000${urlPath}`, init), { params: Promise.resolve(params) });
          } catch {
            // Handlers that need a browser session (Next's request context) fail before any read.
            continue;
          }
          statuses.push(`${method} ${urlPath} ${response.status}`);
          outputs.push({ source: `${method} ${urlPath} (${response.status})`, text: await response.text() });
        }
      }
    }
    expect(statuses.length).toBeGreaterThan(5);
    // Nothing succeeds: no read, no write (the OpenAPI descriptions are documents, not data).
    expect(statuses.filter((s) => / 2\d\d$/.test(s) && !/openapi/.test(s))).toEqual([]);
    expectNoLeaks(outputs);
  });

  it("is sent to their own page from every other page of the signed-in app", async () => {
    const { outsideUsersPages } = await import("@/lib/auth/session");
    const pages = walk(path.join(root, "app", "(internal)", "app"))
      .filter((f) => f.endsWith(`${path.sep}page.tsx`))
      .map((f) => `/app/${path.relative(path.join(root, "app", "(internal)", "app"), path.dirname(f)).split(path.sep).filter(Boolean).join("/")}`.replace(/\/$/, ""))
      .map((p) => p.replace(/\[\.\.\.\w+\]/, "anything").replace(/\[\w+\]/g, "X-01"));
    expect(pages.length).toBeGreaterThan(25);
    const allowed = pages.filter((p) => outsideUsersPages(partner, p) === null).sort();
    expect(allowed).toEqual([
      "/app/account/mfa",
      "/app/account/mfa/verify",
      "/app/account/password",
      "/app/account/reauth",
      "/app/account/sessions",
      "/app/partner",
    ]);
    for (const p of pages) if (!allowed.includes(p)) expect(outsideUsersPages(partner, p), p).toBe("/app/partner");
    // Internal users are not redirected anywhere.
    for (const p of pages) expect(outsideUsersPages(demo.viewer, p), p).toBeNull();
  });

  it("sees their own milestone, nothing marked, on their page", async () => {
    const work = await getPartnerWork(demo.prisma, partner);
    const text = serialise(work);
    expect(text).toContain(CLEAN_TITLE);
    expect(findLeaks(text)).toEqual([]);
  });
});
