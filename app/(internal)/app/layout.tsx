import type { Metadata } from "next";
import { headers } from "next/headers";
import { AppShell } from "@/components/layout/app-shell";
import { AppClientMessages } from "@/components/layout/client-messages";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

// Every page below also checks the user and its permission itself; this layout only frames them.
export default async function InternalLayout({ children }: { children: React.ReactNode }) {
  const path = (await headers()).get("x-pathname") ?? "/app";
  const user = await requireUser(path.startsWith("/app") ? path : "/app");
  return (
    <AppClientMessages>
      <AppShell user={user}>{children}</AppShell>
    </AppClientMessages>
  );
}
