// The outbox list against a real database: newest first by default, or sorted by a column in the
// database (the page shows the first hundred), unsent mails last when sorted by the sending time.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { useTestDatabase } from "@/tests/db";
import { listOutbox } from "./queries";
import { enqueueMail } from "./queue";

const ADMIN: Actor = { id: "admin", role: "ADMIN", departmentId: null, via: "session" };

describe("listOutbox", () => {
  it("lists newest first, or sorted by a column with unsent mails last", async () => {
    const { prisma } = await useTestDatabase();
    const mails = [
      { to: "b@example.org", subject: "Zweite", day: "2026-11-02", attempts: 2, sent: "2026-11-03T08:00:00Z" },
      { to: "c@example.org", subject: "Dritte", day: "2026-11-03", attempts: 0, sent: null },
      { to: "a@example.org", subject: "Erste", day: "2026-11-01", attempts: 1, sent: "2026-11-05T08:00:00Z" },
    ];
    for (const m of mails) {
      const { id } = await prisma.$transaction((tx) =>
        enqueueMail(tx, { userId: null, to: m.to, locale: "de", kind: "INVITATION", subject: m.subject, text: "t", html: "<p>t</p>" }, { smtp: false, now: new Date(`${m.day}T09:00:00Z`) }),
      );
      await prisma.mailMessage.update({ where: { id }, data: { createdAt: new Date(`${m.day}T09:00:00Z`), attempts: m.attempts, sentAt: m.sent ? new Date(m.sent) : null } });
    }
    const subjects = async (sort: Parameters<typeof listOutbox>[3]) => (await listOutbox(prisma, ADMIN, {}, sort)).mails.map((m) => m.subject);
    expect(await subjects(null)).toEqual(["Dritte", "Zweite", "Erste"]);
    expect(await subjects({ id: "to", desc: false })).toEqual(["Erste", "Zweite", "Dritte"]);
    expect(await subjects({ id: "attempts", desc: true })).toEqual(["Zweite", "Erste", "Dritte"]);
    expect(await subjects({ id: "sent", desc: false })).toEqual(["Zweite", "Erste", "Dritte"]);
    expect(await subjects({ id: "sent", desc: true })).toEqual(["Erste", "Zweite", "Dritte"]);
    expect(await subjects({ id: "created", desc: false })).toEqual(["Erste", "Zweite", "Dritte"]);
  });
});
