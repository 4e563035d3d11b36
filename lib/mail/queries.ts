// The outbox for admins (/app/admin/outbox): recorded mails newest first (or sorted by a column),
// filterable by status, the undeliverable ones first, and one mail with its text and HTML. Reads
// need `mail.read`.
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { MAX_ATTEMPTS } from "./deliver";

export const MAIL_STATUSES = ["QUEUED", "SENT", "OUTBOX", "FAILED"] as const satisfies readonly MailStatus[];
const PAGE = 100;

export const outboxFilters = z.object({ status: z.enum(MAIL_STATUSES).optional().catch(undefined) });
export type OutboxFilters = z.infer<typeof outboxFilters>;

/** The outbox's columns it may be sorted by in the database (the list shows the first hundred). */
export const OUTBOX_SORTS = ["created", "to", "subject", "attempts", "sent"] as const;
export type OutboxSort = { id: (typeof OUTBOX_SORTS)[number]; desc: boolean } | null;

function outboxOrder(sort: OutboxSort) {
  const newest = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  if (!sort) return newest;
  const dir = sort.desc ? ("desc" as const) : ("asc" as const);
  const first =
    sort.id === "created"
      ? { createdAt: dir }
      : sort.id === "to"
        ? { toAddress: dir }
        : sort.id === "subject"
          ? { subject: dir }
          : sort.id === "attempts"
            ? { attempts: dir }
            : { sentAt: { sort: dir, nulls: "last" as const } };
  return [first, ...newest];
}

const listSelect = {
  id: true,
  toAddress: true,
  kind: true,
  subject: true,
  status: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
  digestDay: true,
} as const;

export async function listOutbox(db: Db, viewer: Actor, filters: OutboxFilters, sort: OutboxSort = null) {
  assertCan(viewer, "mail.read");
  const where = filters.status ? { status: filters.status } : {};
  const [mails, total, undeliverable] = await Promise.all([
    db.mailMessage.findMany({ where, select: listSelect, orderBy: outboxOrder(sort), take: PAGE }),
    db.mailMessage.count({ where }),
    listUndeliverableMails(db, viewer, 20),
  ]);
  return { mails, total, undeliverable, maxAttempts: MAX_ATTEMPTS };
}

/** Mails given up after every retry, newest first (also for the admin's start page). */
export async function listUndeliverableMails(db: Db, viewer: Actor, limit: number) {
  assertCan(viewer, "mail.read");
  return db.mailMessage.findMany({ where: { status: "FAILED" }, select: listSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
}

export async function getMail(db: Db, viewer: Actor, id: string) {
  assertCan(viewer, "mail.read");
  if (!z.uuid().safeParse(id).success) return null;
  return db.mailMessage.findUnique({ where: { id }, select: { ...listSelect, textBody: true, htmlBody: true, nextAttemptAt: true, locale: true } });
}
