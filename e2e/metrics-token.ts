// The e2e server's METRICS_TOKEN (playwright.config.ts), shared with e2e/operations.spec.ts.
export const E2E_METRICS_TOKEN = "e2e-metrics-token-0123456789abcdefghijklmnop";

/** The heap limit (MB) the end-to-end server is started with (SERVER_HEAP_MB), which e2e/operations.spec.ts reads back. */
export const E2E_SERVER_HEAP_MB = 1024;
