/** Schema validation of one parsed file, with every ajv error mapped to a line and a printed field label. */
import type { ErrorObject } from 'ajv';
import type { SourceFile } from '../load/source.js';
import { positionAt } from '../load/locate.js';
import { fieldTitle, knownProperties, schemaAt, type SchemaName } from './schema.js';
import { validateAgainst } from './validators.js';
import { codeOf, pathToString, type Diagnostic } from '../diagnostics/diagnostic.js';
import { suggest } from './suggest.js';
import { positionOfChar } from './text.js';
import { CONTROL } from '../diagnostics/visible.js';
import noControlChars from './rules/no-control-chars.js';

/** The pattern of 担当課 (common.schema.json#/$defs/divisionRef). */
/** common.schema.json's divisionRef: 部, 部/課 or 部/課/係, never a full-width slash. */
const DIVISION_PATTERN = '^[^/／\\s]+(/[^/／\\s]+){0,2}$';

function segmentsOf(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  const s = String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

export function checkSchema(schema: SchemaName, source: SourceFile): Diagnostic[] {
  const errors = validateAgainst(schema, source.value);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const err of errors) {
    const d = toDiagnostic(schema, source, err);
    if (!d) continue;
    const key = `${d.code}|${d.start.line}|${d.start.column}|${d.path}|${JSON.stringify(d.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

function toDiagnostic(schema: SchemaName, source: SourceFile, err: ErrorObject): Diagnostic | undefined {
  const base = segmentsOf(err.instancePath);
  const file = source.displayPath;
  const common = { severity: 'error' as const, file };

  // A key of a mapping that does not match propertyNames (e.g. plans: {令和元年: …}).
  if (err.keyword === 'propertyNames') return undefined;
  if (err.propertyName !== undefined) {
    const segs = [...base, err.propertyName];
    return {
      ...common,
      code: 'schema-bad-key',
      field: fieldTitle(schema, base),
      path: pathToString(segs),
      ...positionAt(source, segs, 'key'),
      params: { key: err.propertyName },
    };
  }

  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      const segs = [...base, key];
      const known = knownProperties(schema, base);
      // A Japanese label typed as the key (担当課: …) is mapped to its English key.
      const byTitle = known.find((k) => k.title === key);
      const guess =
        byTitle?.key ??
        suggest(
          key,
          known.map((k) => k.key),
        );
      return {
        ...common,
        code: 'schema-unknown-key',
        field: fieldTitle(schema, base),
        path: pathToString(segs),
        ...positionAt(source, segs, 'key'),
        params: {
          key,
          allowed: known.map((k) => (k.title ? `${k.key}（${k.title}）` : k.key)).join(', '),
          ...(guess ? { suggestion: guess } : {}),
        },
      };
    }
    case 'required': {
      const missing = (err.params as { missingProperty: string }).missingProperty;
      const segs = [...base, missing];
      return {
        ...common,
        code: 'schema-required',
        field: fieldTitle(schema, segs),
        path: pathToString(segs),
        ...positionAt(source, base, 'key'),
        params: { key: missing, parent: pathToString(base) || '/' },
      };
    }
    default: {
      const node = schemaAt(schema, base);
      const field = fieldTitle(schema, base);
      const params: Record<string, string | number> = { found: describeValue(err.data), foundType: typeName(err.data) };
      // A control character fails the text's pattern too: named, at the character (validate/text.ts).
      if (
        typeof err.data === 'string' &&
        CONTROL.test(err.data) &&
        (err.keyword === 'pattern' || err.keyword === 'maxLength')
      ) {
        const ch = CONTROL.exec(err.data)![0];
        return {
          ...common,
          code: 'rule-control-char',
          message: noControlChars.messages['rule-control-char'],
          field,
          path: pathToString(base),
          ...positionOfChar(source, base, ch),
          params: { codePoint: ch.codePointAt(0)!, count: [...err.data].filter((c) => CONTROL.test(c)).length },
        };
      }
      switch (err.keyword) {
        case 'type':
          params.expected = String((err.params as { type: string | string[] }).type);
          // "3" or "true" in quotes is text to YAML: say so, and how to write the number or the truth value.
          if (
            typeof err.data === 'string' &&
            /integer|number/.test(params.expected) &&
            err.data.trim() !== '' &&
            Number.isFinite(Number(err.data))
          ) {
            return {
              ...common,
              code: 'schema-quoted-number',
              field,
              path: pathToString(base),
              ...positionAt(source, base),
              params: { ...params, number: err.data.trim() },
            };
          }
          if (
            typeof err.data === 'string' &&
            params.expected === 'boolean' &&
            /^(true|false)$/i.test(err.data.trim())
          ) {
            return {
              ...common,
              code: 'schema-quoted-boolean',
              field,
              path: pathToString(base),
              ...positionAt(source, base),
              params: { ...params, value: err.data.trim().toLowerCase() },
            };
          }
          break;
        case 'enum':
          params.expected = ((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String).join(', ');
          {
            const guess = suggest(
              String(err.data),
              ((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String),
            );
            if (guess) params.suggestion = guess;
          }
          break;
        case 'const':
          params.expected = String((err.params as { allowedValue: unknown }).allowedValue);
          break;
        case 'pattern':
          params.expected = node?.description ?? String((err.params as { pattern: string }).pattern);
          if (node?.pattern === DIVISION_PATTERN && typeof err.data === 'string') {
            // 担当課 written with a full-width slash or spaces (what an IME gives): say how, and offer the fix.
            const fixed = err.data.normalize('NFKC').replace(/\s+/g, '');
            const suggestion: Record<string, string> = new RegExp(DIVISION_PATTERN).test(fixed)
              ? { suggestion: fixed }
              : {};
            return {
              ...common,
              code: 'schema-division-format',
              field,
              path: pathToString(base),
              ...positionAt(source, base),
              params: { ...params, ...suggestion },
            };
          }
          break;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
          params.limit = Number((err.params as { limit: number }).limit);
          break;
        case 'minLength':
        case 'maxLength':
        case 'minItems':
        case 'maxItems':
        case 'minProperties':
        case 'maxProperties':
          params.limit = Number((err.params as { limit: number }).limit);
          break;
        default:
          params.detail = err.message ?? err.keyword;
      }
      return {
        ...common,
        code: codeOf('schema', err.keyword),
        field,
        path: pathToString(base),
        ...positionAt(source, base),
        params,
      };
    }
  }
}
