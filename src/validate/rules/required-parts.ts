/**
 * Without declared tables a report prints 別表1 and 別表2, which need their settings in report.yaml and their parts
 * in every initiative. An initiative without them is not given to the other rules (run.ts).
 */
import { defineRule } from '../rule.js';
import type { Initiative, Manifest } from '../../model/schema-types.js';
import { validateMessages } from '../../messages/validate.js';

const CLASSIC_PARTS = ['division', 'items', 'plans', 'results', 'verification'] as const;

/** The parts of 別表1/別表2 an initiative lacks (none when the report declares its tables). */
export function missingParts(i: Initiative, m: Pick<Manifest, 'tables'>): string[] {
  return m.tables ? [] : CLASSIC_PARTS.filter((k) => i[k] === undefined);
}

export default defineRule({
  name: 'required-parts',
  description:
    'without tables, report.yaml has progressTable, verificationTable and directions, and each ' +
    'initiative has division, items, plans, results and verification',
  severity: 'error',
  // The schema's message: to the user it is a missing field like any other.
  messages: { 'schema-required': validateMessages['schema-required'] },
  check: {
    manifest({ manifest: { data }, report }) {
      if (data.tables) return;
      for (const key of ['progressTable', 'verificationTable', 'directions'] as const)
        if (data[key] === undefined) report({ code: 'schema-required', path: [], params: { key }, prefer: 'key' });
    },
    initiative({ initiative, manifest, report }) {
      for (const key of missingParts(initiative.data, manifest))
        report({ code: 'schema-required', path: [], params: { key }, prefer: 'key' });
    },
  },
});
