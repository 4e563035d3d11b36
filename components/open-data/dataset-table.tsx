// The open-data page's table of data sets: one row per set with its JSON and CSV address. The
// visible link text is the format; the data set's name completes it for screen readers.
export type DatasetRow = { key: string; title: string; description: string; jsonHref: string; csvHref: string };
type Labels = { caption: string; dataset: string; description: string; formats: string; json: string; csv: string };

const linkClass = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2";

export function DatasetTable({ datasets, labels }: { datasets: DatasetRow[]; labels: Labels }) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm" data-testid="open-data-datasets">
        <caption className="sr-only">{labels.caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3 font-semibold">{labels.dataset}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{labels.description}</th>
            <th scope="col" className="py-2 font-semibold">{labels.formats}</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((d) => (
            <tr key={d.key} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-3 font-medium">{d.title}</th>
              <td className="py-2 pr-3 text-slate-800">{d.description}</td>
              <td className="whitespace-nowrap py-2">
                <a href={d.jsonHref} className={linkClass} data-testid={`open-data-json-${d.key}`}>
                  {labels.json}
                  <span className="sr-only">: {d.title}</span>
                </a>
                <span aria-hidden="true"> · </span>
                <a href={d.csvHref} className={linkClass} data-testid={`open-data-csv-${d.key}`} download>
                  {labels.csv}
                  <span className="sr-only">: {d.title}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
