// The app's clock in every end-to-end run: the demo is seeded for this instant and the server reads
// it as "now" (FIXED_NOW, lib/dates.ts), so no journey depends on the calendar. E2E_FIXED_NOW tries
// another day (e.g. E2E_FIXED_NOW=2028-02-29T11:00:00Z npm run test:e2e).
export const E2E_FIXED_NOW = process.env.E2E_FIXED_NOW ?? "2026-11-25T10:00:00Z";

/** The city's calendar day of the e2e clock (Europe/Berlin). */
export const E2E_TODAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(E2E_FIXED_NOW));
