// The district map: server-rendered SVG, no script, no tiles by default, nothing fetched from
// elsewhere. Each district is a link (Tab reaches it, Enter opens it) labelled with its name, its
// number of initiatives and how the ongoing ones stand. Two shadings: by the number of initiatives
// (default) and by their overall status; a plain link (a fragment, #<id>-status) switches by CSS
// :target, so it works without JavaScript and the page stays one cached page. Each shading has a
// hatch pattern per band and a figure printed on the district, so colour is never the only carrier;
// the table below says both again as text.
// The props are display-ready: what counts (public or internal) is the caller's query's business.
import { getTranslations } from "@/lib/i18n/translations";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { DISTRICT_STATUSES, type DrawnDistrict, type DrawnMap } from "@/lib/map/render";

export type DistrictMapProps = {
  map: DrawnMap;
  /** The district's link target. */
  districtHref: (slug: string) => string;
  markerHref: (slug: string) => string;
  locale: Locale;
  schematic: boolean;
  attribution: string;
  /** Prefix of the ids in the SVG (patterns), unique on the page. */
  id: string;
  /** Whether the counts are of public initiatives (citizens' site) or of all (the app). */
  audience: "public" | "internal";
  /** The district to outline as "you are here" (a district's page). */
  current?: string;
  /** False where the page already shows the districts as a table (then `tableId` names it). */
  withTable?: boolean;
};

const FILLS = ["#f8fafc", "#dbeafe", "#93c5fd", "#60a5fa"];
/** Status view: none, all on track, some, many at risk or off track (light, so the dark figures stay readable). */
const STATUS_FILLS = ["#f8fafc", "#dcfce7", "#fef3c7", "#fecaca"];

/** Hatch lines: denser with each band, so that the bands differ in black and white too. */
function Pattern({ id, shade }: { id: string; shade: number }) {
  const gap = [0, 8, 5, 3][shade] ?? 3;
  return (
    <pattern id={`${id}-p${shade}`} patternUnits="userSpaceOnUse" width={gap} height={gap} patternTransform="rotate(45)">
      <line x1="0" y1="0" x2="0" y2={gap} stroke="#1e3a8a" strokeWidth="1" strokeOpacity="0.45" />
    </pattern>
  );
}

function Swatch({ id, shade, fills = FILLS }: { id: string; shade: number; fills?: string[] }) {
  return (
    <svg width="28" height="18" aria-hidden="true" className="inline-block align-middle">
      <rect x="0.5" y="0.5" width="27" height="17" fill={fills[shade]} stroke="#334155" />
      {shade > 0 && <rect x="0.5" y="0.5" width="27" height="17" fill={`url(#${id}-p${shade})`} />}
    </svg>
  );
}

/** The figure printed on a district in the status view: at risk or off track of all ongoing ("–": none ongoing). */
function statusFigure(d: DrawnDistrict): string {
  return d.health.active === 0 ? "–" : `${d.health.atRisk + d.health.offTrack}/${d.health.active}`;
}

