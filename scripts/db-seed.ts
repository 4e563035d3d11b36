// npm run db:seed [-- --scale demo|medium|large]: loads the Duisburg demo data into an empty,
// migrated database; medium and large then add generated initiatives, milestones, KPIs, reports
// and audit events on top (for performance work; sizes in prisma/seed/large.ts).
// Demo users get the shared demo password only when DEMO_MODE is on; otherwise they have no
// password at all (production never gets users with known passwords). No other users are created.
import { runCli } from "../lib/cli";
import { connect } from "../lib/db/client";
import { isEmpty, pendingFor } from "../lib/db/status";
import { env } from "../lib/env";
import { DEMO_PASSWORD, seedDemo } from "../prisma/seed/demo";
import { isScaleName, SCALE_NAMES, SCALES, seedLarge, type ScaleName } from "../prisma/seed/large";

function scaleFromArgs(args: string[]): ScaleName {
  let value = "demo";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--scale") value = args[++i] ?? "";
    else if (arg.startsWith("--scale=")) value = arg.slice("--scale=".length);
    else throw new Error(`unknown argument ${arg} (expected --scale ${SCALE_NAMES.join("|")})`);
  }
  if (!isScaleName(value)) throw new Error(`unknown scale "${value}" (expected ${SCALE_NAMES.join(", ")})`);
  return value;
}

runCli("db:seed", async () => {
  const scale = scaleFromArgs(process.argv.slice(2));
  const conn = await connect();
  try {
    const pending = await pendingFor(conn);
    if (pending.length) throw new Error(`run \`npm run db:migrate\` first (${pending.length} pending migration(s))`);
    if (!(await isEmpty(conn.prisma))) {
      console.log("database already holds a masterplan; nothing seeded (use `npm run db:reset` to start over)");
      return;
    }
    const demo = env().demoMode;
    const started = performance.now();
    const result = await seedDemo(conn.prisma, { password: demo ? DEMO_PASSWORD : null });
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `seeded demo data: ${result.initiatives} initiatives, ${result.users} users${demo ? "" : " (without passwords: DEMO_MODE is off)"} in ${seconds(performance.now() - started)}`,
    );
    if (scale === "demo") return;
    const large = await seedLarge(conn.prisma, SCALES[scale]);
    const t = large.totals;
    console.log(
      `added the ${scale} data set in ${seconds(large.buildMs + large.writeMs)} (build ${seconds(large.buildMs)}, write ${seconds(large.writeMs)}): ` +
        `now ${t.initiatives} initiatives, ${t.milestones} milestones, ${t.kpis} KPIs with ${t.measurements} measurements, ${t.auditEvents} audit events`,
    );
    for (const w of large.written) console.log(`  ${w.table.padEnd(22)} ${String(w.rows).padStart(7)} rows  ${seconds(w.ms).padStart(7)}`);
  } finally {
    await conn.close();
  }
});
