// Loaded into the server with --import (bench/profile-cpu.ts does): SIGUSR2 starts a CPU profile of
// the process, the next SIGUSR2 writes it as a .cpuprofile to PROF_DIR (default: the system temp
// folder), so a profile covers the measured window only (not start-up or warm-up).
import inspector from "node:inspector";
import fs from "node:fs";
import os from "node:os";
const session = new inspector.Session();
session.connect();
let on = false;
let n = 0;
const post = (m, p) => new Promise((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
await post("Profiler.enable");
await post("Profiler.setSamplingInterval", { interval: 200 });
process.on("SIGUSR2", async () => {
  if (!on) { on = true; await post("Profiler.start"); return; }
  on = false;
  const { profile } = await post("Profiler.stop");
  const file = `${process.env.PROF_DIR ?? os.tmpdir()}/prof-${process.pid}-${++n}.cpuprofile`;
  fs.writeFileSync(file, JSON.stringify(profile));
  console.log(`profile written ${file}`);
});
