// Runs Lighthouse in plain Node (not through tsx: esbuild's injected `__name` helper breaks the
// functions Lighthouse serialises into the page). Usage:
//   node bench/lighthouse-run.mjs <chromium> <url> mobile|desktop
// Prints one JSON line: { scores: {category: 0..100}, failing: {category: ["audit (value)"]} }.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

const [chromePath, url, form] = process.argv.slice(2);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: "silent" });
try {
  const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES }, form === "desktop" ? desktopConfig : undefined);
  const lhr = result.lhr;
  // A load Lighthouse could not measure (e.g. NO_FCP) scores 0: a failed run, not a measurement.
  if (lhr.runtimeError) {
    throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  }
  const scores = {};
  const failing = {};
  for (const c of CATEGORIES) {
    const category = lhr.categories[c];
    scores[c] = Math.round((category?.score ?? 0) * 100);
    failing[c] = (category?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id].score < 0.9)
      .map((r) => `${r.id}${lhr.audits[r.id].displayValue ? ` (${lhr.audits[r.id].displayValue})` : ""}`);
  }
  console.log(JSON.stringify({ scores, failing }));
} finally {
  chrome.kill();
}
