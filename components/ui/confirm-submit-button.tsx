"use client";
// A submit button for destructive actions (delete, revoke, deactivate, sign out elsewhere) inside an
// ActionForm: the first press only asks ("Wirklich löschen?") with a confirm and a cancel button;
// the form is sent by the confirm button. Keyboard: focus moves to the confirm button, Escape or
// cancel returns to the first button. The action on the server is the same with or without it.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useFormPending, useHydrated } from "@/components/ui/action-form";

export type ConfirmQuestion = "delete" | "revoke" | "deactivate" | "endSessions" | "remove" | "close";

const DANGER = "rounded border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60";
const SECONDARY = "rounded border border-slate-500 px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-50";

export function ConfirmSubmitButton({ children, question = "delete" }: { children: React.ReactNode; question?: ConfirmQuestion }) {
  const t = useTranslations("forms");
  const pending = useFormPending();
  // Before hydration the first press would do nothing at all.
  const ready = useHydrated();
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasPending = useRef(false);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      askRef.current?.focus();
    }
  }, [asking]);

  // Once the action has answered, the question is done (on success the item is usually gone).
  useEffect(() => {
    if (wasPending.current && !pending) setAsking(false);
    wasPending.current = pending;
  }, [pending]);

  function cancel() {
    returnFocus.current = true;
    setAsking(false);
  }

  if (!asking) {
    return (
      <button ref={askRef} type="button" className={DANGER} disabled={!ready} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      className="inline-flex flex-wrap items-center gap-2 rounded border border-red-300 bg-red-50 p-2"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          cancel();
        }
      }}
    >
      <p id={questionId} className="text-sm font-semibold text-red-900">
        {t(`confirm.${question}`)}
      </p>
      <button ref={confirmRef} type="submit" disabled={pending} aria-busy={pending} className={DANGER}>
        {children}
      </button>
      <button type="button" className={SECONDARY} onClick={cancel} disabled={pending}>
        {t("cancel")}
      </button>
    </div>
  );
}
