// The message catalogues stay complete and the browser gets the messages its components need.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APP_CLIENT_NAMESPACES, PAGE_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("message catalogues", () => {
  it("have the same keys in German and English", () => {
    const deKeys = keys(de).sort();
    const enKeys = keys(en).sort();
    expect(deKeys.filter((k) => !enKeys.includes(k)), "missing in en.json").toEqual([]);
    expect(enKeys.filter((k) => !deKeys.includes(k)), "missing in de.json").toEqual([]);
  });

  it("have no empty texts", () => {
    const empty = [...keys(de), ...keys(en)].filter((k) => {
      const v = k.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)?.[part], de);
      return v === "";
    });
    expect(empty).toEqual([]);
  });

  it("send every namespace a client component uses to the browser", () => {
    const clientFiles = [...files(path.join(process.cwd(), "components")), ...files(path.join(process.cwd(), "app"))].filter((f) =>
      fs.readFileSync(f, "utf8").trimStart().startsWith('"use client"'),
    );
    const sent = new Set<string>([...APP_CLIENT_NAMESPACES, ...Object.values(PAGE_CLIENT_NAMESPACES).flat()]);
    const missing: string[] = [];
    for (const f of clientFiles) {
      for (const m of fs.readFileSync(f, "utf8").matchAll(/useTranslations\(\s*"([\w.]+)"\s*\)/g)) {
        const ns = m[1]!.split(".")[0]!;
        if (!sent.has(ns)) missing.push(`${path.relative(process.cwd(), f)}: ${ns}`);
      }
    }
    expect(missing, "add these namespaces to APP_CLIENT_NAMESPACES in lib/i18n/client-messages.ts").toEqual([]);
  });
});
