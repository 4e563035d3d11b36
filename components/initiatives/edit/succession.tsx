// "Merged into" / "superseded by": the note on the initiative page (where it went, which ones live
// on in it) and the form that sets or clears the successor (initiative.update; the action checks).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { RowIds } from "@/components/ui/row-ids";
import type { Succession } from "@/lib/initiatives/succession-queries";
import type { FormAction } from "./types";

const link = "text-brand-700 underline underline-offset-2";

export async function SuccessionNote({ succession }: { succession: Succession }) {
  const t = await getTranslations("initiatives.succession");
  return (
    <>
      {succession.successor && succession.kind && (
        <p className="mt-2 rounded bg-amber-50 p-2 text-sm ring-1 ring-amber-300" data-testid="succession-note">
          {t(`note.${succession.kind}`)}{" "}
          <Link href={`/app/initiatives/${succession.successor.code}`} className={link}>{succession.successor.code} {succession.successor.title}</Link>
        </p>
      )}
      {succession.predecessors.length > 0 && (
        <p className="mt-2 text-sm" data-testid="predecessors-note">
          {t("predecessors")}{" "}
          {succession.predecessors.map((p, n) => (
            <span key={p.code}>
              {n > 0 && ", "}
              <Link href={`/app/initiatives/${p.code}`} className={link}>{p.code} {p.title}</Link> ({t(`kind.${p.kind}`)})
            </span>
          ))}
        </p>
      )}
    </>
  );
}

export async function SuccessionForm({ i, succession, action }: { i: { id: string; version: number }; succession: Succession; action: FormAction }) {
  const t = await getTranslations("initiatives.succession");
  return (
    <div className="mt-4 border-t border-slate-200 pt-3">
      <h4 className="font-semibold">{t("heading")}</h4>
      <p className="mt-1 text-sm text-slate-700">{t("hint")}</p>
      <ActionForm action={action} label={t("heading")} className="mt-2 grid gap-3 sm:grid-cols-3 sm:items-start">
        <RowIds row={i} />
        <Field
          name="kind"
          type="select"
          label={t("kindLabel")}
          defaultValue={succession.kind ?? ""}
          options={[{ value: "", label: t("kind.none") }, { value: "MERGED_INTO", label: t("kind.MERGED_INTO") }, { value: "SUPERSEDED_BY", label: t("kind.SUPERSEDED_BY") }]}
        />
        <Field name="successorCode" label={t("successorCode")} defaultValue={succession.successor?.code ?? ""} />
        <div className="sm:mt-6"><SubmitButton>{t("save")}</SubmitButton></div>
      </ActionForm>
    </div>
  );
}
