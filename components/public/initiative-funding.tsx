// An initiative's published funding: planned and spent per year and funding source, with the total
// (only budget lines marked public; the amounts arrive exact, as text, and are formatted here).
import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicInitiative } from "@/lib/public/initiative-queries";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function InitiativeFunding({ funding }: { funding: PublicInitiative["funding"] }) {
  const t = await getTranslations("publicInitiative");
  const tBudget = await getTranslations("budget");
  const format = await getFormatter();
  const euro = (v: string) => format.number(Number(v), { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="funding-heading" className="mt-8">
      <h2 id="funding-heading" className="text-xl font-semibold">{t("fundingHeading")}</h2>
      {funding.lines.length === 0 ? (
        <p className="mt-2">{t("noFunding")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">{t("fundingIntro")}</p>
          <ScrollRegion label={t("fundingCaption")} className="mt-3">
            <table className="w-full min-w-[28rem] text-left text-sm">
              <caption className="sr-only">{t("fundingCaption")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{t("colYear")}</th>
                  <th scope="col" className="py-2 pr-3">{t("colSource")}</th>
                  <th scope="col" className="py-2 pr-3 text-right">{t("colPlanned")}</th>
                  <th scope="col" className="py-2 text-right">{t("colActual")}</th>
                </tr>
              </thead>
              <tbody>
                {funding.lines.map((l) => (
                  <tr key={`${l.year}-${l.fundingSource}`} className="border-b border-slate-100">
                    <td className="py-2 pr-3 tabular-nums">{l.year}</td>
                    <td className="py-2 pr-3">{tBudget(`source.${l.fundingSource}` as "source.CITY")}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{euro(l.planned)}</td>
                    <td className="py-2 text-right tabular-nums">{euro(l.actual)}</td>
                  </tr>
                ))}
              </tbody>
              {funding.total && (
                <tfoot>
                  <tr className="border-t-2 border-slate-300 font-semibold">
                    <th scope="row" colSpan={2} className="py-2 pr-3">{t("total")}</th>
                    <td className="py-2 pr-3 text-right tabular-nums">{euro(funding.total.planned)}</td>
                    <td className="py-2 text-right tabular-nums">{euro(funding.total.actual)}</td>
                  </tr>
                </tfoot>
              )}
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
