// Decimal strings ("1234.5") as the reader writes them into a form field: German readers get a
// decimal comma ("1234,5"), which the schemas read back exactly. Used by KPI and budget forms.
export function inputDecimal(value: string, locale: string): string {
  return locale === "de" ? value.replace(".", ",") : value;
}
