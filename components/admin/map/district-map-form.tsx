"use client";
// The district map's upload (admins): a GeoJSON file (or pasted text), the property that names the
// districts, whether the outlines are schematic, and their source. The file is read in the browser
// and checked on the server; every problem comes back as its own line, tied to the file field.
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/define-action";

type Upload = (raw: { geojson: string; nameProperty: string; schematic: boolean; attribution: string }) => Promise<ActionResult<{ districts: string[]; missing: string[] }>>;

/** Texts from the server; {count} and {names} are filled in here. */
export type DistrictMapFormLabels = Record<"file" | "text" | "nameProperty" | "schematic" | "attribution" | "submit" | "chooseFirst" | "savedTemplate" | "missingTemplate", string>;

export function DistrictMapForm({ upload, defaults, labels }: { upload: Upload; defaults: { nameProperty: string; schematic: boolean; attribution: string }; labels: DistrictMapFormLabels }) {
  const id = useId();
  const router = useRouter();
  const file = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  return (
    <form
      className="mt-6 max-w-3xl space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        startTransition(async () => {
          const chosen = file.current?.files?.[0];
          const geojson = chosen ? await chosen.text() : String(form.get("geojsonText") ?? "");
          if (!geojson.trim()) {
            setErrors([labels.chooseFirst]);
            setDone(null);
            return;
          }
          const r = await upload({
            geojson,
            nameProperty: String(form.get("nameProperty") ?? ""),
            schematic: form.get("schematic") === "on",
            attribution: String(form.get("attribution") ?? ""),
          });
          if (r.ok) {
            setErrors([]);
            const missing = r.data.missing.length ? ` ${labels.missingTemplate.replace("{names}", r.data.missing.join(", "))}` : "";
            setDone(labels.savedTemplate.replace("{count}", String(r.data.districts.length)) + missing);
            router.refresh();
          } else {
            setDone(null);
            setErrors(Object.values(r.fieldErrors ?? {}).flat().length ? Object.values(r.fieldErrors ?? {}).flat() : [r.message]);
          }
        });
      }}
    >
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium">{labels.file}</label>
        <input ref={file} id={`${id}-file`} type="file" accept=".geojson,.json,application/geo+json,application/json" className="mt-1 block text-sm" aria-invalid={errors.length ? true : undefined} aria-describedby={errors.length ? `${id}-errors` : undefined} />
      </div>
      <div>
        <label htmlFor={`${id}-text`} className="block text-sm font-medium">{labels.text}</label>
        <textarea id={`${id}-text`} name="geojsonText" rows={4} className="mt-1 block w-full rounded border border-slate-400 p-2 font-mono text-xs" />
      </div>
      <div>
        <label htmlFor={`${id}-prop`} className="block text-sm font-medium">{labels.nameProperty}</label>
        <input id={`${id}-prop`} name="nameProperty" defaultValue={defaults.nameProperty} maxLength={60} aria-required="true" className="mt-1 block w-64 rounded border border-slate-400 px-2 py-1" />
      </div>
      <div className="flex items-center gap-2">
        <input id={`${id}-schematic`} name="schematic" type="checkbox" defaultChecked={defaults.schematic} />
        <label htmlFor={`${id}-schematic`} className="text-sm">{labels.schematic}</label>
      </div>
      <div>
        <label htmlFor={`${id}-attr`} className="block text-sm font-medium">{labels.attribution}</label>
        <input id={`${id}-attr`} name="attribution" defaultValue={defaults.attribution} maxLength={300} className="mt-1 block w-full rounded border border-slate-400 px-2 py-1" />
      </div>
      <div id={`${id}-errors`} role="alert" data-testid="map-upload-errors">
        {errors.length > 0 && (
          <ul className="list-disc pl-6 text-sm text-red-800">
            {errors.map((e, i) => <li key={i}>{e}</li>)}
          </ul>
        )}
      </div>
      <p role="status" className="text-sm text-green-800" data-testid="map-upload-status">{done}</p>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
