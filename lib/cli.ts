// Shared wrapper for command-line scripts: one clear line on failure, non-zero exit, no stack trace
// unless DEBUG is set.
import { DataDirInUseError } from "./db/data-dir-lock";
import { EnvError } from "./env";

export function describeStartupError(e: unknown): string {
  if (e instanceof EnvError || e instanceof DataDirInUseError) return e.message;
  const err = e as NodeJS.ErrnoException & { cause?: unknown; address?: string; port?: number };
  const code = err?.code ?? (err?.cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ECONNREFUSED") {
    const where = err.address ? ` at ${err.address}${err.port ? `:${err.port}` : ""}` : " named in DATABASE_URL";
    return `Cannot reach the PostgreSQL server${where} (connection refused). Is it running, and is DATABASE_URL right?`;
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "Cannot resolve the host named in DATABASE_URL.";
  if (code === "3D000") return "The database named in DATABASE_URL does not exist. Create it first (createdb <name>).";
  if (code === "28P01" || code === "28000") return "The PostgreSQL server rejected the credentials in DATABASE_URL.";
  const message = err instanceof Error ? err.message : String(e);
  if (/database .* does not exist/i.test(message)) return "The database named in DATABASE_URL does not exist. Create it first (createdb <name>).";
  if (/denied access|password authentication failed/i.test(message)) return "The PostgreSQL server rejected the credentials in DATABASE_URL.";
  // Prisma 7 wraps it: "\nInvalid `prisma.$queryRaw()` invocation: … Message: `Can't reach database server at 127.0.0.1:5432`".
  const unreachable = /Can't reach database server at `?([^`\s]+)`?/.exec(message);
  if (unreachable) return `Cannot reach the PostgreSQL server at ${unreachable[1]} (DATABASE_URL). Is it running, and is the address right?`;
  if (/ECONNREFUSED/.test(message)) return "Cannot reach the PostgreSQL server named in DATABASE_URL (connection refused). Is it running?";
  // The first line that says something (Prisma's messages start with an empty line).
  return message.split("\n").map((l) => l.trim()).find(Boolean) ?? (err?.name && err.name !== "Error" ? err.name : "Unexpected error without a message (set DEBUG=1 for details)");
}

export async function runCli(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
    // A command may set process.exitCode (e.g. 1 when an import had error rows) and still finish normally.
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  } catch (e) {
    console.error(`${name}: ${describeStartupError(e)}`);
    if (process.env.DEBUG) console.error(e);
    process.exit(1);
  }
}
