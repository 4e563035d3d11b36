// Reads and validates the environment once. A missing or malformed variable stops the
// process with a message that names the variable and what is expected.
import path from "node:path";
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "postgresql:" || u.protocol === "postgres:") && u.hostname !== "" && u.pathname.length > 1;
    } catch {
      return false;
    }
  }, "expected a PostgreSQL URL such as postgresql://user:password@host:5432/database");

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "expected true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
    DATA_DIR: z.string().trim().min(1, "expected a directory path").default("./.data"),
    SEED_DEMO_ON_EMPTY: booleanFlag.optional(),
    DEMO_MODE: booleanFlag.optional(),
    AUTH_SECRET: z.string().min(32, "expected at least 32 random characters (e.g. `openssl rand -base64 32`)").optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_URL && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required when DATABASE_URL points at a PostgreSQL server; expected at least 32 random characters",
      });
    }
  });

export type Env = {
  nodeEnv: "development" | "production" | "test";
  /** "embedded" = PGlite under dataDir, "server" = PostgreSQL at databaseUrl. */
  engine: "embedded" | "server";
  databaseUrl: string | undefined;
  dataDir: string;
  /** Load the demo data when the embedded database is empty on start. */
  seedDemoOnEmpty: boolean;
  /** Demo mode shows the shared demo password on the login page. */
  demoMode: boolean;
  authSecret: string | undefined;
  logLevel: "debug" | "info" | "warn" | "error";
};

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses an environment (process.env by default); throws EnvError with one line per problem. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`);
    throw new EnvError(`Invalid configuration. ${lines.join("; ")}`);
  }
  const e = result.data;
  const engine = e.DATABASE_URL ? "server" : "embedded";
  return {
    nodeEnv: e.NODE_ENV,
    engine,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    seedDemoOnEmpty: e.SEED_DEMO_ON_EMPTY ?? engine === "embedded",
    demoMode: e.DEMO_MODE ?? engine === "embedded",
    authSecret: e.AUTH_SECRET,
    logLevel: e.LOG_LEVEL,
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
