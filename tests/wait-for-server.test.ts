// The wait every server-starting test, spec and bench shares (tests/wait-for-server.ts): it waits
// through refused connections and not-ready answers, and gives up at once when the process ends.
import { spawn } from "node:child_process";
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, waitForServer } from "./wait-for-server";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe("waitForServer", () => {
  it("waits through refused connections and 503 answers until the address answers 200", async () => {
    const port = await freePort();
    let answers = 0;
    const server = http.createServer((_req, res) => {
      res.statusCode = ++answers < 3 ? 503 : 200;
      res.end();
    });
    servers.push(server);
    // Nobody listens yet: the first attempts are refused.
    setTimeout(() => server.listen(port, "127.0.0.1"), 400);
    await waitForServer(`http://127.0.0.1:${port}/ready`, { intervalMs: 50, ready: (s) => s === 200 });
    expect(answers).toBe(3);
  });

  it("fails at once with the server's output when the process ends before the address answers", async () => {
    const port = await freePort();
    let output = "";
    const child = spawn(process.execPath, ["-e", "console.log('Port in use'); process.exit(4)"], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (b: Buffer) => (output += b.toString()));
    await new Promise((r) => child.once("exit", r));
    await expect(waitForServer(`http://127.0.0.1:${port}/`, { process: child, output: () => output })).rejects.toThrow(/the server ended \(4\) before .*\n--- server output ---\nPort in use/);
  });

  it("gives up after its time with the last answer", async () => {
    const server = http.createServer((_req, res) => {
      res.statusCode = 503;
      res.end();
    });
    servers.push(server);
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
    await expect(waitForServer(`http://127.0.0.1:${port}/`, { timeoutMs: 300, intervalMs: 50 })).rejects.toThrow(/was not ready within 0.3 s \(last: status 503\)/);
  });
});
