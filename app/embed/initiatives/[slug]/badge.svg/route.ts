// /embed/initiatives/<slug>/badge.svg (?lang=en): a public initiative's status badge; 404 otherwise.
import { badgeResponse } from "@/lib/embed/badge-response";

export const dynamic = "force-dynamic";

export const PUBLIC_ROUTE_REASON = "Status badge of one public initiative: health and progress as on its public page";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return badgeResponse(request, (await params).slug, "svg");
}
