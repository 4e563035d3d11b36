// Structured logging: one JSON object per line (level, at, msg, fields) for the log collector.
// Credentials never reach a log line: fields that name one are replaced, however deeply nested.
// Reads LOG_LEVEL itself (not lib/env.ts) so it works before and without a valid configuration.
// The server also routes console output through here (routeConsoleToLog, below).
import { formatWithOptions } from "node:util";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
export const REDACTED = "[redacted]";
const MAX_DEPTH = 8;

function threshold(): number {
  const configured = process.env.LOG_LEVEL?.trim().toLowerCase();
  return configured && configured in RANK ? RANK[configured as LogLevel] : RANK.info;
}

/**
 * password, passwordHash, token, secret, authorization, cookie, in any spelling
 * (`Authorization`, `set-cookie`, `x_auth_token`) and as the end of a name (`newPassword`,
 * `accessToken`, `authSecret`, `sessionCookie`).
 */
export function isSensitiveKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  return (
    k.includes("password") ||
    k.includes("secret") ||
    k.includes("authorization") ||
    k.endsWith("token") ||
    k.endsWith("cookie") ||
    k === "cookies" ||
    k === "apikey"
  );
}

/** A JSON-safe copy of `value` with sensitive fields replaced by "[redacted]". */
export function redact(value: unknown, seen: WeakSet<object> = new WeakSet(), depth = 0): unknown {
  if (value === null || typeof value !== "object") {
    if (typeof value === "bigint") return value.toString();
    if (typeof value === "function" || typeof value === "symbol") return undefined;
    return value;
  }
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[truncated]";
  seen.add(value);
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (Array.isArray(value)) return value.map((v) => redact(v, seen, depth + 1));
    const out: Record<string, unknown> = {};
    if (value instanceof Error) {
      out.name = value.name;
      out.message = value.message;
      if (value.stack) out.stack = value.stack;
      if (value.cause !== undefined) out.cause = redact(value.cause, seen, depth + 1);
    }
    for (const [k, v] of Object.entries(value)) out[k] = isSensitiveKey(k) ? REDACTED : redact(v, seen, depth + 1);
    return out;
  } finally {
    // Only the current path counts as a cycle; the same object twice side by side is logged twice.
    seen.delete(value);
  }
}

const RESERVED = new Set(["level", "at", "msg"]);

/** One log line (without the newline); exported for tests. */
export function formatLine(level: LogLevel, msg: string, fields?: LogFields, now: Date = new Date()): string {
  const line: Record<string, unknown> = { level, at: now.toISOString(), msg };
  if (fields) {
    const safe = redact(fields) as Record<string, unknown>;
    // A field must not overwrite the envelope; keep it under another name instead of dropping it.
    for (const [k, v] of Object.entries(safe)) line[RESERVED.has(k) ? `field_${k}` : k] = v;
  }
  return JSON.stringify(line);
}

function write(level: LogLevel, msg: string, fields?: LogFields): void {
  if (RANK[level] < threshold()) return;
  const line = `${formatLine(level, msg, fields)}\n`;
  if (level === "error") process.stderr.write(line);
  else process.stdout.write(line);
}

export const log = {
  debug: (msg: string, fields?: LogFields) => write("debug", msg, fields),
  info: (msg: string, fields?: LogFields) => write("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => write("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => write("error", msg, fields),
};

// ---------------------------------------------------------------------------
// Everything else the server process prints
// ---------------------------------------------------------------------------

const CONSOLE_LEVELS = { error: "error", warn: "warn", info: "info", log: "info", debug: "debug", trace: "debug" } as const;
const ANSI = /\u001b\[[0-9;]*m/g;
const BRIDGED = Symbol.for("masterplan-monitor.console-bridged");

/**
 * One log line from console arguments as Next.js, React and libraries pass them: the first Error
 * goes into `error` (name, message, stack and its own fields such as Prisma's code and meta, all in
 * the one JSON line), the rest is formatted into `msg` without colours. A line that is already one
 * of ours (a JSON object) is left as it is.
 */
export function consoleLine(level: LogLevel, args: unknown[], now: Date = new Date()): string {
  if (args.length === 1 && typeof args[0] === "string" && /^\{"level":"/.test(args[0]) && !args[0].includes("\n")) return args[0];
  const error = args.find((a) => a instanceof Error) as Error | undefined;
  const rest = args.filter((a) => a !== error);
  // util.format's %s/%d substitutions and inspection of objects, as console does.
  const text = rest.length ? formatArgs(rest) : "";
  const msg = text.replace(ANSI, "").trim() || (error ? error.message : "");
  return formatLine(level, msg, error ? { error } : undefined, now);
}

function formatArgs(args: unknown[]): string {
  return formatWithOptions({ colors: false, breakLength: Infinity }, ...args);
}

/**
 * Turns console.error/warn/info/log/debug of this process into log lines, so framework errors
 * (Next.js's "⨯ Error …" with its stack) and library output keep the stream one JSON object per
 * line. The server (lib/server/serve.ts) calls it once at start.
 */
export function routeConsoleToLog(): void {
  const c = console as unknown as Record<string | symbol, unknown>;
  if (c[BRIDGED]) return;
  c[BRIDGED] = true;
  for (const [method, level] of Object.entries(CONSOLE_LEVELS)) {
    c[method] = (...args: unknown[]) => {
      if (RANK[level] < threshold()) return;
      const line = `${consoleLine(level, args)}\n`;
      if (level === "error") process.stderr.write(line);
      else process.stdout.write(line);
    };
  }
}
