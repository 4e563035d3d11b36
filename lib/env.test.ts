import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";
import { DEFAULT_SERVER_HEAP_MB } from "./server/heap";

describe("parseEnv", () => {
  it("runs embedded under ./.data with the demo when nothing is configured", () => {
    const e = parseEnv({});
    expect(e.engine).toBe("embedded");
    expect(e.dataDir).toBe(path.resolve(".data"));
    expect(e.seedDemoOnEmpty).toBe(true);
    expect(e.demoMode).toBe(true);
  });

  it("selects the PostgreSQL server by DATABASE_URL and turns the demo off", () => {
    const e = parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/mm", AUTH_SECRET: "x".repeat(32) });
    expect(e.engine).toBe("server");
    expect(e.demoMode).toBe(false);
    expect(e.seedDemoOnEmpty).toBe(false);
  });

  it("caps each server process's heap at SERVER_HEAP_MB, 0 for no cap, and names a value Next cannot serve with", () => {
    // The default on PostgreSQL; on the embedded database (in the server's own heap) none.
    expect(parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/mm", AUTH_SECRET: "s".repeat(40) }).serverHeapMb).toBe(DEFAULT_SERVER_HEAP_MB);
    expect(parseEnv({}).serverHeapMb).toBe(0);
    expect(parseEnv({ SERVER_HEAP_MB: "0" }).serverHeapMb).toBe(0);
    expect(parseEnv({ SERVER_HEAP_MB: "1024" }).serverHeapMb).toBe(1024);
    expect(() => parseEnv({ SERVER_HEAP_MB: "64" })).toThrow(/SERVER_HEAP_MB: expected 0 \(no limit\) or 128–65536 \(MB\)/);
    expect(() => parseEnv({ SERVER_HEAP_MB: "viel" })).toThrow(/SERVER_HEAP_MB: expected megabytes/);
  });

  it("names the variable and the expected form of a malformed DATABASE_URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/x", AUTH_SECRET: "x".repeat(32) })).toThrow(
      /DATABASE_URL: expected a PostgreSQL URL/,
    );
  });

  it("takes SMTP_URL and MAIL_FROM, and names SMTP_URL when it is malformed", () => {
    expect(parseEnv({}).smtpUrl).toBeNull();
    expect(parseEnv({ APP_URL: "https://masterplan.duisburg.de" }).mailFrom).toBe("Masterplan Monitor <noreply@masterplan.duisburg.de>");
    const e = parseEnv({ SMTP_URL: "smtp://user:secret@mail.duisburg.de:587", MAIL_FROM: "Digitalbüro <digital@duisburg.de>" });
    expect(e.smtpUrl).toBe("smtp://user:secret@mail.duisburg.de:587");
    expect(e.mailFrom).toBe("Digitalbüro <digital@duisburg.de>");
    for (const bad of ["mail.duisburg.de", "http://mail.duisburg.de", "smtp//x", "smtp://"]) {
      expect(() => parseEnv({ SMTP_URL: bad })).toThrow(/SMTP_URL: expected/);
    }
    expect(() => parseEnv({ MAIL_FROM: "not an address" })).toThrow(/MAIL_FROM: expected/);
  });

  it("requires AUTH_SECRET against a server", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/mm" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/mm" })).toThrow(/AUTH_SECRET: is required/);
  });

  it("rejects a flag that is not a boolean", () => {
    expect(() => parseEnv({ DEMO_MODE: "maybe" })).toThrow(/DEMO_MODE: expected true or false/);
  });

  it("stops on a malformed number of days instead of guessing", () => {
    expect(parseEnv({}).staleAfterDays).toBe(90);
    expect(parseEnv({ STALE_AFTER_DAYS: "30" }).staleAfterDays).toBe(30);
    expect(() => parseEnv({ STALE_AFTER_DAYS: "thirty" })).toThrow(/STALE_AFTER_DAYS: expected a whole number of days/);
    expect(parseEnv({}).reportGraceDays).toBe(30);
    expect(parseEnv({ REPORT_GRACE_DAYS: "" }).reportGraceDays).toBe(30);
    expect(parseEnv({ REPORT_GRACE_DAYS: "0" }).reportGraceDays).toBe(0);
    expect(parseEnv({ REPORT_GRACE_DAYS: "45" }).reportGraceDays).toBe(45);
    expect(() => parseEnv({ REPORT_GRACE_DAYS: "a month" })).toThrow(/REPORT_GRACE_DAYS: expected a whole number of days/);
    expect(() => parseEnv({ REPORT_GRACE_DAYS: "-1" })).toThrow(/REPORT_GRACE_DAYS/);
    expect(parseEnv({}).notifyHour).toBe(7);
    expect(parseEnv({ NOTIFY_HOUR: "0" }).notifyHour).toBe(0);
    expect(() => parseEnv({ NOTIFY_HOUR: "24" })).toThrow(/NOTIFY_HOUR: expected an hour from 0 to 23/);
    expect(() => parseEnv({ HSTS: "sometimes" })).toThrow(/HSTS: expected true or false/);
  });

  it("takes the city's time zone from TZ_CITY (default Europe/Berlin) and refuses an unknown zone", () => {
    expect(parseEnv({}).cityTimeZone).toBe("Europe/Berlin");
    expect(parseEnv({ TZ_CITY: "Europe/Vienna" }).cityTimeZone).toBe("Europe/Vienna");
    expect(() => parseEnv({ TZ_CITY: "Europe/Duisburg" })).toThrow(/TZ_CITY: expected an IANA time zone/);
  });

  it("pins the app's clock by FIXED_NOW, as an instant or a calendar day, and refuses nonsense", () => {
    expect(parseEnv({}).fixedNow).toBeNull();
    expect(parseEnv({ FIXED_NOW: "2026-11-25T10:00:00Z" }).fixedNow?.toISOString()).toBe("2026-11-25T10:00:00.000Z");
    expect(parseEnv({ FIXED_NOW: "2028-02-29" }).fixedNow?.toISOString()).toBe("2028-02-29T12:00:00.000Z");
    expect(() => parseEnv({ FIXED_NOW: "2026-02-30" })).toThrow(/FIXED_NOW: expected an ISO instant/);
    expect(() => parseEnv({ FIXED_NOW: "tomorrow" })).toThrow(/FIXED_NOW/);
  });

  it("takes the open-data publisher and a GovData contributor URI, and refuses a malformed URI", () => {
    expect(parseEnv({}).openDataPublisher).toBeNull();
    expect(parseEnv({ OPEN_DATA_PUBLISHER: "Stadt Duisburg", OPEN_DATA_CONTRIBUTOR_ID: "http://dcat-ap.de/def/contributors/stadtDuisburg" })).toMatchObject({
      openDataPublisher: "Stadt Duisburg",
      openDataContributorId: "http://dcat-ap.de/def/contributors/stadtDuisburg",
    });
    expect(() => parseEnv({ OPEN_DATA_CONTRIBUTOR_ID: "stadtDuisburg" })).toThrow(/OPEN_DATA_CONTRIBUTOR_ID: expected an http\(s\) URI/);
  });

  it("takes the city's federal state for the Land funding level, and refuses what is not a name", () => {
    expect(parseEnv({}).cityState).toBeNull();
    expect(parseEnv({ CITY_STATE: " " }).cityState).toBeNull();
    expect(parseEnv({ CITY_STATE: " Nordrhein-Westfalen " }).cityState).toBe("Nordrhein-Westfalen");
    expect(parseEnv({ CITY_STATE: "Baden-Württemberg" }).cityState).toBe("Baden-Württemberg");
    expect(() => parseEnv({ CITY_STATE: "<script>" })).toThrow(/CITY_STATE: expected the state's name/);
  });

  it("uses the built-in texts unless CONTENT_DIR names an existing directory", () => {
    expect(parseEnv({}).contentDir).toBeNull();
    expect(parseEnv({ CONTENT_DIR: "  " }).contentDir).toBeNull();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-content-"));
    try {
      expect(parseEnv({ CONTENT_DIR: dir }).contentDir).toBe(path.resolve(dir));
      const file = path.join(dir, "not-a-dir.md");
      fs.writeFileSync(file, "# x");
      expect(() => parseEnv({ CONTENT_DIR: file })).toThrow(/CONTENT_DIR: expected an existing directory/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(() => parseEnv({ CONTENT_DIR: "/does/not/exist/mm-content" })).toThrow(/CONTENT_DIR: expected an existing directory/);
  });

  it("turns the metrics on only with a METRICS_TOKEN of 32 characters or more, and the access log on unless ACCESS_LOG=false", () => {
    expect(parseEnv({}).metricsToken).toBeNull();
    expect(parseEnv({ METRICS_TOKEN: "m".repeat(32) }).metricsToken).toBe("m".repeat(32));
    expect(() => parseEnv({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN: expected at least 32 random characters/);
    expect(parseEnv({}).accessLog).toBe(true);
    expect(parseEnv({ ACCESS_LOG: "false" }).accessLog).toBe(false);
    expect(() => parseEnv({ ACCESS_LOG: "sometimes" })).toThrow(/ACCESS_LOG: expected true or false/);
  });
});
