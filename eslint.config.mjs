import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const APP_IMPORTS = ["@/app", "@/app/*", "**/app/*", "../app", "../../app", "../../../app"];
const UPWARD = "components/ and lib/ must not import from app/ (routes only); move the code to lib/<domain>/.";

const PLAIN_LINKS = "Pages of the citizens' site link with a plain <a href>: next/link hydrates and prefetches every link on a phone (see the rule's comment).";

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
  // The citizens' site links with plain anchors: a click loads the cached page. next/link is a client
  // component; every one is hydrated on a phone's load and prefetched once visible, which cost the
  // home page a tenth of its script time (issue 20, docs/performance.md, session 16). Exceptions:
  // the site frame's navigation (client-side, it marks the current section) and the page head that
  // the signed-in app shares.
  {
    files: ["components/public/**/*.tsx"],
    ignores: ["**/*.test.tsx", "components/public/public-nav.tsx", "components/public/page-head.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: PLAIN_LINKS }], patterns: [{ group: APP_IMPORTS, message: UPWARD }] }] },
  },
  {
    files: ["app/(public)/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: PLAIN_LINKS }] }] },
  },
  // next.config.js is CommonJS by the brief's layout.
  { files: ["next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];

export default config;
