// Frame of the signed-in app: skip link, navigation by role, the notification bell, who is signed in, sign-out.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/login-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { NotificationBell } from "@/components/notifications/bell";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { countUnread } from "@/lib/notifications/queries";

export async function AppShell({ user, children }: { user: SessionUser; children: React.ReactNode }) {
  const t = await getTranslations("app");
  const tSite = await getTranslations("site");
  const tAuth = await getTranslations("auth");
  const tRole = await getTranslations("role");
  const tTransfer = await getTranslations("transfer");
  const tOutbox = await getTranslations("outbox");
  const tWork = await getTranslations("myWork");
  const tNotifications = await getTranslations("notifications");
  const tPrefs = await getTranslations("notificationPrefs");
  const unread = await countUnread(await db(), user);
  const links: { href: string; label: string }[] = [
    { href: "/app", label: tWork("nav") },
    { href: "/app/dashboard", label: t("dashboard") },
    { href: "/app/portfolio", label: t("navPortfolio") },
    { href: "/app/roadmap", label: t("navRoadmap") },
    { href: "/app/kpis/plan", label: t("navPlanKpis") },
    { href: "/app/partners", label: t("navPartners") },
    { href: "/app/funding", label: t("navFunding") },
    { href: "/app/reports", label: t("reports") },
    { href: "/app/account/tokens", label: t("tokens") },
    { href: "/app/account/password", label: t("password") },
    { href: "/app/account/sessions", label: t("sessions") },
    { href: "/app/account/mfa", label: t("mfa") },
    { href: "/app/account/notifications", label: tPrefs("nav") },
  ];
  if (can(user, "report.export")) links.push({ href: "/app/council-report", label: t("navCouncilReport") });
  if (can(user, "user.manage")) links.push({ href: "/app/admin/users", label: t("users") });
  if (can(user, "structure.manage")) links.push({ href: "/app/admin/plan", label: t("navPlan") });
  // Department heads import their own department's initiatives; the page and every row check again.
  if (can(user, "transfer.import", { departmentId: user.departmentId })) links.push({ href: "/app/admin/import", label: tTransfer("navImport") });
  if (can(user, "department.manage")) links.push({ href: "/app/admin/departments", label: t("departments") });
  if (can(user, "partner.manage")) links.push({ href: "/app/admin/partners", label: t("adminPartners") });
  if (can(user, "audit.read")) links.push({ href: "/app/admin/audit", label: t("audit") });
  if (can(user, "mail.read")) links.push({ href: "/app/admin/outbox", label: tOutbox("title") });
  return (
    <>
      <a href="#main" className="print:hidden sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2">
        {tSite("skipLink")}
      </a>
      <header className="bg-brand-900 text-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/app" className="text-lg font-semibold">{t("name")}</Link>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <NotificationBell count={unread} label={tNotifications("bell", { count: unread })} />
            <LocaleSwitcher label={t("language")} />
            <p>
              {tAuth("signedInAs", { name: user.name })} ({tRole(user.role)}) · <SignOutButton label={tAuth("signOut")} />
            </p>
          </div>
        </div>
        <nav aria-label={t("nav")} className="mx-auto max-w-6xl px-4 pb-2">
          <ul className="flex flex-wrap gap-4 text-sm">
            {links.map((l) => (
              <li key={l.href}><Link href={l.href} className="underline-offset-2 hover:underline">{l.label}</Link></li>
            ))}
            <li><Link href="/" className="underline-offset-2 hover:underline">{t("publicSite")}</Link></li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
