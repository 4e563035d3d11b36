// Every way into the app that can change or reveal non-public data goes through the policy:
// - every export of every `lib/**/actions.ts` (and any `actions.ts` under app/ or components/) is
//   `export const x = serverAction(someAction)` where someAction was built with defineAction, and
//   every "use server" module is such a file, so none escapes the enumeration;
// - every exported handler of every `app/**/route.ts` was built with the API helpers
//   (branded), unless the file declares a PUBLIC_ROUTE_REASON and exports only what is allowed.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isAction } from "@/lib/actions/define-action";

const root = process.cwd();
const BRAND = Symbol.for("masterplan-monitor.built-with-policy");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function walk(dir: string, match: (name: string) => boolean, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated") walk(p, match, out);
    } else if (match(entry.name)) out.push(p);
  }
  return out;
}

function resolveImport(fromFile: string, spec: string): string {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`cannot resolve ${spec} from ${fromFile}`);
}

const SOURCE_DIRS = ["app", "components", "lib"].map((d) => path.join(root, d));
const actionFiles = SOURCE_DIRS.flatMap((d) => walk(d, (n) => n === "actions.ts"));
const routeFiles = walk(path.join(root, "app"), (n) => n === "route.ts");
const useServerFiles = SOURCE_DIRS.flatMap((d) => walk(d, (n) => /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n))).filter((f) =>
  /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(fs.readFileSync(f, "utf8")),
);

describe("server actions", () => {
  it("exist (the check below is not vacuous)", () => {
    expect(actionFiles.length).toBeGreaterThan(0);
  });

  it("live only in files named actions.ts, which the check below reads", () => {
    expect(useServerFiles.length).toBeGreaterThan(0);
    expect(useServerFiles.filter((f) => !actionFiles.includes(f)).map((f) => path.relative(root, f))).toEqual([]);
  });

  for (const file of actionFiles) {
    const rel = path.relative(root, file);
    it(`${rel} exports only serverAction(<action built with defineAction>)`, async () => {
      const source = fs.readFileSync(file, "utf8");
      expect(source.trimStart().startsWith('"use server"'), "file must start with \"use server\"").toBe(true);
      const exportLines = source.split("\n").filter((l) => /^\s*export\b/.test(l));
      expect(exportLines.length).toBeGreaterThan(0);
      const imports = new Map<string, string>();
      for (const m of source.matchAll(/import\s*\{([^}]+)\}\s*from\s*"([^"]+)"/g)) {
        for (const name of m[1]!.split(",").map((s) => s.trim().split(/\s+as\s+/).pop()!).filter(Boolean)) imports.set(name, m[2]!);
      }
      for (const line of exportLines) {
        const m = /^export const (\w+) = serverAction\((\w+)\);$/.exec(line.trim());
        expect(m, `not built through the policy: ${line.trim()}`).not.toBeNull();
        const [, , actionName] = m!;
        const from = imports.get(actionName!);
        expect(from, `${actionName} must be imported from a lib module`).toBeDefined();
        const mod = await import(/* @vite-ignore */ resolveImport(file, from!));
        expect(isAction(mod[actionName!]), `${actionName} must be created with defineAction`).toBe(true);
      }
    });
  }
});

describe("route handlers", () => {
  it("exist (the check below is not vacuous)", () => {
    expect(routeFiles.length).toBeGreaterThan(0);
  });

  for (const file of routeFiles) {
    const rel = path.relative(root, file);
    it(`${rel} is built through the policy or declared public`, async () => {
      const source = fs.readFileSync(file, "utf8");
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const methods = HTTP_METHODS.filter((m) => m in mod);
      expect(methods.length).toBeGreaterThan(0);
      const publicReason = typeof mod.PUBLIC_ROUTE_REASON === "string" ? (mod.PUBLIC_ROUTE_REASON as string) : undefined;
      if (publicReason) {
        expect(publicReason.length).toBeGreaterThan(10);
        // A public route that mutates must say why that is safe, and stays on a short, reviewed list.
        const mutates = methods.filter((m) => MUTATING.has(m));
        if (mutates.length) expect(PUBLIC_MUTATING_ROUTES, `${rel} mutates without authentication`).toContain(rel);
        return;
      }
      for (const method of methods) {
        expect((mod[method] as Record<symbol, unknown>)[BRAND], `${rel} ${method} is not built with the API helpers`).toBeTruthy();
      }
      expect(source).not.toMatch(/\$queryRawUnsafe|\$executeRawUnsafe/);
    });
  }
});

/** Reviewed list of routes that accept unauthenticated mutations, and why that is safe. */
const PUBLIC_MUTATING_ROUTES = [
  "app/api/auth/[...nextauth]/route.ts", // next-auth: sign-in/out, protected by its CSRF token
  "app/api/password-reset/route.ts", // one-time reset link: the 256-bit token is the credential
  "app/api/public/feedback/route.ts", // citizens' feedback: honeypot, signed form time, per-address limit; moderated before public
  "app/api/public/subscriptions/route.ts", // e-mail subscription request: same limits; double opt-in, no answer tells who subscribes
  "app/api/public/subscriptions/confirm/route.ts", // double opt-in: the signed token from the mail is the credential
  "app/api/public/subscriptions/unsubscribe/route.ts", // unsubscribe: the signed token from the mail is the credential
];
