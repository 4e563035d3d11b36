// The e2e server's METRICS_TOKEN (playwright.config.ts), shared with e2e/operations.spec.ts.
export const E2E_METRICS_TOKEN = "e2e-metrics-token-0123456789abcdefghijklmnop";
