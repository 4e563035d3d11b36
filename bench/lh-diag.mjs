import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
const [chromePath, url] = process.argv.slice(2);
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: "silent" });
try {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  console.log("score", lhr.categories.performance.score, "benchmarkIndex", lhr.environment.benchmarkIndex);
  for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index", "cumulative-layout-shift", "interactive", "dom-size", "total-byte-weight"]) console.log(id, lhr.audits[id]?.displayValue);
  const mt = lhr.audits["mainthread-work-breakdown"]?.details?.items ?? [];
  console.log("main thread:", mt.map((i) => `${i.group} ${Math.round(i.duration)}`).join(", "));
  const bt = lhr.audits["bootup-time"]?.details?.items ?? [];
  for (const i of bt) console.log("bootup", i.url, Math.round(i.total), "script", Math.round(i.scripting), "parse", Math.round(i.scriptParseCompile));
  const lt = lhr.audits["long-tasks"]?.details?.items ?? [];
  for (const i of lt.slice(0, 10)) console.log("long task", i.url, Math.round(i.startTime), Math.round(i.duration));
  const nr = lhr.audits["network-requests"]?.details?.items ?? [];
  for (const i of nr) console.log("req", i.url, i.transferSize, i.resourceType);
  const lcp = lhr.audits["largest-contentful-paint-element"]?.details;
  console.log("lcp element", JSON.stringify(lcp)?.slice(0, 600));
} finally {
  chrome.kill();
}
