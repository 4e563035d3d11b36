import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const APP_IMPORTS = ["@/app", "@/app/*", "**/app/*", "../app", "../../app", "../../../app"];
const UPWARD = "components/ and lib/ must not import from app/ (routes only); move the code to lib/<domain>/.";

const config = [
  { ignores: [".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  // Imports only point down: app → components → lib. Nothing under components/ or lib/ reaches up
  // into a route (server actions live in lib/<domain>/actions.ts). Only a test may import a route
  // handler (route.ts), to call the handler it tests.
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: APP_IMPORTS, message: UPWARD }] }] },
  },
  {
    files: ["components/**/*.test.{ts,tsx}", "lib/**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ regex: "^(@/|(\\.\\./)+)app(/(?!.*/route$).*)?$", message: `${UPWARD} Tests may import a route handler (route.ts) only.` }] }] },
  },
  // One data table: table markup is written once, in components/ui/data-table; every other table
  // declares its columns and renders <DataTable> or <ClientDataTable>.
  {
    files: ["app/**/*.tsx", "components/**/*.tsx", "lib/**/*.tsx"],
    ignores: ["components/ui/data-table/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name=/^(table|thead|tbody|tfoot|tr|th|td|caption|colgroup)$/]",
          message: "Tables are rendered by components/ui/data-table (DataTable or ClientDataTable): declare the columns instead of writing table markup.",
        },
      ],
    },
  },
  // next.config.js is CommonJS by the brief's layout.
  { files: ["next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];

export default config;
