// The badge routes' answer: the public initiative's figures (cached like the public pages, see
// lib/public/cache.ts) as an SVG or PNG badge, cacheable for five minutes like the open data.
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { toPercent } from "@/lib/initiatives/progress";
import { PUBLIC_CACHE_CONTROL } from "@/lib/open-data/http";
import { loadEmbedInitiative } from "@/lib/public/embed-queries";
import { badgePng, badgeSvg } from "./badge";

export async function badgeResponse(request: Request, slug: string, kind: "svg" | "png"): Promise<Response> {
  const locale: Locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "de";
  const card = await loadEmbedInitiative(await db(), slug);
  if (!card) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const [t, tHealth, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: "embed" }),
    getTranslations({ locale, namespace: "health" }),
    getTranslations({ locale, namespace: "status" }),
  ]);
  const percent = toPercent(card.progress);
  const state = card.health ? tHealth(card.health) : tStatus(card.status);
  const svg = badgeSvg({ label: `${card.code} ${t("badgeLabel")}`, message: percent === null ? state : `${state} · ${percent} %`, health: card.health });
  const headers = { "Cache-Control": PUBLIC_CACHE_CONTROL, "X-Content-Type-Options": "nosniff" };
  if (kind === "svg") {
    // An SVG opened on its own may do nothing at all (no script, no outside request).
    return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8", "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'" } });
  }
  return new Response(new Uint8Array(await badgePng(svg)), { headers: { ...headers, "Content-Type": "image/png" } });
}
