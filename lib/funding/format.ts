// Euro amounts for display in the reader's locale (de: "1.234.567,89 €"), formatted from the exact
// decimal strings the loaders return: Intl formats a numeric string without a detour through a
// binary float, so large sums keep their cents. Used by the funding and partner views.
export function formatEuro(locale: string, amount: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(amount as Intl.StringNumericLiteral);
}

