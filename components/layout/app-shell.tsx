// Frame of the signed-in app: skip link, navigation by role, the notification bell, who is signed in, sign-out.
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/translations";
import { SignOutButton } from "@/components/auth/login-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { NotificationBell } from "@/components/notifications/bell";
import type { SessionUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { countUnread } from "@/lib/notifications/queries";
import { getCityBrand } from "@/lib/branding/queries";
import { countPublishRequestsToDecide } from "@/lib/publish/queries";
import { countPendingFeedback } from "@/lib/feedback/queries";

/**
 * The navigation: href, message key (namespace.key) and, for the pages only some roles see, the
 * permission that shows the link. Department heads import their own department's initiatives
 * (`ownDepartment`); the page and every row check again.
 */
const NAV: { href: string; label: string; permission?: Permission; ownDepartment?: true; own?: true }[] = [
  { href: "/app/partner", label: "partnerWork.nav", permission: "partnerWork.read" },
  { href: "/app", label: "myWork.nav", permission: "portfolio.read" },
  { href: "/app/dashboard", label: "app.dashboard", permission: "portfolio.read" },
  { href: "/app/portfolio", label: "app.navPortfolio", permission: "portfolio.read" },
  { href: "/app/roadmap", label: "app.navRoadmap", permission: "portfolio.read" },
  { href: "/app/kpis/plan", label: "app.navPlanKpis", permission: "portfolio.read" },
  { href: "/app/partners", label: "app.navPartners", permission: "portfolio.read" },
  { href: "/app/funding", label: "app.navFunding", permission: "portfolio.read" },
  { href: "/app/decisions", label: "decisions.nav", permission: "portfolio.read" },
  { href: "/app/reports", label: "app.reports", permission: "portfolio.read" },
  { href: "/app/publications", label: "publish.nav", permission: "portfolio.read" },
  { href: "/app/feedback", label: "feedbackModeration.nav", permission: "feedback.moderate", ownDepartment: true },
  { href: "/app/account/tokens", label: "app.tokens", permission: "token.manageOwn", own: true },
  { href: "/app/account/password", label: "app.password", permission: "account.changePassword", own: true },
  { href: "/app/account/sessions", label: "app.sessions", permission: "session.manageOwn", own: true },
  { href: "/app/account/mfa", label: "app.mfa", permission: "account.manageMfa", own: true },
  // Reminder preferences are about internal work: not for partner contacts.
  { href: "/app/account/notifications", label: "notificationPrefs.nav", permission: "portfolio.read" },
  { href: "/app/council-report", label: "app.navCouncilReport", permission: "report.export" },
  { href: "/app/plan/revisions", label: "baselines.nav" },
  { href: "/app/admin/users", label: "app.users", permission: "user.manage" },
  { href: "/app/admin/plan", label: "app.navPlan", permission: "structure.manage" },
  { href: "/app/admin/map", label: "mapAdmin.menu", permission: "structure.manage" },
  { href: "/app/admin/city", label: "app.navCitySettings", permission: "citySettings.manage" },
  { href: "/app/admin/import", label: "transfer.navImport", permission: "transfer.import", ownDepartment: true },
  { href: "/app/admin/departments", label: "app.departments", permission: "department.manage" },
  { href: "/app/admin/partners", label: "app.adminPartners", permission: "partner.manage" },
  { href: "/app/admin/funding-programmes", label: "app.adminFundingProgrammes", permission: "fundingProgramme.manage" },
  { href: "/app/admin/audit", label: "app.audit", permission: "audit.read" },
  { href: "/app/admin/outbox", label: "outbox.title", permission: "mail.read" },
];

export async function AppShell({ user, children }: { user: SessionUser; children: React.ReactNode }) {
  const [tAll, t, tSite, tAuth, tRole, tNotifications] = await Promise.all([
    getTranslations(),
    getTranslations("app"),
    getTranslations("site"),
    getTranslations("auth"),
    getTranslations("role"),
    getTranslations("notifications"),
  ]);
  const database = await db();
  // Approvers see how many publication requests wait for them (PUBLISH_REVIEW) right in the navigation.
  const [unread, toDecide, feedbackWaiting, brand] = await Promise.all([
    countUnread(database, user),
    countPublishRequestsToDecide(database, user),
    countPendingFeedback(database, user),
    getCityBrand(database),
  ]);
  const label = (l: { href: string; label: string }) =>
    l.href === "/app/publications" && toDecide > 0
      ? tAll("publish.navCount", { count: toDecide })
      : l.href === "/app/feedback" && feedbackWaiting > 0
        ? tAll("feedbackModeration.navCount", { count: feedbackWaiting })
        : tAll(l.label);
  const links = NAV.filter(
    (l) => !l.permission || can(user, l.permission, l.ownDepartment ? { departmentId: user.departmentId } : l.own ? { ownerId: user.id } : {}),
  ).map((l) => ({ href: l.href, label: label(l) }));
  return (
    <>
      <a href="#main" className="print:hidden sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2">
        {tSite("skipLink")}
      </a>
      <header className="bg-brand-900 text-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/app" className="text-lg font-semibold" data-testid="app-brand">{brand.siteTitle}</Link>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            {can(user, "portfolio.read") && <NotificationBell count={unread} label={tNotifications("bell", { count: unread })} />}
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
