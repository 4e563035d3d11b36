// Facts about the demo data that pages need without loading the seed itself.
/** Shared password of all demo users; shown on the login page only in demo mode. */
export const DEMO_PASSWORD = "Duisburg-Demo-2026!";

/** One demo account per role, in the order the login page lists them. */
export const DEMO_ACCOUNTS = [
  "admin@demo.masterplan.example",
  "abteilungsleitung@demo.masterplan.example",
  "rat@demo.masterplan.example",
  "projektleitung@demo.masterplan.example",
  "betrachter@demo.masterplan.example",
  "partnerkontakt@demo.masterplan.example",
] as const;
