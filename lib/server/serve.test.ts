// The app's server (lib/server/serve.ts) on a real socket: the client's address is decided from the
// socket at 0 hops — a forged X-Forwarded-For or a forged address header changes nothing — and a
// taken port is one clear error. (The whole server with Next.js runs in the e2e suite.)
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { drain, listen, listenOptions, PortInUseError, stampClientAddress, track } from "./serve";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function echoServer(hops: number): Promise<number> {
  const server = http.createServer((req, res) => {
    stampClientAddress(req, hops);
    res.end(String(req.headers[CLIENT_ADDRESS_HEADER]));
  });
  servers.push(server);
  return (await listen(server, { port: 0, hostname: "127.0.0.1" })).port;
}

async function ask(port: number, headers: Record<string, string>): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return res.text();
}

describe("the app's server", () => {
  it("stamps the socket's address at 0 hops, whatever the client sends", async () => {
    const port = await echoServer(0);
    for (const forged of ["203.0.113.66", "203.0.113.67, 10.9.9.9", ""]) {
      expect(await ask(port, forged ? { "x-forwarded-for": forged } : {})).toBe("127.0.0.1");
    }
    expect(await ask(port, { [CLIENT_ADDRESS_HEADER]: "203.0.113.66" })).toBe("127.0.0.1");
  });

  it("trusts exactly one proxy's entry at 1 hop", async () => {
    const port = await echoServer(1);
    expect(await ask(port, { "x-forwarded-for": "1.1.1.1, 198.51.100.7" })).toBe("198.51.100.7");
  });

  it("says which port is taken instead of a stack trace", async () => {
    const port = await echoServer(0);
    const second = http.createServer();
    servers.push(second);
    const error = await listen(second, { port, hostname: "127.0.0.1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toBe(`Port ${port} is in use; set PORT to another port (e.g. PORT=${port + 1} npm start).`);
  });

  it("binds to HOSTNAME, and in demo mode only to this machine unless HOSTNAME is given", () => {
    expect(listenOptions({}, true)).toEqual({ port: 3000, hostname: "127.0.0.1" });
    expect(listenOptions({}, false)).toEqual({ port: 3000, hostname: "0.0.0.0" });
    expect(listenOptions({ HOSTNAME: "10.1.2.3", PORT: "8080" }, true)).toEqual({ port: 8080, hostname: "10.1.2.3" });
    expect(listenOptions({ HOSTNAME: "127.0.0.1" }, false)).toEqual({ port: 3000, hostname: "127.0.0.1" });
  });
});

describe("draining on shutdown", () => {
  /** A server whose answers take `ms`; it counts its requests in flight as the app's server does. */
  async function slowServer(ms: number) {
    const inFlight = new Set<http.ServerResponse>();
    const server = http.createServer((req, res) => {
      track(inFlight, res);
      setTimeout(() => res.end("done"), ms);
    });
    servers.push(server);
    const { port } = await listen(server, { port: 0, hostname: "127.0.0.1" });
    return { server, inFlight, url: `http://127.0.0.1:${port}/` };
  }

  it("lets the requests in flight finish, refuses new connections, and then returns", async () => {
    const { server, inFlight, url } = await slowServer(400);
    const answers = Promise.all([fetch(url).then((r) => r.text()), fetch(url).then((r) => r.text())]);
    await expect.poll(() => inFlight.size).toBe(2);
    const started = Date.now();
    const drained = drain(server, inFlight, 5000);
    await new Promise((r) => setTimeout(r, 50));
    // A new connection is refused (the load balancer sends the visitor to another instance).
    const fresh = await new Promise<unknown>((resolve) => {
      http.get(url, { agent: false }, (res) => resolve(res.statusCode)).on("error", resolve);
    });
    expect(fresh).toBeInstanceOf(Error);
    expect(await answers).toEqual(["done", "done"]);
    await drained;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(inFlight.size).toBe(0);
    expect(server.listening).toBe(false);
  });

  it("closes what is still busy once the grace period is over", async () => {
    const { server, inFlight, url } = await slowServer(10_000);
    const answer = fetch(url).then(
      (r) => r.text(),
      (e: unknown) => e,
    );
    await expect.poll(() => inFlight.size).toBe(1);
    const started = Date.now();
    await drain(server, inFlight, 300);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await answer).toBeInstanceOf(Error);
  });
});

describe("the shutdown steps", () => {
  it("drain first, then the steps newest first (jobs before the database), then exit 0", async () => {
    const { coordinateShutdown, onShutdown, resetShutdownForTests, isShuttingDown } = await import("./shutdown");
    resetShutdownForTests();
    const order: string[] = [];
    let code: number | undefined;
    const shutdown = coordinateShutdown(
      async () => {
        expect(isShuttingDown()).toBe(true);
        order.push("drain");
      },
      { signals: false, exit: (c) => (code = c) },
    );
    onShutdown("database", async () => void order.push("database"));
    onShutdown("jobs", async () => {
      order.push("jobs");
      throw new Error("a failing step does not stop the others");
    });
    await Promise.all([shutdown(), shutdown()]);
    expect(order).toEqual(["drain", "jobs", "database"]);
    expect(code).toBe(0);
    resetShutdownForTests();
  });
});
