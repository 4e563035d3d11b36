// The start of a new installation (no masterplan, field of action, department or initiative yet):
// the setup checklist instead of empty pages, and the "new initiative" button once the plan is ready.
// Shown by "my work" (/app) and the dashboard alike.
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/translations";
import { SetupChecklist } from "@/components/dashboard/setup-checklist";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import type { loadSetupState } from "@/lib/plan/queries";

export async function SetupStart({ user, setup }: { user: SessionUser; setup: Awaited<ReturnType<typeof loadSetupState>> }) {
  const t = await getTranslations("app");
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("welcome", { name: user.name })}</h1>
      <SetupChecklist state={setup} canSetUp={can(user, "structure.manage")} />
      {setup.ready && can(user, "initiative.create", { departmentId: user.departmentId }) && (
        <p className="mt-4">
          <Link href="/app/initiatives/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900">
            {t("newInitiative")}
          </Link>
        </p>
      )}
    </>
  );
}
