// How a reporting period reads in the UI and in prefilled texts ("4. Quartal 2026" / "Q4 2026").
import { parsePeriod } from "./period";

type T = (key: string, values?: Record<string, string | number>) => string;

/** `t` is a translator for the whole catalogue; unknown periods are shown as stored. */
export function periodLabel(t: T, period: string): string {
  const p = parsePeriod(period);
  return p ? t(`statusReports.periodLabel.${p.kind}`, { year: p.year, index: p.index }) : period;
}