export async function DistrictMap(props: DistrictMapProps) {
  const { map, id, locale, audience, current, withTable = true } = props;
  const t = await getTranslations("districtMap");
  const tiles = map.tiles;
  const countLabel = (n: number) => t(audience === "public" ? "countPublic" : "countAll", { count: n });
  const statusLabel = (d: DrawnDistrict) =>
    t(`statusLabel.${d.status}`, { active: d.health.active, troubled: d.health.atRisk + d.health.offTrack });
  const columns: DataTableColumn<DrawnDistrict>[] = [
    {
      id: "district",
      header: t("colDistrict"),
      rowHeader: true,
      cell: (d) => (
        <a href={props.districtHref(d.slug)} lang="de" className="font-medium text-brand-700 underline underline-offset-2">
          {d.name}
        </a>
      ),
    },
    { id: "count", header: t(audience === "public" ? "colCountPublic" : "colCountAll"), value: (d) => d.count, format: "integer" },
    { id: "active", header: t("colActive"), value: (d) => d.health.active, format: "integer" },
    { id: "atRisk", header: t("colAtRisk"), value: (d) => d.health.atRisk, format: "integer" },
    { id: "offTrack", header: t("colOffTrack"), value: (d) => d.health.offTrack, format: "integer" },
    { id: "status", header: t("colStatus"), cell: (d) => t(`status.${d.status}`) },
  ];
  // Count view by default; the status view while #<id>-status is the page's target.
  const css = [
    `.${id}-a:focus{outline:none}.${id}-a:focus-visible .${id}-o,.${id}-a:hover .${id}-o{stroke:#0f172a;stroke-width:3.5}`,
    `.${id}-s{display:none}#${id}-status:target~* .${id}-s{display:revert}#${id}-status:target~* .${id}-c{display:none}`,
    `#${id}-status:target~* .${id}-vs,.${id}-vc{font-weight:700;text-decoration:none}#${id}-status:target~* .${id}-vc{font-weight:400;text-decoration:underline}`,
  ].join("");
  const link = "text-brand-700 underline underline-offset-2";
  return (
    <figure className="mt-4" data-testid="district-map">
      <span id={`${id}-count`} />
      <span id={`${id}-status`} />
      <p className="text-sm" data-testid="district-map-views">
        {t("viewLabel")}{" "}
        <a href={`#${id}-count`} className={`${link} ${id}-vc`}>{t("viewCount")}</a>
        {" · "}
        <a href={`#${id}-status`} className={`${link} ${id}-vs`} data-testid="district-map-view-status">{t("viewStatus")}</a>
      </p>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        width="100%"
        style={{ maxWidth: map.width }}
        role="group"
        aria-labelledby={`${id}-title`}
        className="h-auto"
      >
        <title id={`${id}-title`}>{t(schematic(props) ? "titleSchematic" : "title")}</title>
        <style>{css}</style>
        <defs>
          {[1, 2, 3].map((s) => <Pattern key={s} id={id} shade={s} />)}
          {/* Each outline once; the shadings and the outline use it. */}
          {map.districts.map((d) => <path key={d.slug} id={`${id}-d-${d.slug}`} d={d.path} />)}
        </defs>
        {tiles.map((tile) => (
          <image key={tile.href} href={tile.href} x={tile.x} y={tile.y} width={tile.size} height={tile.size} opacity="0.5" aria-hidden="true" />
        ))}
        {map.districts.map((d) => {
          const shape = `#${id}-d-${d.slug}`;
          return (
            <a
              key={d.slug}
              href={props.districtHref(d.slug)}
              aria-label={t("districtLabel", { name: d.name, counted: countLabel(d.count), status: statusLabel(d) })}
              className={`${id}-a`}
              data-district={d.slug}
              data-status={d.status}
            >
              <g className={`${id}-c`}>
                <use href={shape} fill={FILLS[d.shade]} fillOpacity={tiles.length ? 0.75 : 1} />
                {d.shade > 0 && <use href={shape} fill={`url(#${id}-p${d.shade})`} />}
              </g>
              <g className={`${id}-s`}>
                <use href={shape} fill={STATUS_FILLS[d.statusShade]} fillOpacity={tiles.length ? 0.75 : 1} />
                {d.statusShade > 0 && <use href={shape} fill={`url(#${id}-p${d.statusShade})`} />}
              </g>
              <use href={shape} fill="none" stroke={d.slug === current ? "#0f172a" : "#334155"} strokeWidth={d.slug === current ? 3 : 1} className={`${id}-o`} />
              {[
                [`${id}-c`, String(d.count)],
                [`${id}-s`, statusFigure(d)],
              ].map(([cls, figure]) => (
                <text key={cls} className={cls} x={d.labelX} y={d.labelY} textAnchor="middle" dominantBaseline="central" fontSize="18" fontWeight="700" fill="#0f172a" stroke="#fff" strokeWidth="3" paintOrder="stroke" aria-hidden="true">
                  {figure}
                </text>
              ))}
            </a>
          );
        })}
        {map.markers.map((m, i) => (
          <a key={`${m.initiativeSlug}-${i}`} href={props.markerHref(m.initiativeSlug)} aria-label={t("markerLabel", { label: m.label, initiative: m.initiativeTitle })} className={`${id}-a`}>
            <path d={`M${m.x} ${m.y}l-6 -14h12z`} fill="#b91c1c" stroke="#fff" strokeWidth="1.5" className={`${id}-o`} />
          </a>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-800">
        <div className={`${id}-c`}>
          <p className="font-medium">{t(audience === "public" ? "legendPublic" : "legendAll")}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" data-testid="district-map-legend">
            {map.shades.map((b) => (
              <li key={b.shade}>
                <Swatch id={id} shade={b.shade} /> {b.min === b.max ? t("band", { n: b.min }) : t("bandRange", { min: b.min, max: b.max })}
              </li>
            ))}
          </ul>
        </div>
        <div className={`${id}-s`}>
          <p className="font-medium">{t(audience === "public" ? "legendStatusPublic" : "legendStatusAll")}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" data-testid="district-map-status-legend">
            {DISTRICT_STATUSES.map((status, shade) => (
              <li key={status}>
                <Swatch id={id} shade={shade} fills={STATUS_FILLS} /> {t(`status.${status}`)}
              </li>
            ))}
          </ul>
        </div>
        {map.markers.length > 0 && (
          <p className="mt-1">
            <svg width="14" height="16" aria-hidden="true" className="inline-block align-middle"><path d="M7 15l-6 -14h12z" fill="#b91c1c" /></svg> {t("markerLegend")}
          </p>
        )}
        {schematic(props) && <p className="mt-1 font-semibold" data-testid="district-map-schematic">{t("schematicNote")}</p>}
        {props.attribution && <p className="mt-1">{t("source", { source: props.attribution })}</p>}
        {tiles.length > 0 && <p className="mt-1">{t("tilesNote")}</p>}
      </figcaption>
      {withTable && (
        <DataTable columns={columns} rows={map.districts} rowKey={(d) => d.slug} caption={t("tableCaption")} locale={locale} className="mt-4 max-w-3xl" testId="district-map-table" />
      )}
      {map.markers.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-brand-700 underline underline-offset-2">{t("markerList", { count: map.markers.length })}</summary>
          <ul className="mt-1 list-disc pl-6">
            {map.markers.map((m, i) => (
              <li key={`${m.initiativeSlug}-${i}`}>
                {m.label} – <a href={props.markerHref(m.initiativeSlug)} className="text-brand-700 underline underline-offset-2">{m.initiativeTitle}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </figure>
  );
}

function schematic(props: DistrictMapProps) {
  return props.schematic;
}
