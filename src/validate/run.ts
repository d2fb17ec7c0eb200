/**
 * Runs the validation rules (validate/rules/) over a report's files: each rule's visitors in the order of the
 * list, then the reports a rule supersedes are dropped. The schema is checked before (check-schema.ts): a
 * rule sees only data valid against it.
 */
import type { SourceFile } from '../load/source.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { toDiagnostic, type Checked, type Problem, type Rule, type RuleContext } from './rule.js';
import type { SchemaName } from './schema.js';
import { rules as allRules } from './rules/index.js';
import requiredParts, { missingParts } from './rules/required-parts.js';

export interface RuleInput {
  /** report.yaml when it passed the schema. */
  manifest?: Checked<Manifest>;
  /** The initiatives that passed the schema. */
  initiatives: readonly Checked<Initiative>[];
  /** Every initiative file parsed (valid or not) and how many could not be parsed. */
  initiativeFiles: readonly SourceFile[];
  unreadable: number;
}

/** Reports go to `out`, as diagnostics of `source` unless the report names its file (an initiative). */
function contextOf(rule: Rule, schema: SchemaName, source: SourceFile | undefined, out: Diagnostic[]) {
  const report = (p: Problem<string>) => {
    const file = p.file ?? source;
    if (!file) throw new Error(`rule ${rule.name} reported ${p.code} without a file`);
    out.push(toDiagnostic(rule, p.file ? 'initiative' : schema, file, p));
  };
  return { report } satisfies RuleContext<string>;
}

/** Drops what a rule's report at the same place supersedes (rule.supersedes). */
function withoutSuperseded(diags: Diagnostic[], rules: readonly Rule[]): Diagnostic[] {
  const replacing = new Map<string, readonly string[]>();
  for (const r of rules)
    for (const code of Object.keys(r.messages)) if (r.supersedes) replacing.set(code, r.supersedes);
  const taken = new Set<string>();
  for (const d of diags) for (const c of replacing.get(d.code) ?? []) taken.add(`${c}\u0000${d.file}\u0000${d.path}`);
  return taken.size === 0 ? diags : diags.filter((d) => !taken.has(`${d.code}\u0000${d.file}\u0000${d.path}`));
}

/** Every rule's diagnostics for one report (unsorted). */
export function runRules(input: RuleInput, rules: readonly Rule[] = allRules): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { manifest } = input;
  if (manifest) {
    for (const rule of rules) {
      const ctx = contextOf(rule, 'manifest', manifest.source, out);
      rule.check.manifest?.({ ...ctx, manifest });
      rule.check.file?.({ ...ctx, file: manifest, schema: 'manifest' });
    }
  }
  for (const initiative of input.initiatives) {
    const complete = manifest ? missingParts(initiative.data, manifest.data).length === 0 : false;
    for (const rule of rules) {
      const ctx = contextOf(rule, 'initiative', initiative.source, out);
      if (manifest && (complete || rule === requiredParts))
        rule.check.initiative?.({ ...ctx, initiative, manifest: manifest.data });
      rule.check.file?.({ ...ctx, file: initiative, schema: 'initiative' });
    }
  }
  for (const rule of rules) {
    if (!rule.check.initiativeFiles) continue;
    const ctx = contextOf(rule, 'initiative', input.initiativeFiles[0], out);
    rule.check.initiativeFiles({ ...ctx, files: input.initiativeFiles, unreadable: input.unreadable });
  }
  return withoutSuperseded(out, rules);
}
