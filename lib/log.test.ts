import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatLine, isSensitiveKey, log, redact } from "./log";

let stdout: string[];
let stderr: string[];
const savedLevel = process.env.LOG_LEVEL;

beforeEach(() => {
  stdout = [];
  stderr = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (stdout.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  delete process.env.LOG_LEVEL;
});

afterEach(() => {
  vi.restoreAllMocks();
  if (savedLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = savedLevel;
});

const parse = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe("log", () => {
  it("writes one JSON line with level, ISO time, message and fields to stdout", () => {
    log.info("initiative published", { initiativeId: "i1", count: 3 });
    expect(stdout).toHaveLength(1);
    expect(stdout[0]!.endsWith("\n")).toBe(true);
    expect(stdout[0]!.trimEnd()).not.toContain("\n");
    const [line] = parse(stdout);
    expect(line).toMatchObject({ level: "info", msg: "initiative published", initiativeId: "i1", count: 3 });
    expect(new Date(line!.at as string).toISOString()).toBe(line!.at);
  });

  it("writes errors to stderr and warnings to stdout", () => {
    log.error("database unavailable");
    log.warn("slow query");
    expect(parse(stderr)).toEqual([expect.objectContaining({ level: "error", msg: "database unavailable" })]);
    expect(parse(stdout)).toEqual([expect.objectContaining({ level: "warn", msg: "slow query" })]);
  });

  it("logs info and above by default, debug not", () => {
    log.debug("details");
    log.info("shown");
    expect(parse(stdout).map((l) => l.msg)).toEqual(["shown"]);
  });

  it("honours LOG_LEVEL", () => {
    process.env.LOG_LEVEL = "warn";
    log.info("hidden");
    log.warn("shown");
    log.error("also shown");
    expect(parse(stdout).map((l) => l.msg)).toEqual(["shown"]);
    expect(parse(stderr).map((l) => l.msg)).toEqual(["also shown"]);

    process.env.LOG_LEVEL = "debug";
    log.debug("now shown");
    expect(parse(stdout).map((l) => l.msg)).toEqual(["shown", "now shown"]);
  });

  it("falls back to info for an unknown LOG_LEVEL", () => {
    process.env.LOG_LEVEL = "verbose";
    log.debug("hidden");
    log.info("shown");
    expect(parse(stdout).map((l) => l.msg)).toEqual(["shown"]);
  });

  it("never writes a password, hash, token, secret, authorization or cookie, however deeply nested", () => {
    log.warn("sign-in failed", {
      email: "rat@demo.masterplan.example",
      password: "Duisburg-Demo-2026!",
      user: { id: "u1", passwordHash: "$argon2id$v=19$abc", sessions: [{ token: "tok-123", expires: "2026-12-01" }] },
      secret: "s3cr3t",
      headers: { Authorization: "Bearer abc", cookie: "next-auth.session-token=xyz", "x-request-id": "req-12345678" },
    });
    const raw = stdout.join("");
    for (const leaked of ["Duisburg-Demo-2026!", "$argon2id", "tok-123", "s3cr3t", "Bearer abc", "session-token=xyz"]) expect(raw).not.toContain(leaked);
    const [line] = parse(stdout);
    expect(line).toMatchObject({
      email: "rat@demo.masterplan.example",
      password: "[redacted]",
      user: { id: "u1", passwordHash: "[redacted]", sessions: [{ token: "[redacted]", expires: "2026-12-01" }] },
      secret: "[redacted]",
      headers: { Authorization: "[redacted]", cookie: "[redacted]", "x-request-id": "req-12345678" },
    });
  });

  it("keeps the envelope when a field is called level, at or msg", () => {
    const line = JSON.parse(formatLine("info", "real", { level: "fake", msg: "fake", at: "fake" }));
    expect(line).toMatchObject({ level: "info", msg: "real", field_level: "fake", field_msg: "fake", field_at: "fake" });
    expect(line.at).not.toBe("fake");
  });

  it("logs errors with name, message and stack, and survives cycles and bigints", () => {
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic.self = cyclic;
    const err = Object.assign(new Error("boom", { cause: { apiToken: "t" } }), { code: "P2002" });
    const line = JSON.parse(formatLine("error", "failed", { err, cyclic, big: 10n, when: new Date("2026-01-02T03:04:05Z") }));
    expect(line.err).toMatchObject({ name: "Error", message: "boom", code: "P2002", cause: { apiToken: "[redacted]" } });
    expect(line.err.stack).toContain("boom");
    expect(line.cyclic).toEqual({ name: "loop", self: "[circular]" });
    expect(line.big).toBe("10");
    expect(line.when).toBe("2026-01-02T03:04:05.000Z");
  });
});

describe("isSensitiveKey", () => {
  it.each(["password", "Password", "passwordHash", "newPassword", "token", "accessToken", "api_token", "secret", "AUTH_SECRET", "authorization", "Authorization", "cookie", "set-cookie", "cookies"])(
    "redacts %s",
    (key) => expect(isSensitiveKey(key)).toBe(true),
  );

  it.each(["email", "userId", "tokenId", "requestId", "status", "msgCount"])("keeps %s", (key) => expect(isSensitiveKey(key)).toBe(false));
});

describe("redact", () => {
  it("does not change the object it is given", () => {
    const input = { password: "x", nested: { token: "y" } };
    redact(input);
    expect(input).toEqual({ password: "x", nested: { token: "y" } });
  });
});

describe("routeConsoleToLog", () => {
  it("turns console output, a multi-line error included, into one JSON line each", async () => {
    const { routeConsoleToLog } = await import("./log");
    const saved = { error: console.error, warn: console.warn, log: console.log, info: console.info, debug: console.debug, trace: console.trace };
    const bridged = Symbol.for("masterplan-monitor.console-bridged");
    try {
      routeConsoleToLog();
      const error = Object.assign(new Error("Invalid `prisma.department.create()` invocation:\n\n\nUnique constraint failed on the fields: (`code`)"), { code: "P2002" });
      console.error(" ⨯ Error in a page", error);
      console.log("Next.js %s", "16");
      expect(stderr).toHaveLength(1);
      expect(stderr[0]!.trimEnd()).not.toContain("\n");
      expect(parse(stderr)[0]).toMatchObject({ level: "error", msg: "⨯ Error in a page", error: { message: error.message, code: "P2002" } });
      expect(parse(stdout)[0]).toMatchObject({ level: "info", msg: "Next.js 16" });
    } finally {
      Object.assign(console, saved);
      delete (console as unknown as Record<symbol, unknown>)[bridged];
    }
  });
});
