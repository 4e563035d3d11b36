// A throw-away PostgreSQL server for one spec: initdb into a temporary directory, on its own port,
// started and stopped with pg_ctl (Debian's /usr/lib/postgresql/<version>/bin). Never the shared
// server on 5432. As root (CI containers) the server runs as the `postgres` user, since PostgreSQL
// refuses to run as root.
import { execFileSync, spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function binDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (fs.existsSync(path.join(root, v, "bin", "pg_ctl"))) return path.join(root, v, "bin");
  try {
    return execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("PostgreSQL's server programs (initdb, pg_ctl) are not installed: Debian package postgresql");
  }
}

export type Cluster = {
  port: number;
  url: (database: string) => string;
  start: () => void;
  /**
   * Stops the server the way a restart does (`-m fast`: sessions are terminated, 57P01), without
   * blocking this process (requests of the spec keep going while it stops).
   */
  stop: () => Promise<void>;
  /** Stops whatever runs and deletes the directory; safe to call more than once. */
  destroy: () => void;
  log: () => string;
};

export function createCluster(port: number): Cluster {
  if (port === 5432) throw new Error("the shared PostgreSQL server's port; a throw-away cluster needs its own");
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-pg-"));
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  const options: SpawnSyncOptions = { encoding: "utf8", timeout: 60_000 };
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    fs.chownSync(dir, uid, gid);
    Object.assign(options, { uid, gid });
  }
  const run = (program: string, args: string[], allowFailure = false) => {
    const r = spawnSync(path.join(bin, program), args, options);
    if (r.status !== 0 && !allowFailure) throw new Error(`${program} ${args.join(" ")} exited with ${r.status}: ${r.stdout}${r.stderr}`);
  };
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  let destroyed = false;
  return {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: () => run("pg_ctl", ["-D", data, "-o", serverOptions, "-l", logFile, "-w", "-t", "30", "start"]),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "-t", "30", "stop"], { uid: options.uid, gid: options.gid, stdio: "ignore" });
        child.once("error", reject);
        child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl stop exited with ${code}`))));
      }),
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], true);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : ""),
  };
}
