"use client";
// Shown when a page fails (and, inside its own document, when the root layout fails:
// app/global-error.tsx). Users get a generic message and a reference, never the error itself: in
// production Next replaces server error messages anyway, and `digest` matches the server log line.
// The texts come from the root document (components/layout/error-texts.tsx), in the page's language.
import { UNAVAILABLE_DIGEST } from "@/lib/errors/digest";
import { useErrorTexts, withReference } from "./error-texts";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useErrorTexts();
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  // The database is unavailable (lib/db/outage.ts): nothing is broken, the user only has to wait.
  const unavailable = digest === UNAVAILABLE_DIGEST;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">{unavailable ? t.unavailableTitle : t.genericTitle}</h1>
      <p className="mt-2">{unavailable ? t.unavailableText : digest ? withReference(t.genericText, digest) : t.genericTextNoId}</p>
      <p className="mt-4">
        {/* retry re-fetches the segment from the server (reset alone would re-render the same failed payload). */}
        <button type="button" onClick={() => retry()} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t.tryAgain}
        </button>
      </p>
    </main>
  );
}
