// npm run user:create -- --role admin --email a@b.de --name "Name" [--department CODE] [--partner SLUG]
// A partner contact (--role partner-contact) needs --partner, the partner's slug; no other role takes one.
// Creates a user with a password, e.g. the first administrator of an empty production database.
// The password comes from stdin when it is not a terminal (first line), otherwise from a prompt
// without echo, asked twice. Never from the command line: shell history and process lists keep it.
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { z } from "zod";
import { actorFields, toAuditJson } from "../lib/audit/record";
import { hashPassword } from "../lib/auth/password";
import { passwordContext } from "../lib/auth/password-context";
import { checkPassword, normalizePassword } from "../lib/auth/password-policy";
import { runCli } from "../lib/cli";
import { connect } from "../lib/db/client";
import { pendingFor } from "../lib/db/status";
import { Prisma } from "../lib/generated/prisma/client";
import en from "../lib/i18n/messages/en.json";

const NAME = "user:create";
const USAGE = `usage: npm run ${NAME} -- --role <${"admin|department-head|council-member|project-lead|viewer|partner-contact"}> --email <email> --name <name> [--department <code>] [--partner <slug>]`;

const ROLES = {
  admin: "ADMIN",
  "department-head": "DEPARTMENT_HEAD",
  "council-member": "COUNCIL_MEMBER",
  "project-lead": "PROJECT_LEAD",
  viewer: "VIEWER",
  "partner-contact": "PARTNER_CONTACT",
} as const;

const argsSchema = z.object({
  role: z.enum(Object.keys(ROLES) as [keyof typeof ROLES, ...(keyof typeof ROLES)[]], {
    message: `--role: expected one of ${Object.keys(ROLES).join(", ")}`,
  }),
  email: z.string({ message: "--email: is required" }).trim().toLowerCase().pipe(z.email({ message: "--email: expected an email address" })),
  name: z.string({ message: "--name: is required" }).trim().min(1, "--name: is required").max(200, "--name: at most 200 characters"),
  department: z.string().trim().min(1, "--department: expected a department code").optional(),
  partner: z.string().trim().min(1, "--partner: expected a partner's slug").optional(),
})
  .refine((a) => a.role !== "partner-contact" || !!a.partner, { message: "--partner: is required for the role partner-contact" })
  .refine((a) => a.role === "partner-contact" || !a.partner, { message: "--partner: only for the role partner-contact" })
  .refine((a) => a.role !== "partner-contact" || !a.department, { message: "--department: a partner contact acts for no department" });

/** Refuses anything that looks like a password option before parsing, without echoing its value. */
function refusePasswordArgument(argv: string[]) {
  const named = argv.map((a) => a.split("=")[0]!.toLowerCase());
  if (named.some((a) => /^--?(p|pw|pwd|pass|passwd|password)$/.test(a))) {
    throw new Error(
      "a password is never taken from the command line (shell history and process lists keep it). " +
        "Pipe it on stdin (first line) or type it at the prompt.",
    );
  }
}

function parseArguments(argv: string[]) {
  refusePasswordArgument(argv);
  let values: Record<string, string | boolean | undefined>;
  try {
    const parsed = parseArgs({
      args: argv,
      options: { role: { type: "string" }, email: { type: "string" }, name: { type: "string" }, department: { type: "string" }, partner: { type: "string" } },
      strict: true,
      allowPositionals: true,
    });
    // Reported without the value: a stray positional may well be a password.
    if (parsed.positionals.length) throw new Error("unexpected positional argument");
    values = parsed.values;
  } catch (e) {
    throw new Error(`${(e as Error).message.split(".")[0]}. ${USAGE}`);
  }
  const result = argsSchema.safeParse(values);
  if (!result.success) throw new Error(`${result.error.issues.map((i) => i.message).join("; ")}. ${USAGE}`);
  return { ...result.data, role: ROLES[result.data.role] };
}

async function readPipedLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    for await (const line of rl) return line;
    return "";
  } finally {
    rl.close();
  }
}

async function promptHidden(questions: string[]): Promise<string[]> {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) process.stderr.write(chunk, encoding);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  rl.on("SIGINT", () => {
    process.stderr.write("\n");
    process.exit(130);
  });
  try {
    const answers: string[] = [];
    for (const q of questions) {
      process.stderr.write(q);
      muted = true;
      answers.push(await rl.question(""));
      muted = false;
      process.stderr.write("\n");
    }
    return answers;
  } finally {
    rl.close();
  }
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPipedLine();
  const [first, second] = await promptHidden(["Password: ", "Repeat password: "]);
  if (first !== second) throw new Error("the passwords do not match");
  return first ?? "";
}

runCli(NAME, async () => {
  const args = parseArguments(process.argv.slice(2));
  const conn = await connect();
  try {
    const pending = await pendingFor(conn);
    if (pending.length) throw new Error(`run \`npm run db:migrate\` first (${pending.length} pending migration(s))`);
    const prisma = conn.prisma;
    if (await prisma.user.findUnique({ where: { email: args.email }, select: { id: true } })) {
      throw new Error(`a user with the email ${args.email} already exists`);
    }
    let departmentId: string | null = null;
    if (args.department) {
      const department = await prisma.department.findUnique({ where: { code: args.department }, select: { id: true } });
      if (!department) throw new Error(`no department with the code ${args.department}`);
      departmentId = department.id;
    }
    let partnerId: string | null = null;
    if (args.partner) {
      const partner = await prisma.partner.findUnique({ where: { slug: args.partner }, select: { id: true } });
      if (!partner) throw new Error(`no partner with the slug ${args.partner}`);
      partnerId = partner.id;
    }

    const password = normalizePassword(await readPassword());
    const check = checkPassword(password, { email: args.email, name: args.name, context: await passwordContext(prisma) });
    if (!check.ok) throw new Error(en.passwordPolicy[check.code]);
    const passwordHash = await hashPassword(password); // before the transaction: Argon2id is slow on purpose

    const user = await prisma
      .$transaction(async (tx) => {
        const created = await tx.user.create({
          data: { email: args.email, name: args.name, role: args.role, departmentId, partnerId, passwordHash },
          select: { id: true, email: true, name: true, role: true, departmentId: true, partnerId: true, active: true, mustChangePassword: true },
        });
        await tx.auditEvent.create({
          data: { ...actorFields(null, "cli"), action: "user.created", entityType: "User", entityId: created.id, after: toAuditJson(created) },
        });
        return created;
      })
      .catch((e: unknown) => {
        // Created by someone else since the check above.
        if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
          throw new Error(`a user with the email ${args.email} already exists`);
        }
        throw e;
      });
    console.log(`created user ${user.email} (${user.role}${args.department ? `, ${args.department}` : ""}${args.partner ? `, ${args.partner}` : ""}), id ${user.id}`);
  } finally {
    await conn.close();
  }
});
