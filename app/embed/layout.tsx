// Root layout of the embeddable pages (/embed/…): a bare document for an iframe on another site
// (the city's own website). These are the only pages other origins may frame, and only those in
// EMBED_ALLOWED_ORIGINS (proxy.ts, lib/security/headers.ts). Language: ?lang=en, German by default.
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import "../globals.css";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function EmbedRootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
