/** Types of scripts/gen-validators.mjs, for the staleness test. */
export declare const AJV_OPTIONS: Record<string, unknown>;
export declare function generateValidators(): Promise<string>;
