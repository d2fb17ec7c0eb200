/**
 * The validators of the JSON Schemas in schema/, compiled ahead of time by ajv's standalone code generation
 * (scripts/gen-validators.mjs → validators.generated.ts, `npm run gen:types`; a test fails when it is stale):
 * loading and running ajv's compiler took ~0.2 s of every `reform validate`.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as generated from './validators.generated.js';
import type { SchemaName } from './schema.js';

const validators: Record<SchemaName, ValidateFunction> = {
  manifest: generated.manifest as ValidateFunction,
  initiative: generated.initiative as ValidateFunction,
};

export function validateAgainst(name: SchemaName, value: unknown): ErrorObject[] {
  const validate = validators[name];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
