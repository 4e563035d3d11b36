import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock";

describe("lockDataDir", () => {
  it("refuses a data directory held by another live process", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-lock-"));
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.writeFileSync(path.join(dir, "lock"), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by another process \\(pid ${other.pid}\\)`));
    } finally {
      other.kill();
    }
  });

  it("takes over a stale lock left by a process that died, and releases it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-lock-"));
    fs.writeFileSync(path.join(dir, "lock"), "999999999");
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, "lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "lock"))).toBe(false);
  });
});
