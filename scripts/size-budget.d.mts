export declare const CONTENT_SCRIPT_BUDGET_GZIP: number;
