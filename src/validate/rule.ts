/**
 * The shape of a validation rule, after eslint's: one file per rule (validate/rules/), with its name, severity,
 * a message per code (Japanese and English side by side) and `check`, a visitor per kind of input that reports
 * through its context. A rule never builds a Diagnostic itself: `report()` turns a data path into file, line,
 * column and the field's printed label (担当課), so every rule points at the value the same way.
 * run.ts runs the rules over a report; test/rule-tester.ts runs one over YAML texts.
 */
import type { SourceFile } from '../load/source.js';
import { positionAt } from '../load/locate.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import { pathToString, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import type { Message, Params } from '../messages/catalog.js';
import { fieldTitle, type SchemaName } from './schema.js';

export type Segs = (string | number)[];

/** A file that passed the schema, with its data typed. */
export interface Checked<T> {
  source: SourceFile;
  data: T;
}

export interface Problem<Code extends string> {
  code: Code;
  /** The data path of the value reported (`['items', 0, 'division']`). */
  path: Segs;
  params?: Params;
  /** Point at the key rather than the value (a year under plans, a missing part). */
  prefer?: 'value' | 'key';
  /** Where the problem is when it is more precise than the value (a character inside it). */
  start?: Position;
  /** The file, when the rule looks at several (番号 across the initiatives). */
  file?: SourceFile;
}

export interface RuleContext<Code extends string> {
  report(problem: Problem<Code>): void;
}

/** What each visitor is given; `manifest` is there only when report.yaml passed the schema. */
export interface Visitors<Code extends string> {
  /** report.yaml, valid against the schema. */
  manifest?(ctx: RuleContext<Code> & { manifest: Checked<Manifest> }): void;
  /**
   * One initiative valid against the schema, with a valid manifest. Without declared tables the 別表1/別表2
   * parts (items, plans, results, verification) are present: `required-parts` reports a file without them,
   * which no other initiative visitor is then given.
   */
  initiative?(ctx: RuleContext<Code> & { initiative: Checked<Initiative>; manifest: Manifest }): void;
  /** Every initiative file as parsed, valid or not, and how many could not be parsed. */
  initiativeFiles?(ctx: RuleContext<Code> & { files: readonly SourceFile[]; unreadable: number }): void;
  /** Every file valid against its schema (report.yaml and each initiative), whatever the manifest. */
  file?(ctx: RuleContext<Code> & { file: Checked<unknown>; schema: SchemaName }): void;
}

export interface Rule<Code extends string = string> {
  /** Kebab-case, as in docs/formats.md and ARCHITECTURE.md (`no-duplicates`, `known-division`). */
  name: string;
  /** One line: what the rule requires. */
  description: string;
  severity: Diagnostic['severity'];
  /** One message per code the rule reports; the code is the diagnostic's `code` (JSON output, tests). */
  messages: Record<Code, Message>;
  /**
   * Codes of other rules that this rule's report at the same path replaces (an unknown 担当課 that holds a
   * zero-width space is said once, by the rule that knows 担当課).
   */
  supersedes?: readonly string[];
  check: Visitors<Code>;
}

/** Declares a rule, its codes inferred from its messages. */
export const defineRule = <Code extends string>(rule: Rule<Code>): Rule<Code> => rule;

/** Turns a rule's report into a diagnostic of `source` (a file of the given schema). */
export function toDiagnostic(rule: Rule, schema: SchemaName, source: SourceFile, problem: Problem<string>): Diagnostic {
  const { code, path, params = {}, prefer = 'value', start } = problem;
  const message = rule.messages[code];
  if (!message) throw new Error(`rule ${rule.name} reported ${code}, which it has no message for`);
  const at = positionAt(source, path, prefer);
  return {
    severity: rule.severity,
    code,
    message,
    file: source.displayPath,
    field: fieldTitle(schema, path),
    path: pathToString(path),
    ...(start ? { start } : at),
    params,
  };
}
