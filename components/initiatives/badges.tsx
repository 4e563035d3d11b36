// Status and health as text with colour (colour is never the only signal).
import { getTranslations } from "next-intl/server";
import type { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";

const healthStyle: Record<Health, string> = {
  ON_TRACK: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  AT_RISK: "bg-amber-100 text-amber-950 ring-amber-300",
  OFF_TRACK: "bg-red-100 text-red-900 ring-red-300",
};

export async function StatusBadge({ status }: { status: InitiativeStatus }) {
  const t = await getTranslations("status");
  return <span className="inline-block rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-800 ring-1 ring-slate-300">{t(status)}</span>;
}

export async function HealthBadge({ health }: { health: Health }) {
  const t = await getTranslations("health");
  return <span className={`inline-block rounded px-2 py-0.5 text-sm ring-1 ${healthStyle[health]}`}>{t(health)}</span>;
}
