// The large plan as one workbook, for the upload reader's tests (lib/transfer/read-pool.test.ts):
// the sizes of the bench's large data set (prisma/seed/large.ts SCALES.large: 2,000 initiatives,
// 20,000 milestones, 200 KPIs with 60 values each, about 10,000 budget lines; 44,000 data rows),
// written by the app's own workbook writer as "Alles exportieren" writes it, with German texts of
// the generator's kind. No database: the reader only sees the file (the bench's import,
// bench/import.ts, exports a seeded database instead and gives a file of the same shape, 1.4 MB).
import { SCALES } from "@/prisma/seed/large";
import { writeWorkbook, type ExportRow, type WorkbookData } from "@/lib/transfer/workbook";

const FIELDS = ["VER", "DAT", "MOB", "BIL", "GES", "WIR", "UMW", "INF"];
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

export const LARGE = SCALES.large;

export function largePlanData(): WorkbookData {
  const { initiatives: n, milestones: m, kpis: k, measurementsPerKpi: v } = LARGE;
  const code = (i: number) => `${FIELDS[i % FIELDS.length]}${String.fromCharCode(65 + Math.floor(i / 800))}-${String(1 + (Math.floor(i / FIELDS.length) % 99)).padStart(2, "0")}`;
  const initiatives: ExportRow[] = Array.from({ length: n }, (_, i) => ({
    code: code(i),
    title: `Ausbau LoRaWAN-Sensornetz – Stadtbezirk ${i % 7} (Stufe ${1 + (i % 4)})`,
    summary: `Vorhaben ${i}: Sensoren für Luftqualität, Parkraum und Pegelstände in einem gemeinsamen Netz.`,
    fieldCode: FIELDS[i % FIELDS.length]!,
    departmentCode: `A${i % 12}`,
    status: "laufend",
    health: "im Plan",
    plannedStart: day(i % 700),
    plannedEnd: day(700 + (i % 900)),
    visibility: "öffentlich",
    leads: `projektleitung${i % 9}@demo.masterplan.example`,
    districts: "Hamborn; Meiderich/Beeck",
    tags: "Sensorik; Klimaanpassung",
  }));
  const milestones: ExportRow[] = Array.from({ length: m }, (_, j) => ({
    initiativeCode: code(j % n),
    code: `M${j}`,
    title: `Ausschreibung und Vergabe, Los ${1 + (j % 5)}`,
    baselineDate: day(j % 1500),
    forecastDate: day((j % 1500) + (j % 60)),
    ...(j % 3 === 0 ? { completedDate: day(j % 1400) } : {}),
    weight: String(1 + (j % 3)),
    isPublic: j % 2 ? "ja" : "nein",
  }));
  const kpis: ExportRow[] = Array.from({ length: k }, (_, i) => ({
    scope: "Vorhaben",
    ownerCode: code(i),
    name: `Angeschlossene Sensoren ${i}`,
    unit: "Anzahl",
    direction: "steigend",
    baselineValue: "0",
    baselineDate: day(0),
    targetValue: String(1000 + i),
    targetDate: day(1800),
  }));
  const kpiValues: ExportRow[] = Array.from({ length: k * v }, (_, j) => ({
    scope: "Vorhaben",
    ownerCode: code(j % k),
    kpiName: `Angeschlossene Sensoren ${j % k}`,
    periodDate: day(30 * Math.floor(j / k)),
    value: String((j * 7.25) % 1000),
  }));
  const budgetLines: ExportRow[] = Array.from({ length: 5 * n }, (_, j) => ({
    initiativeCode: code(j % n),
    year: String(2024 + Math.floor(j / n)),
    fundingSource: "Städtische Mittel",
    planned: String(10_000 + ((j * 1234.5) % 500_000)),
    isPublic: "ja",
  }));
  return { initiatives, milestones, kpis, kpiValues, budgetLines };
}

/** The workbook's bytes (about 1.5 MB). */
export function largePlanWorkbook(): Promise<Uint8Array> {
  return writeWorkbook(largePlanData(), "de");
}
