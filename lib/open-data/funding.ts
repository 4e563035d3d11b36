// The open-data funding roll-up: the public budget lines of published initiatives summed per
// funding level and, within each level, per funding programme (with the programme's public
// fields: name, rate, period, link; never its internal reference), in one grouped query.
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { FUNDING_LEVELS } from "@/lib/funding/levels";
import type { FundingSource } from "@/lib/generated/prisma/enums";
import type { FundingRollupRecord } from "./schemas";

type Row = {
  level: FundingSource | null;
  grouped_programme: number;
  name: string | null;
  funding_rate: string | null;
  period_from: string | null;
  period_to: string | null;
  url: string | null;
  planned: string;
  actual: string;
};

export async function getFundingRollup(db: Db): Promise<FundingRollupRecord> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT b.funding_source::text AS level, GROUPING(p.id)::int AS grouped_programme,
           p.name, p.funding_rate::text AS funding_rate, to_char(p.period_from, 'YYYY-MM-DD') AS period_from,
           to_char(p.period_to, 'YYYY-MM-DD') AS period_to, p.url,
           COALESCE(SUM(b.planned), 0)::numeric(16, 2)::text AS planned, COALESCE(SUM(b.actual), 0)::numeric(16, 2)::text AS actual
    FROM budget_lines b
    JOIN initiatives i ON i.id = b.initiative_id AND i.visibility = 'PUBLIC' AND i.archived_at IS NULL
    LEFT JOIN funding_programmes p ON p.id = b.programme_id
    WHERE b.is_public
    GROUP BY GROUPING SETS ((b.funding_source, p.id, p.name, p.funding_rate, p.period_from, p.period_to, p.url), (b.funding_source), ())`;
  const total = rows.find((r) => r.level === null);
  const levels = rows
    .filter((r) => r.level !== null && r.grouped_programme === 1)
    .sort((a, b) => FUNDING_LEVELS.indexOf(a.level!) - FUNDING_LEVELS.indexOf(b.level!))
    .map((l) => ({
      level: l.level!,
      planned: l.planned,
      actual: l.actual,
      programmes: rows
        .filter((r) => r.level === l.level && r.grouped_programme === 0)
        .sort((a, b) => (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || (a.name ?? "").localeCompare(b.name ?? "", "de"))
        .map((r) => ({
          programme: r.name === null ? null : { name: r.name, fundingRate: r.funding_rate, periodFrom: r.period_from, periodTo: r.period_to, url: r.url },
          planned: r.planned,
          actual: r.actual,
        })),
    }));
  return { state: env().cityState, total: { planned: total?.planned ?? "0.00", actual: total?.actual ?? "0.00" }, levels };
}
