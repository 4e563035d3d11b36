import { describe, expect, it } from "vitest";
import { heapLimitGiven, serverHeapFlag } from "./heap";

describe("serverHeapFlag (SERVER_HEAP_MB)", () => {
  it("asks for the limit when Node's options give none", () => {
    expect(serverHeapFlag(384, ["--import", "tsx"], undefined)).toBe("--max-old-space-size=384");
    expect(serverHeapFlag(384, [], "--enable-source-maps")).toBe("--max-old-space-size=384");
  });

  it("leaves a limit given in NODE_OPTIONS or on node's command line as it is", () => {
    expect(serverHeapFlag(384, [], "--max-old-space-size=1024")).toBeNull();
    expect(serverHeapFlag(384, [], "--enable-source-maps --max_old_space_size 900")).toBeNull();
    expect(serverHeapFlag(384, ["--max-old-space-size=2048", "--import", "tsx"], "")).toBeNull();
    expect(heapLimitGiven([], "--max-semi-space-size=16")).toBe(false);
  });

  it("asks for none with SERVER_HEAP_MB=0", () => {
    expect(serverHeapFlag(0, [], undefined)).toBeNull();
  });
});
