// The open-data page's table of data sets: one row per set with its JSON and CSV address. The
// visible link text is the format; the data set's name completes it for screen readers.
import { getLocale } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";

export type DatasetRow = { key: string; title: string; description: string; jsonHref: string; csvHref: string };
type Labels = { caption: string; dataset: string; description: string; formats: string; json: string; csv: string };

const linkClass = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2";

export async function DatasetTable({ datasets, labels }: { datasets: DatasetRow[]; labels: Labels }) {
  const locale = await getLocale();
  const columns: DataTableColumn<DatasetRow>[] = [
    { id: "dataset", header: labels.dataset, value: (d) => d.title, rowHeader: true, className: "font-medium" },
    { id: "description", header: labels.description, value: (d) => d.description, className: "text-slate-800" },
    {
      id: "formats",
      header: labels.formats,
      className: "whitespace-nowrap",
      cell: (d) => (
        <>
          <a href={d.jsonHref} className={linkClass} data-testid={`open-data-json-${d.key}`}>
            {labels.json}
            <span className="sr-only">: {d.title}</span>
          </a>
          <span aria-hidden="true"> · </span>
          <a href={d.csvHref} className={linkClass} data-testid={`open-data-csv-${d.key}`} download>
            {labels.csv}
            <span className="sr-only">: {d.title}</span>
          </a>
        </>
      ),
    },
  ];
  return (
    <DataTable columns={columns} rows={datasets} rowKey={(d) => d.key} caption={labels.caption} locale={locale} minWidth="36rem" className="mt-3" testId="open-data-datasets" />
  );
}
