// Throughput under load against the production server: N concurrent keep-alive connections (an
// undici Pool, one request in flight per connection) for a fixed time after a warm-up, counting the
// requests that complete inside the measured window. For the public pages as a share of a static
// file's rate in the same run (issue 16: a cached public page reaches ≥ 80 % of /icon.svg at 32
// connections); for the internal pages as the admin, with the server's peak resident memory.
import fs from "node:fs";
import os from "node:os";
import { Pool } from "undici";
import { percentile } from "./measure";

export type Throughput = {
  /** Completed requests per second inside the measured window. */
  rps: number;
  p50: number;
  p95: number;
  /** Responses other than 2xx, and requests that failed (connection errors, timeouts). */
  non2xx: number;
  errors: number;
  /** A status other than 2xx seen, for the report. */
  status: number | null;
  /** Mean response body size (bytes on the wire). */
  bytes: number;
  /** Every request answered, warm-up included (for the CPU time per request). */
  total: number;
};

export type LoadOptions = { connections: number; durationMs: number; warmupMs: number; headers: Record<string, string> };

/** Requests `path` on N connections for warm-up + duration; only requests that start and end in the measured window count. */
export async function measureThroughput(baseUrl: string, path: string, o: LoadOptions): Promise<Throughput> {
  const pool = new Pool(baseUrl, { connections: o.connections, pipelining: 1, keepAliveTimeout: 30_000, headersTimeout: 60_000, bodyTimeout: 60_000 });
  const started = performance.now();
  const from = started + o.warmupMs;
  const to = from + o.durationMs;
  const times: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let status: number | null = null;
  let bytes = 0;
  let total = 0;
  const loop = async () => {
    while (performance.now() < to) {
      const t0 = performance.now();
      let code = 0;
      let size = 0;
      try {
        const res = await pool.request({ path, method: "GET", headers: o.headers });
        code = res.statusCode;
        for await (const chunk of res.body) size += (chunk as Buffer).length;
      } catch {
        code = -1;
        // A server that is down refuses at once: do not spin.
        await new Promise((r) => setTimeout(r, 100));
      }
      const t1 = performance.now();
      total++;
      if (t0 < from || t1 > to) continue;
      if (code === -1) errors++;
      else if (code < 200 || code > 299) {
        non2xx++;
        status = code;
      } else {
        times.push(t1 - t0);
        bytes += size;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: o.connections }, loop));
  } finally {
    await pool.close().catch(() => pool.destroy());
  }
  times.sort((a, b) => a - b);
  const done = times.length + non2xx;
  return { rps: done / (o.durationMs / 1000), p50: percentile(times, 0.5), p95: percentile(times, 0.95), non2xx, errors, status, bytes: times.length ? bytes / times.length : 0, total };
}

/** Resident memory (VmRSS) in bytes of every process in the process group `pgid` (the server runs in its own group), by process. */
export function groupRss(pgid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may contain spaces): state ppid pgrp …
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== pgid) continue;
      const kb = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${entry}/status`, "utf8"));
      if (kb) out.set(Number(entry), Number(kb[1]) * 1024);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system, ms) used so far by each process `match` accepts. */
function cpuByProcess(match: (pid: string, stat: string[]) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const raw = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name: state(0) ppid(1) pgrp(2) … utime(11) stime(12)
      const fields = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
      if (!match(entry, fields)) continue;
      out.set(Number(entry), ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}

/**
 * CPU time spent meanwhile by the server (its process group) and by the PostgreSQL backends of
 * `database` (their process title names it), so a run can say what one request costs whatever
 * else the machine is doing. Backends that ended meanwhile are missed (the pool keeps them open).
 */
export function cpuMeter(pgid: number, database: string): { stop: () => { server: number; database: number } } {
  const server = () => cpuByProcess((_, f) => Number(f[2]) === pgid);
  const backends = () =>
    cpuByProcess((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(` ${database} `);
      } catch {
        return false;
      }
    });
  const spent = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
  const s0 = server();
  const d0 = backends();
  return { stop: () => ({ server: spent(s0, server()), database: spent(d0, backends()) }) };
}

export type RssPeak = { /** The largest single process (the Next server). */ process: number; /** All processes of the group together (tsx's launcher included). */ group: number };

/** Samples the group's RSS every `everyMs` until stopped; returns the peaks. */
export function sampleRss(pgid: number, everyMs = 500): { stop: () => RssPeak; now: () => RssPeak } {
  const peak: RssPeak = { process: 0, group: 0 };
  const read = (): RssPeak => {
    const values = [...groupRss(pgid).values()];
    return { process: Math.max(0, ...values), group: values.reduce((a, b) => a + b, 0) };
  };
  const tick = () => {
    const r = read();
    peak.process = Math.max(peak.process, r.process);
    peak.group = Math.max(peak.group, r.group);
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    now: read,
    stop: () => {
      clearInterval(timer);
      tick();
      return { ...peak };
    },
  };
}

export const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");
