// The site's words for the password policy: what a password must not be built from besides the
// app's name — the masterplan's title (it names the city, e.g. "Digitaler Masterplan Duisburg")
// and the open-data publisher ("Stadt Duisburg") when configured. There is no separate city-name
// setting; these two are where the city's name already lives.
import type { Db, Tx } from "@/lib/db/client";
import { env } from "@/lib/env";

export async function passwordContext(db: Db | Tx): Promise<string[]> {
  const plans = await db.masterplan.findMany({ select: { title: true }, orderBy: { createdAt: "asc" }, take: 5 });
  const publisher = env().openDataPublisher;
  return [...plans.map((p) => p.title), ...(publisher ? [publisher] : [])];
}
