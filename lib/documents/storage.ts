// Where documents' bytes live: on local disk under DATA_DIR/documents (the default), or in an
// S3-compatible object store when S3_BUCKET is set (AWS S3, MinIO, Ceph, the city's own). Both
// stores take a finished, checked file from the staging directory and stream it; neither reads a
// whole file into memory. Keys are random UUIDs chosen by the upload, never names from the user.
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { env, type Env } from "@/lib/env";

export type StoredObject = { body: ReadableStream<Uint8Array>; size: number };

export interface DocumentStore {
  readonly kind: "local" | "s3";
  /** Stores the file at `filePath` (size bytes) under `key`. */
  put(key: string, filePath: string, size: number, contentType: string): Promise<void>;
  /** The object's bytes as a stream, or null when there is none under `key`. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object; nothing happens when there is none. */
  delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-f-]{36}$/;
function assertKey(key: string) {
  if (!KEY.test(key)) throw new Error("invalid document key");
}

/** Files in `root`, one per key; written under a temporary name and renamed, so a half-written file never has a key's name. */
export function localStore(root: string): DocumentStore {
  const file = (key: string) => {
    assertKey(key);
    return path.join(root, key);
  };
  return {
    kind: "local",
    async put(key, filePath) {
      await fs.mkdir(root, { recursive: true });
      const target = file(key);
      const part = `${target}.part`;
      try {
        await fs.copyFile(filePath, part);
        await fs.rename(part, target);
      } finally {
        await fs.rm(part, { force: true });
      }
    },
    async get(key) {
      const target = file(key);
      const stat = await fs.stat(target).catch(() => null);
      if (!stat?.isFile()) return null;
      return { body: Readable.toWeb(createReadStream(target)) as ReadableStream<Uint8Array>, size: stat.size };
    },
    async delete(key) {
      await fs.rm(file(key), { force: true });
    },
  };
}

export type S3Config = NonNullable<Env["s3"]>;

/** Objects in an S3 bucket under `prefix`, through the AWS SDK (any S3-compatible server). */
export function s3Store(config: S3Config): DocumentStore {
  const client = new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
    forcePathStyle: config.forcePathStyle,
    // Checksums only where S3 requires them: the SDK's default streams bodies as "aws-chunked" with a
    // trailing checksum, which many S3-compatible servers do not understand (they store the framing).
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const objectKey = (key: string) => {
    assertKey(key);
    return `${config.prefix}${key}`;
  };
  return {
    kind: "s3",
    async put(key, filePath, size, contentType) {
      await client.send(
        new PutObjectCommand({ Bucket: config.bucket, Key: objectKey(key), Body: createReadStream(filePath), ContentLength: size, ContentType: contentType }),
      );
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
        if (!out.Body) return null;
        return { body: out.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: Number(out.ContentLength ?? 0) };
      } catch (e) {
        if ((e as { name?: string }).name === "NoSuchKey" || (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
        throw e;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
    },
  };
}

/** Where uploads are written while they arrive and are checked (always local, beside the data). */
export function stagingDir(): string {
  return path.join(env().dataDir, "incoming");
}

let cached: { store: DocumentStore; signature: string } | undefined;

/** The store the configuration names (S3_BUCKET, else DATA_DIR/documents). */
export function documentStore(): DocumentStore {
  const e = env();
  const signature = e.s3 ? JSON.stringify(e.s3) : `local:${e.dataDir}`;
  if (cached?.signature !== signature) cached = { store: e.s3 ? s3Store(e.s3) : localStore(path.join(e.dataDir, "documents")), signature };
  return cached.store;
}
