// Reads and validates the environment once. A missing or malformed variable stops the
// process with a message that names the variable and what is expected.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { DEFAULT_CITY_TIME_ZONE, isTimeZone, parseFixedNow } from "./dates";
import { DEFAULT_SERVER_HEAP_MB } from "./server/heap";

/** An empty or blank variable counts as unset. */
function emptyToUndefined(v: unknown): unknown {
  return typeof v === "string" && v.trim() === "" ? undefined : v;
}

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

const HOUR = "expected an hour from 0 to 23";

/** Role names as MFA_REQUIRED_ROLES spells them (the Role enum in lower case). */
const MFA_ROLES = ["admin", "department_head", "council_member", "project_lead", "viewer", "partner_contact"] as const;
type RoleName = "ADMIN" | "DEPARTMENT_HEAD" | "COUNCIL_MEMBER" | "PROJECT_LEAD" | "VIEWER" | "PARTNER_CONTACT";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "expected true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(path.resolve(dir)).isDirectory();
  } catch {
    return false;
  }
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
    DATA_DIR: z.string().trim().min(1, "expected a directory path").default("./.data"),
    SEED_DEMO_ON_EMPTY: booleanFlag.optional(),
    DEMO_MODE: booleanFlag.optional(),
    AUTH_SECRET: z.string().min(32, "expected at least 32 random characters (e.g. `openssl rand -base64 32`)").optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    APP_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.url({ protocol: /^https?$/, message: "expected the public base URL, e.g. https://masterplan.duisburg.de" }).optional(),
    ),
    SESSION_IDLE_MINUTES: z.coerce.number({ message: "expected a number of minutes" }).int().min(5).max(24 * 60).default(30),
    SESSION_MAX_HOURS: z.coerce.number({ message: "expected a number of hours" }).int().min(1).max(24 * 30).default(10),
    TRUSTED_PROXY_HOPS: z.coerce.number({ message: "expected 0 or the number of reverse proxies" }).int().min(0).max(5).default(0),
    OIDC_ISSUER: z.preprocess((v) => (v === "" ? undefined : v), z.url({ message: "expected the issuer URL of the identity provider" }).optional()),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default("Single Sign-On"),
    // `acr` values of the identity provider that mean "signed in with more than one factor".
    OIDC_MFA_ACR: z.preprocess(emptyToUndefined, z.string().trim().optional()),
    // Roles that must use a second factor (TOTP): comma-separated, or "none".
    MFA_REQUIRED_ROLES: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .toLowerCase()
        .refine(
          (v) => v === "none" || v.split(",").every((r) => MFA_ROLES.includes(r.trim() as (typeof MFA_ROLES)[number])),
          `expected "none" or a comma-separated list of ${MFA_ROLES.join(", ")}`,
        )
        .optional(),
    ),
    // The city's calendar: which day "today" is for overdue milestones, periods and reports.
    TZ_CITY: z.preprocess(emptyToUndefined, z.string().trim().refine(isTimeZone, "expected an IANA time zone such as Europe/Berlin").default(DEFAULT_CITY_TIME_ZONE)),
    // Tests and demonstrations: pin the domain's clock (today, the current quarter, staleness).
    FIXED_NOW: z.preprocess(
      emptyToUndefined,
      z.string().trim().refine((v) => parseFixedNow(v) !== null, "expected an ISO instant (2026-11-25T10:00:00Z) or a calendar day (2026-11-25)").optional(),
    ),
    FEEDBACK_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number({ message: "expected a whole number of days (1–3650)" }).int("expected a whole number of days (1–3650)").min(1).max(3650).default(180)),
    STALE_AFTER_DAYS: z.coerce.number({ message: "expected a whole number of days" }).int().min(1).max(3650).default(90),
    // Days after a quarter's end until its status report is due (lib/reports/obligation.ts).
    REPORT_GRACE_DAYS: z.preprocess(emptyToUndefined, z.coerce.number({ message: "expected a whole number of days (0–365)" }).int("expected a whole number of days (0–365)").min(0).max(365).default(30)),
    // The hour (city time) the reminder digests go out.
    NOTIFY_HOUR: z.preprocess(
      emptyToUndefined,
      z.coerce.number({ message: HOUR }).int(HOUR).min(0, HOUR).max(23, HOUR).default(7),
    ),
    HSTS: booleanFlag.optional(),
    // Four-eyes principle on status reports: nobody approves a report they wrote or submitted.
    FOUR_EYES: booleanFlag.optional(),
    // Four eyes before publishing: making an initiative, milestone or KPI public is a request another
    // person approves (lib/publish/). `false` for small offices: publishing is immediate.
    PUBLISH_REVIEW: booleanFlag.optional(),
    // The city's own accessibility statement, imprint and privacy notice; a typo must stop the start,
    // not quietly publish the placeholder texts.
    CONTENT_DIR: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .refine((dir) => isDirectory(dir), "expected an existing directory with de/ and en/ Markdown files (see content/)")
        .optional(),
    ),
    // Who publishes the open data (DCAT-AP.de dct:publisher), and the city's GovData contributor
    // URI (dcatde:contributorID), which GovData needs to harvest the catalogue.
    OPEN_DATA_PUBLISHER: z.preprocess(emptyToUndefined, z.string().trim().min(2).max(200).optional()),
    OPEN_DATA_CONTRIBUTOR_ID: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/, message: "expected an http(s) URI, e.g. http://dcat-ap.de/def/contributors/stadtDuisburg" }).optional()),
    // The city's federal state: names the Land funding level ("Land Nordrhein-Westfalen").
    CITY_STATE: z.preprocess(emptyToUndefined, z.string().trim().min(2, "expected the state's name, e.g. Nordrhein-Westfalen").max(60).regex(/^[\p{L}][\p{L} .'-]*$/u, "expected the state's name, e.g. Nordrhein-Westfalen").optional()),
    // After SIGTERM, requests in flight may take this long before the process ends (lib/server/shutdown.ts).
    SHUTDOWN_GRACE_SECONDS: z.coerce.number({ message: "expected a number of seconds" }).int().min(0).max(600).default(20),
    // Prometheus metrics at /api/metrics for requests with `Authorization: Bearer <METRICS_TOKEN>`; unset: off (lib/metrics/endpoint.ts).
    METRICS_TOKEN: z.preprocess(emptyToUndefined, z.string().trim().min(32, "expected at least 32 random characters (e.g. `openssl rand -hex 32`)").optional()),
    // One JSON line per request (lib/server/access-log.ts); default on for `npm start`.
    ACCESS_LOG: booleanFlag.optional(),
    // PDF and Excel exports render on this many worker threads, one export each at a time (lib/exports/);
    // at most EXPORT_QUEUE_LENGTH more wait, beyond that an export is refused with 503 and Retry-After.
    EXPORT_WORKERS: z.preprocess(emptyToUndefined, z.coerce.number({ message: "expected a number of threads" }).int().min(1).max(64).optional()),
    EXPORT_QUEUE_LENGTH: z.preprocess(emptyToUndefined, z.coerce.number({ message: "expected a number of exports" }).int().min(0).max(1000).default(20)),
    // `npm start` serves with this many processes (Node's cluster, lib/server/workers.ts); more than one needs PostgreSQL and REDIS_URL.
    WEB_CONCURRENCY: z.preprocess(emptyToUndefined, z.coerce.number({ message: "expected a number of processes" }).int().min(1).max(64).default(1)),
    // 0: no limit of ours (V8's own, a share of the machine's memory); below 128 MB Next cannot serve a page.
    // Unset: DEFAULT_SERVER_HEAP_MB on PostgreSQL; none on the embedded database, which lives in the
    // server's own heap (an e2e run of 18 minutes on PGlite ran a 384 MB heap out of memory).
    SERVER_HEAP_MB: z.preprocess(
      emptyToUndefined,
      z.coerce.number({ message: "expected megabytes" }).int().refine((n) => n === 0 || (n >= 128 && n <= 65_536), { message: "expected 0 (no limit) or 128–65536 (MB)" }).optional(),
    ),
    // Several instances: Next's page cache and the public data cache are shared through Redis
    // (lib/cache/next-cache-handler.mjs, lib/public/cache.ts). Without it each process keeps its own.
    REDIS_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^rediss?$/, message: "expected a Redis URL, e.g. redis://127.0.0.1:6379" }).optional()),
    // Outgoing mail (digests, invitations, reset links). Without SMTP_URL mails stay in the outbox.
    SMTP_URL: z.preprocess(
      emptyToUndefined,
      z
        .url({ protocol: /^smtps?$/, message: "expected smtp://user:password@host:587 or smtps://user:password@host:465" })
        .refine((v) => URL.canParse(v) && new URL(v).hostname !== "", "expected a host, e.g. smtp://mail.example.org:587")
        .optional(),
    ),
    // The city's council information system (ALLRIS, SessionNet ...): a decision's link, "{number}" replaced by its Drucksache number.
    COUNCIL_INFO_URL_TEMPLATE: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .refine((v) => v.includes("{number}") && URL.canParse(v.split("{number}").join("0")) && /^https?:$/.test(new URL(v.split("{number}").join("0")).protocol), "expected an http(s) address with {number}, e.g. https://ratsinfo.example.de/vo0050.asp?__kvonr={number}")
        .optional(),
    ),
    // Documents in S3-compatible object storage instead of DATA_DIR/documents (lib/documents/storage.ts).
    S3_BUCKET: z.preprocess(emptyToUndefined, z.string().trim().min(3).max(63).optional()),
    S3_REGION: z.preprocess(emptyToUndefined, z.string().trim().min(1).default("us-east-1")),
    S3_ENDPOINT: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/, message: "expected the storage's address, e.g. https://s3.example.org" }).optional()),
    S3_ACCESS_KEY_ID: z.preprocess(emptyToUndefined, z.string().trim().optional()),
    S3_SECRET_ACCESS_KEY: z.preprocess(emptyToUndefined, z.string().optional()),
    S3_FORCE_PATH_STYLE: booleanFlag.optional(),
    S3_PREFIX: z.preprocess(emptyToUndefined, z.string().trim().max(200).regex(/^[A-Za-z0-9._/-]*$/, "expected a key prefix such as documents/").default("documents/")),
    MAIL_FROM: z.preprocess(emptyToUndefined, z.string().trim().regex(/^(?:[^<>@\s][^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, "expected an address, e.g. Masterplan Monitor <noreply@duisburg.de>").optional()),
  })
  .superRefine((env, ctx) => {
    if (env.OIDC_ISSUER && (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET)) {
      ctx.addIssue({ code: "custom", path: ["OIDC_CLIENT_ID"], message: "OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required when OIDC_ISSUER is set" });
    }
    if (env.S3_BUCKET && (!env.S3_ACCESS_KEY_ID) !== (!env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({ code: "custom", path: ["S3_ACCESS_KEY_ID"], message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or neither, for the SDK's own credentials)" });
    }
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
  /** Public base URL; https enables Secure, __Host-/__Secure- prefixed cookies. */
  appUrl: string;
  /** APP_URL was given; without it sign-in follows the address the browser used (lib/auth/options.ts). */
  appUrlConfigured: boolean;
  secureCookies: boolean;
  sessionIdleSeconds: number;
  sessionMaxSeconds: number;
  trustedProxyHops: number;
  /** An initiative nobody changed for this many days is flagged stale. */
  staleAfterDays: number;
  /** A quarter's status report is due this many days after the quarter's end; later ones are late. */
  reportGraceDays: number;
  /** The hour (0–23, city time) the reminder digests go out (NOTIFY_HOUR). */
  notifyHour: number;
  /** IANA time zone of the city's calendar (TZ_CITY). */
  cityTimeZone: string;
  /** FIXED_NOW: the pinned domain clock, or null for the system clock. */
  fixedNow: Date | null;
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string; mfaAcrValues: string[] } | null;
  /** Roles that must sign in with a second factor (MFA_REQUIRED_ROLES; default admin, none in demo mode). */
  mfaRequiredRoles: RoleName[];
  /** Directory whose {de,en}/{accessibility,imprint,privacy}.md replace the defaults in content/; null = defaults. */
  contentDir: string | null;
  /** DCAT-AP.de publisher name; null = the masterplan's title. */
  openDataPublisher: string | null;
  /** CITY_STATE: the city's federal state, named in the Land funding level's label; null = just "Land". */
  cityState: string | null;
  /** DCAT-AP.de contributor URI (GovData); null = not stated. */
  openDataContributorId: string | null;
  /** Nobody approves a status report they wrote or submitted (FOUR_EYES, default true). */
  fourEyes: boolean;
  /** Publishing needs another person's approval (PUBLISH_REVIEW, default true). */
  publishReview: boolean;
  /** FEEDBACK_RETENTION_DAYS: citizens' names, e-mails and address hashes in feedback are deleted after this many days (default 180). */
  feedbackRetentionDays: number;
  /** SMTP server for outgoing mail; null: mails are kept in the outbox (/app/admin/outbox). */
  smtpUrl: string | null;
  mailFrom: string;
  /** MAIL_FROM is unset: mails go out under the city's site title (lib/branding) at `mailFrom`'s address. */
  mailFromIsDefault: boolean;
  /** REDIS_URL: shared page and data cache for several instances; null = one process's own. */
  redisUrl: string | null;
  /** SHUTDOWN_GRACE_SECONDS in ms: how long requests in flight may take after SIGTERM. */
  shutdownGraceMs: number;
  /** METRICS_TOKEN: the bearer token of /api/metrics; null = the endpoint is off. */
  metricsToken: string | null;
  /** ACCESS_LOG: one log line per request (default true). */
  accessLog: boolean;
  /** EXPORT_WORKERS: exports rendering at once, each on its own worker thread (default: cores − 1, at least 1). */
  exportWorkers: number;
  /** WEB_CONCURRENCY: server processes `npm start` asks for (default 1); lib/server/workers.ts decides how many run. */
  webConcurrency: number;
  /** SERVER_HEAP_MB: the heap limit (V8 old space, MB) of each server process `npm start` runs; 0: none (lib/server/heap.ts). */
  serverHeapMb: number;
  /** EXPORT_QUEUE_LENGTH: exports that may wait for a worker; more are refused (503). */
  exportQueueLength: number;
  /** COUNCIL_INFO_URL_TEMPLATE: a decision's link, "{number}" replaced; null = decisions without a link. */
  councilInfoUrlTemplate: string | null;
  /** S3_*: documents in object storage; null = on disk under DATA_DIR/documents. */
  s3: { bucket: string; region: string; endpoint: string | null; credentials: { accessKeyId: string; secretAccessKey: string } | null; forcePathStyle: boolean; prefix: string } | null;
};

function mfaRoles(value: string): RoleName[] {
  if (value === "none") return [];
  return [...new Set(value.split(",").map((r) => r.trim().toUpperCase() as RoleName))];
}

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
    appUrl: (e.APP_URL ?? `http://localhost:${source.PORT ?? "3000"}`).replace(/\/$/, ""),
    appUrlConfigured: !!e.APP_URL,
    secureCookies: (e.APP_URL ?? "").startsWith("https://"),
    sessionIdleSeconds: e.SESSION_IDLE_MINUTES * 60,
    sessionMaxSeconds: e.SESSION_MAX_HOURS * 3600,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    staleAfterDays: e.STALE_AFTER_DAYS,
    reportGraceDays: e.REPORT_GRACE_DAYS,
    notifyHour: e.NOTIFY_HOUR,
    cityTimeZone: e.TZ_CITY,
    fixedNow: parseFixedNow(e.FIXED_NOW),
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER.replace(/\/$/, ""),
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            name: e.OIDC_NAME,
            mfaAcrValues: (e.OIDC_MFA_ACR ?? "").split(",").map((v) => v.trim()).filter(Boolean),
          }
        : null,
    // The demo's accounts share a published password: one visitor enrolling the demo admin would
    // lock out every other, so demo mode requires nobody unless configured.
    mfaRequiredRoles: mfaRoles(e.MFA_REQUIRED_ROLES ?? (e.DEMO_MODE ?? engine === "embedded" ? "none" : "admin")),
    contentDir: e.CONTENT_DIR ? path.resolve(e.CONTENT_DIR) : null,
    openDataPublisher: e.OPEN_DATA_PUBLISHER ?? null,
    cityState: e.CITY_STATE ?? null,
    openDataContributorId: e.OPEN_DATA_CONTRIBUTOR_ID ?? null,
    fourEyes: e.FOUR_EYES ?? true,
    publishReview: e.PUBLISH_REVIEW ?? true,
    feedbackRetentionDays: e.FEEDBACK_RETENTION_DAYS,
    smtpUrl: e.SMTP_URL ?? null,
    redisUrl: e.REDIS_URL ?? null,
    shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
    metricsToken: e.METRICS_TOKEN ?? null,
    accessLog: e.ACCESS_LOG ?? true,
    exportWorkers: e.EXPORT_WORKERS ?? Math.max(1, os.availableParallelism() - 1),
    webConcurrency: e.WEB_CONCURRENCY,
    serverHeapMb: e.SERVER_HEAP_MB ?? (e.DATABASE_URL ? DEFAULT_SERVER_HEAP_MB : 0),
    exportQueueLength: e.EXPORT_QUEUE_LENGTH,
    councilInfoUrlTemplate: e.COUNCIL_INFO_URL_TEMPLATE ?? null,
    s3: e.S3_BUCKET
      ? {
          bucket: e.S3_BUCKET,
          region: e.S3_REGION,
          endpoint: e.S3_ENDPOINT ?? null,
          credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : null,
          forcePathStyle: e.S3_FORCE_PATH_STYLE ?? !!e.S3_ENDPOINT,
          prefix: e.S3_PREFIX,
        }
      : null,
    mailFrom: e.MAIL_FROM ?? `Masterplan Monitor <noreply@${new URL(e.APP_URL ?? "http://localhost").hostname}>`,
    mailFromIsDefault: e.MAIL_FROM === undefined,
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** Reads process.env again (tests that change a variable; the app reads it once). */
export function reloadEnv(): Env {
  cached = parseEnv();
  return cached;
}
