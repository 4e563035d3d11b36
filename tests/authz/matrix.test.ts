// Table-driven authorization test: every role against every action, by direct call of the action
// (the same entry point server actions and API routes use), including targets outside the
// actor's scope (swapped ids) and extra fields that must be ignored. A new action without a row
// in this table fails the coverage check.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isAction, type Action } from "@/lib/actions/define-action";
import { demoFixture } from "@/tests/db";
import type { Case, Fixture, RoleKey } from "./cases/shared";

/** Every file in tests/authz/cases (but shared.ts) contributes its CASES. */
const caseDir = path.join(process.cwd(), "tests", "authz", "cases");
const CASES: Case[] = (
  await Promise.all(
    fs
      .readdirSync(caseDir)
      .filter((f) => f.endsWith(".ts") && f !== "shared.ts")
      .sort()
      .map(async (f) => ((await import(/* @vite-ignore */ path.join(caseDir, f))) as { CASES: Case[] }).CASES),
  )
).flat();

/** The demo users the matrix runs as, one of each role (the partner contact too). */
const ROLES: RoleKey[] = ["admin", "head", "council", "lead", "viewer", "partner"];

/** Fields a caller might add to escalate; they must never take effect. */
const EXTRAS = { role: "ADMIN", sessionVersion: 999, passwordHash: "x", active: true, isExample: false };

const demo = demoFixture();

function fixture(): Fixture {
  return { db: demo.prisma, actors: demo };
}

async function actionModules(): Promise<Action<unknown, unknown>[]> {
  const found: Action<unknown, unknown>[] = [];
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? walk(p) : /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
    });
  for (const file of walk(path.join(process.cwd(), "lib"))) {
    const source = fs.readFileSync(file, "utf8");
    if (!source.includes("defineAction(")) continue;
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const v of Object.values(mod)) if (isAction(v)) found.push(v);
  }
  return found;
}

describe("authorization matrix", () => {
  it("has a row for every action built with defineAction", async () => {
    const names = (await actionModules()).map((a) => a.name).sort();
    expect(names.length).toBeGreaterThan(0);
    const covered = new Set(CASES.map((c) => c.action.name));
    expect(names.filter((n) => !covered.has(n))).toEqual([]);
  });

  for (const c of CASES) {
    for (const role of ROLES) {
      // A partner contact is refused everything a case does not grant them explicitly.
      const expected = c.expect[role === "partner" ? "partner" : role] ?? "FORBIDDEN";
      it(`${c.action.name} by ${role}: ${expected}`, async () => {
        const input = await c.input(fixture(), role);
        const before = await demo.prisma.user.findUniqueOrThrow({ where: { id: demo[role].id }, select: { role: true, departmentId: true } });
        const r = await c.action.execute(demo[role], { ...EXTRAS, ...(input as object) }, { db: demo.prisma });
        if (expected === "ok") expect(r.ok ? "ok" : `${r.code}: ${r.message} ${JSON.stringify(r.fieldErrors ?? {})}`).toBe("ok");
        else expect(r).toMatchObject({ ok: false, code: expected });
        const after = await demo.prisma.user.findUniqueOrThrow({ where: { id: demo[role].id }, select: { role: true, departmentId: true } });
        expect(after).toEqual(before);
      });
    }
    if (c.foreign) {
      const foreign = c.foreign;
      for (const role of Object.keys(foreign.expect) as RoleKey[]) {
        it(`${c.action.name} by ${role} on a target outside their scope: ${foreign.expect[role]}`, async () => {
          const input = await foreign.input(fixture(), role);
          const r = await c.action.execute(demo[role], { ...EXTRAS, ...(input as object) }, { db: demo.prisma });
          if (foreign.expect[role] === "ok") expect(r.ok).toBe(true);
          else expect(r).toMatchObject({ ok: false, code: foreign.expect[role] });
        });
      }
    }
  }
});
