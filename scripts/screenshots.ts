// Screenshots for docs/screenshots/: the internal portfolio at 1366×768 (signed in as the demo
// admin) and a public initiative page at 390×844 (a phone), each as the first screen a user sees.
// Used to document layout changes before and after (issue 15).
//
// Rerun against a running demo server (embedded database, fixed clock so the data read the same):
//
//   PORT=3150 DATA_DIR=/tmp/mm-shots FIXED_NOW=2026-11-25T10:00:00Z npm start      # first terminal
//   npx tsx scripts/screenshots.ts --base http://127.0.0.1:3150 --suffix after      # second terminal
//
// Options: --base <url> (default http://127.0.0.1:3150), --suffix <name> (default "after"; files are
// docs/screenshots/<shot>-<suffix>.png), --only portfolio|public (default both), --full (whole
// page instead of the first screen). Uses Debian's /usr/bin/chromium when present, or CHROMIUM_PATH.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";

const DEMO_ADMIN = "admin@demo.masterplan.example";
const DEMO_PASSWORD = "Duisburg-Demo-2026!";
const PUBLIC_INITIATIVE = "/de/initiatives/5g-modellregion-und-campusnetze";

function arg(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i]!.includes("=") ? args[i]!.slice(args[i]!.indexOf("=") + 1) : (args[i + 1] ?? "");
}

const base = (arg("base") ?? "http://127.0.0.1:3150").replace(/\/$/, "");
const suffix = arg("suffix") ?? "after";
const only = arg("only");
const fullPage = process.argv.includes("--full");
const outDir = path.join(process.cwd(), "docs", "screenshots");

async function portfolio(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "de-DE", timezoneId: "Europe/Berlin" });
  const { csrfToken } = (await (await context.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const res = await context.request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email: DEMO_ADMIN, password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  if (![200, 302].includes(res.status())) throw new Error(`sign-in as ${DEMO_ADMIN} answered HTTP ${res.status()}`);
  const page = await context.newPage();
  await page.goto(`${base}/app/portfolio`, { waitUntil: "networkidle" });
  await page.getByTestId("portfolio-table").waitFor();
  await shot(page, "portfolio-1366");
  await context.close();
}

async function publicInitiative(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "de-DE" });
  const page = await context.newPage();
  await page.goto(`${base}${PUBLIC_INITIATIVE}`, { waitUntil: "networkidle" });
  await shot(page, "public-initiative-390");
  await context.close();
}

async function shot(page: import("@playwright/test").Page, name: string) {
  const file = path.join(outDir, `${name}-${suffix}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const executablePath = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    if (!only || only === "portfolio") await portfolio(browser);
    if (!only || only === "public") await publicInitiative(browser);
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(`screenshots: ${(e as Error).message}`);
  process.exit(1);
});
