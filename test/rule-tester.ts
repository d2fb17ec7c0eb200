/**
 * A small RuleTester, after eslint's: a rule (src/validate/rules/) run over YAML texts, giving back what it reports
 * with line and column. The texts are parsed and checked against the schema as `reform validate` does (a schema
 * error fails the test: a rule only ever sees valid data), then only the given rule runs.
 *
 *   lintYaml(rule, { initiative: 'number: 1\n…' })  →  [{ code, line, column, field, message: { ja, en } }]
 *   ruleTester.run(rule, { valid: [...], invalid: [{ initiative, errors: [{ code, line, column }] }] })
 *
 * Every report's message is rendered in both languages; the English one may hold no Japanese but what the
 * parameters bring from the input (`--lang en` prints no Japanese of reform's own inside an English sentence).
 */
import { describe, expect, it } from 'vitest';
import { parseSource, type SourceFile } from '../src/load/source.js';
import { checkSchema } from '../src/validate/check-schema.js';
import { runRules } from '../src/validate/run.js';
import type { Checked, Rule } from '../src/validate/rule.js';
import type { Initiative, Manifest } from '../src/model/schema-types.js';
import { diagnosticMessage } from '../src/diagnostics/format.js';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';

/** A small valid report.yaml printing 別表1 and 別表2 (no declared tables). */
export const MANIFEST = `title: 行財政改革取組
organisation: 見本市
planPeriod:
  from: 2016
  to: 2019
edition:
  fiscalYear: 2019
  period: firstHalf
progressTable:
  label: 別表1
  title: 取組状況
verificationTable:
  label: 別表2
  title: 検証
  legendIntro: 今後の取組方向の区分
sections:
  - id: I
    mark: I
    title: 協創の推進
directions:
  - code: A
    label: 継続
    description: 継続するもの。
departments:
  - name: 総務部
    divisions:
      - 人事課
      - 財政課
`;

/** A valid initiative of MANIFEST; `initiative(…)` replaces its lines. */
export const INITIATIVE = `number: 1
section: I
title: 職員の人材育成
division: 総務部/人事課
items:
  - label: 研修の充実
    schedule:
      - phases:
          - label: 検討
            from: 2016
            to: 2017
plans:
  2019: 研修を実施する。
results:
  2019:
    firstHalf: 研修を実施した。
verification:
  - item: 研修の充実
    content: 研修の実施
    outcome: 理解が向上した。
    direction: A
    reason: 引き続き実施する。
`;

export interface LintInput {
  /** report.yaml's text; MANIFEST when left out. */
  manifest?: string;
  /** One initiative's text (initiatives/01.yaml), or several. */
  initiative?: string | string[];
}

export interface Reported {
  code: string;
  severity: Diagnostic['severity'];
  /** `report.yaml` or `initiatives/01.yaml`… */
  file: string;
  line: number;
  column: number;
  field?: string;
  path?: string;
  params: Diagnostic['params'];
  message: { ja: string; en: string };
}

function parse(text: string, file: string): SourceFile {
  const { source, diagnostics } = parseSource(text, file, file);
  if (!source) throw new Error(`${file} does not parse: ${diagnostics.map((d) => d.code).join(', ')}`);
  return source;
}

function schemaChecked<T>(schema: 'manifest' | 'initiative', source: SourceFile): Checked<T> {
  const errors = checkSchema(schema, source);
  if (errors.length > 0) {
    const said = errors.map((d) => `${d.start.line}:${d.start.column} ${diagnosticMessage(d, 'en')}`);
    throw new Error(`${source.displayPath} is not valid against the schema:\n${said.join('\n')}`);
  }
  return { source, data: source.value as T };
}

/** Runs of Japanese characters (kana, kanji, full-width forms and punctuation). */
const JAPANESE_RUNS = /[\u3000-\u30ff\u3400-\u9fff\uff01-\uff9f]+/gu;

/** The Japanese of an English message that does not come from the input texts (reform's own words). */
export function japaneseOfReform(english: string, inputs: readonly string[]): string[] {
  return (english.match(JAPANESE_RUNS) ?? []).filter((run) => !inputs.some((t) => t.includes(run)));
}

/** Runs one rule over the texts; returns its reports in file, line and column order. */
export function lintYaml(rule: Rule, input: LintInput = {}): Reported[] {
  const manifest = schemaChecked<Manifest>('manifest', parse(input.manifest ?? MANIFEST, 'report.yaml'));
  const texts = input.initiative === undefined ? [] : [input.initiative].flat();
  const files = texts.map((t, i) => parse(t, `initiatives/${String(i + 1).padStart(2, '0')}.yaml`));
  const initiatives = files.map((f) => schemaChecked<Initiative>('initiative', f));
  const diags = runRules({ manifest, initiatives, initiativeFiles: files, unreadable: 0 }, [rule]);
  return diags
    .map((d) => ({
      code: d.code,
      severity: d.severity,
      file: d.file,
      line: d.start.line,
      column: d.start.column,
      ...(d.field ? { field: d.field } : {}),
      ...(d.path ? { path: d.path } : {}),
      params: d.params,
      message: { ja: diagnosticMessage(d, 'ja'), en: diagnosticMessage(d, 'en') },
    }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export interface ValidCase extends LintInput {
  name: string;
}
export interface InvalidCase extends ValidCase {
  /** What must be reported, in order: each a subset of a report (code, line, column, field, params…). */
  errors: Partial<Omit<Reported, 'message'>>[];
  /** Parts of the Japanese and English messages of the first report. */
  messages?: { ja?: string; en?: string };
}

const inputsOf = (input: LintInput) => [input.manifest ?? MANIFEST, ...[input.initiative ?? []].flat()];

export const ruleTester = {
  run(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    describe(`rule ${rule.name}`, () => {
      it('declares its name, description and a message in both languages for each code', () => {
        expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(rule.description.length).toBeGreaterThan(10);
        const codes = Object.keys(rule.messages);
        expect(codes.length).toBeGreaterThan(0);
        for (const code of codes) {
          expect(typeof rule.messages[code].ja).toBe('function');
          expect(typeof rule.messages[code].en).toBe('function');
        }
      });
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, () => {
          expect(lintYaml(rule, c)).toEqual([]);
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, () => {
          const reported = lintYaml(rule, c);
          expect(reported.map(({ message: _, ...r }) => r)).toEqual(c.errors.map((e) => expect.objectContaining(e)));
          for (const r of reported) {
            expect(r.severity).toBe(rule.severity);
            expect(Object.keys(rule.messages)).toContain(r.code);
            expect(r.message.ja).not.toBe('');
            expect(japaneseOfReform(r.message.en, inputsOf(c)), r.message.en).toEqual([]);
          }
          if (c.messages?.ja) expect(reported[0].message.ja).toContain(c.messages.ja);
          if (c.messages?.en) expect(reported[0].message.en).toContain(c.messages.en);
        });
      }
    });
  },
};

/** The sample initiative with `from` replaced by `to` (each must occur). */
export function edited(text: string, ...pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    if (!out.includes(from)) throw new Error(`edited: "${from}" is not in the text`);
    out = out.replace(from, to);
  }
  return out;
}
