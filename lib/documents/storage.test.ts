// The two document stores against real storage: the local one in a temporary directory, the S3 one
// against s3rver (an S3-compatible server in this process, over HTTP, through the AWS SDK).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStore, s3Store, type DocumentStore } from "./storage";

const KEY = "0190a123-4567-7000-8000-0123456789ab";
let tmp: string;
let source: string;
const bytes = Buffer.from("%PDF-1.4\nstored bytes\n%%EOF\n");

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mm-store-"));
  source = path.join(tmp, "source.pdf");
  fs.writeFileSync(source, bytes);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function roundTrip(store: DocumentStore) {
  expect(await store.get(KEY)).toBeNull();
  await store.put(KEY, source, bytes.length, "application/pdf");
  const got = await store.get(KEY);
  expect(got).not.toBeNull();
  expect(Buffer.from(await new Response(got!.body).arrayBuffer())).toEqual(bytes);
  expect(got!.size).toBe(bytes.length);
  await store.delete(KEY);
  expect(await store.get(KEY)).toBeNull();
  // Deleting what is not there is no error.
  await store.delete(KEY);
}

describe("local document store", () => {
  it("stores, streams back and deletes a file under its key, leaving no temporary file", async () => {
    const root = path.join(tmp, "documents");
    const store = localStore(root);
    await store.put(KEY, source, bytes.length, "application/pdf");
    expect(fs.readdirSync(root)).toEqual([KEY]);
    await store.delete(KEY);
    await roundTrip(store);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it("refuses keys that are not UUIDs (no path ever comes from a user)", async () => {
    const store = localStore(path.join(tmp, "documents"));
    await expect(store.put("../escape", source, bytes.length, "application/pdf")).rejects.toThrow(/invalid document key/);
    await expect(store.get("../../etc/passwd")).rejects.toThrow(/invalid document key/);
  });
});

describe("S3 document store", () => {
  let server: { close: () => Promise<void> } | null = null;
  let endpoint = "";

  beforeAll(async () => {
    const { default: S3rver } = (await import("s3rver")) as unknown as { default: new (o: object) => { run: () => Promise<AddressInfo>; close: () => Promise<void> } };
    const instance = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: path.join(tmp, "s3"), configureBuckets: [{ name: "mm-documents" }] });
    const address = await instance.run();
    endpoint = `http://127.0.0.1:${address.port}`;
    server = instance;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("stores, streams back and deletes an object under the prefix, through the AWS SDK", async () => {
    const store = s3Store({ bucket: "mm-documents", region: "us-east-1", endpoint, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" }, forcePathStyle: true, prefix: "documents/" });
    await roundTrip(store);
    await store.put(KEY, source, bytes.length, "application/pdf");
    // The object lies under the prefix in the bucket (s3rver keeps it on disk with its key).
    const files = fs.readdirSync(path.join(tmp, "s3", "mm-documents"), { recursive: true }).map(String);
    expect(files.some((f) => f.includes(path.join("documents", KEY)))).toBe(true);
    await store.delete(KEY);
  });
});
