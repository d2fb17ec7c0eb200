/** A problem found in the data, tied to a place in a file. Messages are rendered later, in the user's language. */
import { isMessageKey, type MessageKey } from '../messages/index.js';
import type { Message } from '../messages/catalog.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * A diagnostic of the catalogue (YAML, files, schema: its `code` is a message key) or of a validation rule,
 * which carries its own message as eslint's rules do (validate/rule.ts); `diagnosticMessage` prints either.
 */
export type Diagnostic = DiagnosticFields &
  ({ code: MessageKey; message?: undefined } | { code: string; message: Message });

interface DiagnosticFields {
  severity: 'error' | 'warning';
  /** Stable identifier of the kind of problem, e.g. `schema-unknown-key`, `rule-duplicate-number`. */
  code: string;
  /** File path as shown to the user (relative to the working directory). */
  file: string;
  start: Position;
  end?: Position;
  /** The printed label of the field (e.g. 担当課), when the problem is about one field. */
  field?: string;
  /** The data path, e.g. items[1].division. */
  path?: string;
  /** Parameters for the message catalogue. */
  params: Record<string, string | number>;
}

export function pathToString(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number' || /^\d+$/.test(s)) {
      out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
    } else out += out === '' ? s : `.${s}`;
  }
  return out;
}

/** The message key for a code of a library (`yaml-BAD_INDENT`, `schema-format`), or the area's general one. */
export function codeOf(prefix: 'yaml' | 'schema', code: string): MessageKey {
  const key = `${prefix}-${code}`;
  return isMessageKey(key) ? key : `${prefix}-other`;
}

/** What a run looked at and found (printed as the summary line and in the JSON output). */
export interface ValidationStats {
  files: number;
  initiatives: number;
  items: number;
  errors: number;
  warnings: number;
}
