"use client";
// Opens the browser's print dialog; the page's print stylesheet lays the report out for A4.
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50">
      {label}
    </button>
  );
}
