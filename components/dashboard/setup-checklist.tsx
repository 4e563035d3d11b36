// The first-run checklist on /app: for admins the setup steps with links and their state, for
// everyone else a short note that the plan is being set up.
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/translations";
import { SETUP_STEPS, type SetupState, type SetupStep } from "@/lib/plan/queries";

const LINKS: Record<SetupStep, string> = {
  masterplan: "/app/admin/plan",
  fields: "/app/admin/plan#fields-heading",
  departments: "/app/admin/departments",
  districts: "/app/admin/plan#districts-heading",
  initiatives: "/app/initiatives/new",
};

export async function SetupChecklist({ state, canSetUp }: { state: SetupState; canSetUp: boolean }) {
  const t = await getTranslations("planSetup");
  if (!canSetUp) return <p className="mt-6 max-w-3xl rounded border border-slate-300 bg-slate-50 p-4">{t("setupPending")}</p>;
  return (
    <section aria-labelledby="setup-heading" className="mt-6 max-w-3xl rounded border border-brand-700 p-4">
      <h2 id="setup-heading" className="text-xl font-semibold">{t("setupTitle")}</h2>
      <p className="mt-2">{t("setupIntro")}</p>
      <ol className="mt-4 list-decimal space-y-2 pl-6">
        {SETUP_STEPS.map((step) => {
          const done = state.done[step];
          return (
            <li key={step} data-step={step} data-done={done}>
              <Link href={LINKS[step]} className="font-semibold text-brand-700 underline">{t(`steps.${step}`)}</Link>{" "}
              <span className={done ? "text-emerald-800" : "text-slate-700"}>
                <span aria-hidden="true">{done ? "✓" : "○"}</span> {t(done ? "stepDone" : "stepOpen")}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
