// Issue 14, item 2: with TRUSTED_PROXY_HOPS=0 a client's X-Forwarded-For counts for nothing — the
// socket decides; behind N proxies the N-th entry from the right. The app reads only what the server
// stamped, never a header the client chose.
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, deriveClientAddress } from "./client-address";

describe("deriveClientAddress", () => {
  it("ignores X-Forwarded-For at 0 hops: only the socket counts", () => {
    expect(deriveClientAddress("::ffff:127.0.0.1", "203.0.113.66", 0)).toBe("127.0.0.1");
    expect(deriveClientAddress("198.51.100.7", "203.0.113.66, 10.0.0.1", 0)).toBe("198.51.100.7");
    expect(deriveClientAddress("2001:db8::1", undefined, 0)).toBe("2001:db8::1");
  });

  it("takes the N-th entry from the right behind N proxies, whatever the client prepended", () => {
    // The client claims 1.1.1.1; the one proxy appended what it saw (198.51.100.7).
    expect(deriveClientAddress("10.0.0.2", "1.1.1.1, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(deriveClientAddress("10.0.0.3", "1.1.1.1, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
    expect(deriveClientAddress("10.0.0.2", ["1.1.1.1", "198.51.100.7"], 1)).toBe("198.51.100.7");
  });

  it("falls back to the socket when the request did not pass all trusted proxies", () => {
    expect(deriveClientAddress("10.0.0.9", "", 1)).toBe("10.0.0.9");
    expect(deriveClientAddress("10.0.0.9", "198.51.100.7", 2)).toBe("10.0.0.9");
    expect(deriveClientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("clientAddress", () => {
  it("reads only the header the server stamped, never X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.66" }))).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.66", [CLIENT_ADDRESS_HEADER]: "127.0.0.1" })).toBe("127.0.0.1");
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "x".repeat(100) }))).toHaveLength(64);
    expect(clientAddress(null)).toBe("unknown");
  });
});
