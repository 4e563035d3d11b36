// Lighthouse (12.2.3, in the system Chromium) on the citizens' home page and one initiative page,
// mobile (Lighthouse's default: simulated slow 4G and a 4x slower CPU) and desktop. Called once
// per data size while the production server is up at `baseUrl`. A measurement, not a test: it
// prints the four category scores next to the issue's targets and never fails the run.
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

const TARGETS = { performance: 95, accessibility: 100, "best-practices": 95, seo: 95 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && fs.existsSync(p));
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];

function lighthouseVersion(): string {
  return (JSON.parse(fs.readFileSync("node_modules/lighthouse/package.json", "utf8")) as { version: string }).version;
}

/** The first initiative the public list links to, so the run needs no knowledge of the data. */
async function firstInitiativePath(baseUrl: string): Promise<string | null> {
  const html = await (await fetch(`${baseUrl}/initiatives`)).text();
  const match = /href="(\/initiatives\/[a-z0-9-]+)"/.exec(html);
  return match?.[1] ?? null;
}

export async function runLighthouse(baseUrl: string): Promise<void> {
  if (!CHROMIUM) {
    console.log("lighthouse: skipped (no Chromium; set CHROMIUM_PATH)");
    return;
  }
  const initiative = await firstInitiativePath(baseUrl);
  const pages = [
    { name: "home", path: "/" },
    { name: "home (en)", path: "/en" },
    ...(initiative ? [{ name: "initiative", path: initiative }] : []),
  ];
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    console.log(`\n== Lighthouse ${lighthouseVersion()} (targets: ${CATEGORIES.map((c) => `${c} ≥ ${TARGETS[c]}`).join(", ")})`);
    console.log(`${"page".padEnd(34)}${"form".padEnd(9)}${CATEGORIES.map((c) => c.slice(0, 13).padStart(15)).join("")}  verdict`);
    for (const page of pages) {
      for (const form of ["mobile", "desktop"] as const) {
        // A warm-up request so the measured load is not the one that fills the data cache.
        await fetch(baseUrl + page.path);
        const result = await lighthouse(
          baseUrl + page.path,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
          form === "desktop" ? desktopConfig : undefined,
        );
        const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
        const missed = CATEGORIES.filter((c, i) => scores[i]! < TARGETS[c]);
        console.log(
          `${`${page.name} ${page.path}`.slice(0, 33).padEnd(34)}${form.padEnd(9)}${scores.map((s) => String(s).padStart(15)).join("")}  ${missed.length ? `MISSED ${missed.join(", ")}` : "met"}`,
        );
        for (const c of missed) {
          const failing = Object.values(result?.lhr.audits ?? {})
            .filter((a) => a.score !== null && a.score < 0.9 && result?.lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
            .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
          console.log(`    ${c}: ${failing.join(", ") || "–"}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
}
