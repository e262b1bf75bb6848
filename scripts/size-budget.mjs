/**
 * The content script's budget (architecture.md: 40 kB gzip, read as 40,000 bytes, the stricter
 * reading; ADR 0016): it loads on every news page a reader opens. Checked by check-package.mjs,
 * reported by the bench.
 */
export const CONTENT_SCRIPT_BUDGET_GZIP = 40_000;
