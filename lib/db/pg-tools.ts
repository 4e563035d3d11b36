// The PostgreSQL client programs (pg_dump, pg_restore, psql) that backup and restore run for a
// server: found on PATH or in Debian's /usr/lib/postgresql/<version>/bin, given the connection
// without the password on their command line (where `ps` would show it).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type PgTool = "pg_dump" | "pg_restore" | "psql";

export class MissingToolError extends Error {
  constructor(tool: PgTool) {
    super(
      `${tool} not found: install the PostgreSQL client programs (Debian/Ubuntu: apt-get install postgresql-client; ` +
        `a version at least as new as the server's), or put ${tool} on PATH.`,
    );
    this.name = "MissingToolError";
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The tool's path: PATH first (Debian's /usr/bin/pg_dump is a wrapper that picks the newest installed
 * version for a remote server), then the newest /usr/lib/postgresql/<version>/bin.
 */
export function findPgTool(tool: PgTool, where: { path?: string; libDir?: string } = {}): string {
  const searchPath = where.path ?? process.env.PATH ?? "";
  const exe = process.platform === "win32" ? `${tool}.exe` : tool;
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, exe);
    if (isExecutable(candidate)) return candidate;
  }
  const libDir = where.libDir ?? "/usr/lib/postgresql";
  let versions: string[] = [];
  try {
    versions = fs.readdirSync(libDir).filter((v) => /^\d+(\.\d+)?$/.test(v));
  } catch {
    /* no Debian layout */
  }
  versions.sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  for (const v of versions) {
    const candidate = path.join(libDir, v, "bin", exe);
    if (isExecutable(candidate)) return candidate;
  }
  throw new MissingToolError(tool);
}

/** Query parameters Prisma or node-postgres understand but libpq rejects ("invalid URI query parameter"). */
const NOT_LIBPQ = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout", "ssl", "uselibpqcompat"];

/** DATABASE_URL as libpq takes it: the URL without the password, which travels in PGPASSWORD. */
export function libpqConnection(url: string): { url: string; env: Record<string, string> } {
  const u = new URL(url);
  const env: Record<string, string> = {};
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  u.password = "";
  for (const p of NOT_LIBPQ) u.searchParams.delete(p);
  return { url: u.toString(), env };
}

export class ToolFailedError extends Error {
  constructor(tool: string, detail: string) {
    super(`${tool} failed: ${detail}`);
    this.name = "ToolFailedError";
  }
}

/** The first line worth showing from a tool's error output (its ERROR line, else the first line). */
export function toolErrorLine(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /\bERROR:|error:|FATAL:/.test(l)) ?? lines[0] ?? "no error message";
}

type Step = { tool: string; file: string; args: string[] };

/**
 * Runs one tool, or two with the first one's output piped into the second, with the connection's
 * environment; resolves with the last one's output (its first megabyte), rejects with the tool's own
 * error line when one exits non-zero.
 */
export function runPipeline(steps: [Step] | [Step, Step], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const childEnv = { ...process.env, ...env, PGAPPNAME: "masterplan-monitor-backup" };
    const children = steps.map((s) => spawn(s.file, s.args, { env: childEnv, stdio: ["pipe", "pipe", "pipe"] }));
    const stderr = children.map(() => "");
    const exits: (number | null)[] = children.map(() => null);
    let remaining = children.length;
    let output = "";
    let failed = false;
    children.forEach((child, i) => {
      child.stderr.setEncoding("utf8");
      child.stderr.on("data", (d: string) => (stderr[i] = (stderr[i]! + d).slice(-20_000)));
      child.on("error", (e) => {
        if (failed) return;
        failed = true;
        children.forEach((c) => c.kill());
        reject(e);
      });
      child.on("close", (code) => {
        exits[i] = code;
        // A tool that failed ends the pipeline: pg_restore would otherwise wait forever to write to a psql that is gone.
        if (code !== 0) children.forEach((c, j) => j !== i && exits[j] === null && c.kill());
        if (--remaining > 0 || failed) return;
        // The downstream tool's error says more (e.g. psql's ERROR line) than the upstream one's broken pipe.
        for (const j of [...children.keys()].reverse()) {
          if (exits[j] !== 0) return reject(new ToolFailedError(steps[j]!.tool, toolErrorLine(stderr[j]!)));
        }
        resolve(output);
      });
    });
    children[0]!.stdin.end();
    if (children[1]) children[0]!.stdout.pipe(children[1].stdin);
    else children[0]!.stdout.resume();
    const last = children.at(-1)!;
    last.stdout.setEncoding("utf8");
    last.stdout.on("data", (d: string) => {
      if (output.length < 1_000_000) output += d;
    });
    children[1]?.stdin.on("error", () => {
      /* the downstream tool stopped early; its exit code tells */
    });
  });
}
