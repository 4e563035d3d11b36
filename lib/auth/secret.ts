// The secret that signs and encrypts session tokens. From AUTH_SECRET; in embedded mode without
// one, a random secret is generated once and kept (mode 0600) in DATA_DIR, so sessions survive restarts.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const e = env();
  if (e.authSecret) return (cached = e.authSecret);
  if (e.engine === "server") throw new Error("AUTH_SECRET is required when DATABASE_URL is set");
  const file = path.join(e.dataDir, "auth-secret");
  try {
    cached = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(e.dataDir, { recursive: true });
    cached = crypto.randomBytes(48).toString("base64url");
    fs.writeFileSync(file, cached, { mode: 0o600, flag: "wx" });
  }
  return cached;
}
