// GET /api/v1/initiatives/{code} — one initiative with its milestones and KPIs (latest measurement each).
import { apiRead } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { getInitiativeDetailForApi } from "@/lib/initiatives/api-queries";

export const dynamic = "force-dynamic";

export const GET = apiRead<{ code: string }>("portfolio.read", async ({ db, actor, params }) => {
  const initiative = await getInitiativeDetailForApi(db, actor, params.code);
  if (!initiative) throw new AppError("NOT_FOUND", "No initiative with this code.");
  return initiative;
});
