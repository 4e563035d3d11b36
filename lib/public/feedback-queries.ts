// Published questions and answers of a public initiative (issue 20, item 2): only rows a moderator
// published, only on a public, unarchived initiative, and only the message, the answer, the date
// and — when the citizen allowed it and it is still kept — the name. Never the e-mail address.
import type { Db } from "@/lib/db/client";
import { cachedPublic } from "./cache";
import { publicInitiativeWhere } from "./initiative-queries";

export async function loadPublishedFeedback(db: Db, initiativeSlug: string) {
  const rows = await db.feedback.findMany({
    where: { status: "PUBLISHED", initiative: { slug: initiativeSlug, ...publicInitiativeWhere } },
    select: { id: true, message: true, answer: true, publishedAt: true, showName: true, name: true },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 50,
  });
  return rows.map((r) => ({ id: r.id, message: r.message, answer: r.answer ?? "", publishedAt: r.publishedAt, name: r.showName ? r.name : null }));
}

export type PublishedFeedback = Awaited<ReturnType<typeof loadPublishedFeedback>>[number];

export function getPublishedFeedback(db: Db, initiativeSlug: string) {
  return cachedPublic(db, `feedback:${initiativeSlug}`, () => loadPublishedFeedback(db, initiativeSlug));
}
