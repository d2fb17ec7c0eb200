/**
 * From a returned form to the edits of the YAML files, or to the reasons it is refused (each naming
 * the file, sheet and cell, e.g. 総務部人事課.xlsx!実績!F7). Only the answers are taken from the file:
 * the 課 and the edition come from the ledger entry of the form's token, the rows, the YAML paths
 * and the cells from what the report asks that 課 now (asked.ts), laid out as `forms` laid it out.
 * A form is taken whole or not at all. An empty cell, or a value the same as the YAML's once
 * normalised, is not an answer to write; an emptied answer and a text over its length are warnings.
 * Pure: the workbook is already read (form-read.ts), the ledger already parsed.
 */
import { fiscalYearLong } from '../era.js';
import type { MessageKey } from '../messages/index.js';
import { charCount } from '../model/answer-limits.js';
import { effectDifference, indicatorFigures } from '../model/figures.js';
import type { Manifest } from '../model/schema-types.js';
import { type Ask, askedOf, asksOf, layoutDigest } from './asked.js';
import type { CellRead, ReadForm } from './form-read.js';
import { reportKey } from './form-id.js';
import { FIRST_ROW } from './form-xlsx.js';
import type { LedgerEntry } from './ledger.js';
import { editionKey, editionLabel, PERIOD_LABEL, type LooseInitiative } from './model.js';
import { normaliseCellText } from './normalise.js';
import type { Segment } from './yaml-edit.js';

export interface Problem {
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface PlannedEdit {
  /** The initiative's YAML file as shown. */
  file: string;
  path: Segment[];
  value: string | number;
  /** 総務部人事課.xlsx!実績!F7 */
  cell: string;
  label: string;
}

export type ImportPlan =
  | { ok: true; division: string; edits: PlannedEdit[]; warnings: Problem[] }
  | { ok: false; division?: string; problems: Problem[] };

export const cellRef = (file: string, sheet: string, cell: string): string => `${file}!${sheet}!${cell}`;

/** A1 address of a column (1-based) and row. */
export function address(col: number, row: number): string {
  let c = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) c = String.fromCharCode(65 + ((n - 1) % 26)) + c;
  return `${c}${row}`;
}

/** 2019-fullYear → 令和元年度年間 (an edition key of the ledger, for messages). */
function editionKeyLabel(key: string): string {
  const m = /^(\d{4})-(firstHalf|fullYear)(?:-Q([1-4]))?$/.exec(key);
  if (!m) return key;
  return editionLabel({
    fiscalYear: Number(m[1]),
    period: m[2] as 'firstHalf' | 'fullYear',
    ...(m[3] ? { quarter: Number(m[3]) } : {}),
  });
}

/** 1,234 / △1234 / ▲1,234 / −12.5 / full-width digits → a number; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const t = text
    .normalize('NFKC')
    .replace(/[\s,]/g, '')
    .replace(/^[△▲−‐－]/u, '-');
  if (!/^[-+]?(\d+(\.\d+)?|\.\d+)$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) && Math.abs(n) < 1e15 ? n : undefined;
}

const textOf = (c: CellRead): string => (c.kind === 'text' || c.kind === 'number' ? c.text : '');
const length = charCount;
/** A value short enough to quote in a message. */
const quote = (s: string) => (length(s) > 40 ? `${[...s].slice(0, 40).join('')}…` : s);

/** The answer of one cell: an edit, nothing (empty or unchanged), or a problem. */
function answerOf(
  a: Ask,
  c: CellRead,
  cell: string,
): { value?: string | number; problem?: Problem; warning?: Problem } {
  const label = a.label.replace(/\s+/g, ' ');
  if (c.kind === 'formula-without-result')
    return { problem: { key: 'import-formula-without-result', params: { cell, label } } };
  if (c.kind === 'error') return { problem: { key: 'import-cell-error', params: { cell, label, value: c.text } } };
  const raw = textOf(c);
  const hasCurrent = a.current !== undefined && String(a.current).trim() !== '';
  if (normaliseCellText(raw) === '') {
    return hasCurrent
      ? { warning: { key: 'import-emptied', params: { cell, label, current: quote(String(a.current)) } } }
      : {};
  }
  if (a.kind === 'number') {
    const n = c.kind === 'number' ? c.value : parseNumber(raw);
    if (n === undefined) return { problem: { key: 'import-not-number', params: { cell, label, value: quote(raw) } } };
    return n === a.current ? {} : { value: n };
  }
  if (a.kind === 'choice') {
    const typed = raw.normalize('NFKC').trim();
    const choices = a.choices ?? [];
    const hit =
      choices.find((x) => x === typed) ??
      choices.find((x) => x.normalize('NFKC').toUpperCase() === typed.toUpperCase());
    if (hit === undefined)
      return {
        problem: {
          key: 'import-bad-choice',
          params: { cell, label, value: quote(raw.trim()), allowed: choices.join(', ') },
        },
      };
    return hit === a.current ? {} : { value: hit };
  }
  const value = normaliseCellText(raw);
  const warning =
    a.maxLength !== undefined && length(value) > a.maxLength
      ? { key: 'import-too-long' as const, params: { cell, label, length: length(value), max: a.maxLength } }
      : undefined;
  if (typeof a.current === 'string' && normaliseCellText(a.current) === value) return warning ? { warning } : {};
  return { value, ...(warning ? { warning } : {}) };
}

/**
 * The plan for one form. `entry` is the ledger's entry for the form's token (the caller has checked
 * that there is one and that it is not revoked).
 */
export function planImport(
  form: ReadForm,
  fileName: string,
  m: Manifest,
  initiatives: readonly LooseInitiative[],
  entry: LedgerEntry,
): ImportPlan {
  const division = entry.division;
  if (entry.report !== reportKey(m)) {
    return {
      ok: false,
      division,
      problems: [
        {
          key: 'import-other-report',
          params: {
            cell: fileName,
            found: entry.report.split('|').slice(0, 2).join(' '),
            expected: `${m.organisation} ${m.title}`,
          },
        },
      ],
    };
  }
  if (entry.edition !== editionKey(m.edition)) {
    return {
      ok: false,
      division,
      problems: [
        {
          key: 'import-other-edition',
          params: { cell: fileName, found: editionKeyLabel(entry.edition), expected: editionLabel(m.edition) },
        },
      ],
    };
  }
  const known = m.departments.some((d) => d.divisions.some((v) => `${d.name}/${v}` === division));
  if (!known)
    return {
      ok: false,
      division,
      problems: [{ key: 'import-unknown-division', params: { cell: fileName, division } }],
    };
  const asked = askedOf(m, initiatives, division);
  if (layoutDigest(asked) !== entry.layout)
    return {
      ok: false,
      division,
      problems: [{ key: 'import-layout-changed', params: { file: fileName, division: division.replace('/', '') } }],
    };

  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const sheet of asked.sheets) {
    if (sheet.rows.length > 0 && !form.sheets.includes(sheet.name))
      problems.push({ key: 'import-missing-sheet', params: { file: fileName, sheet: sheet.name } });
  }
  if (problems.length > 0) return { ok: false, division, problems };

  // Locked cells as the form showed them: a change there is most often an answer typed in the wrong place.
  for (const sheet of asked.sheets) {
    sheet.rows.forEach((row, r) => {
      row.cells.forEach((c, k) => {
        if (!('text' in c)) return;
        const at = address(k + 1, FIRST_ROW + r);
        const read = form.cell(sheet.name, at);
        if (read && normaliseCellText(textOf(read)) !== normaliseCellText(c.text))
          problems.push({ key: 'import-locked-changed', params: { cell: cellRef(fileName, sheet.name, at) } });
      });
    });
  }

  const edits: PlannedEdit[] = [];
  for (const { sheet, row, rowIndex, col, ask } of asksOf(asked)) {
    const at = address(col + 1, FIRST_ROW + rowIndex);
    const cell = cellRef(fileName, sheet.name, at);
    const read = form.cell(sheet.name, at) ?? { kind: 'empty' };
    const answer = answerOf(ask, read, cell);
    if (answer.problem) problems.push(answer.problem);
    if (answer.warning) warnings.push(answer.warning);
    if (answer.value !== undefined)
      edits.push({ file: row.file, path: ask.path, value: answer.value, cell, label: fieldLabel(ask) });
  }
  if (problems.length > 0) return { ok: false, division, problems };
  return { ok: true, division, edits: [...edits, ...recomputed(m, initiatives, edits)], warnings };
}

/**
 * A 累計, 進捗率 or 差額 written in the YAML is checked against its inputs by validate: when an answer
 * changes an input, the written figure is computed again (and listed with the answer's cell), so that
 * the report stays valid. A figure not written stays unwritten (it is computed when printed).
 */
function recomputed(
  m: Manifest,
  initiatives: readonly LooseInitiative[],
  edits: readonly PlannedEdit[],
): PlannedEdit[] {
  const out: PlannedEdit[] = [];
  const groups = new Map<string, PlannedEdit[]>();
  for (const e of edits) {
    if ((e.path[0] !== 'indicators' && e.path[0] !== 'effects') || typeof e.path[1] !== 'number') continue;
    const key = `${e.file}\u0000${e.path[0]}\u0000${e.path[1]}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  for (const [key, list] of groups) {
    const [file, kind, index] = key.split('\u0000');
    const data = initiatives.find((i) => i.file === file)?.data;
    const k = Number(index);
    const cell = list[0].cell;
    if (kind === 'indicators') {
      const old = data?.indicators?.[k];
      if (!old) continue;
      const ind = structuredClone(old);
      for (const e of list)
        if (e.path[2] === 'actuals' && typeof e.value === 'number')
          ind.actuals = { ...ind.actuals, [e.path[3]]: e.value };
      const figs = indicatorFigures(ind, m.edition.fiscalYear);
      if (old.cumulative !== undefined && figs.cumulative !== undefined && figs.cumulative !== old.cumulative)
        out.push({ file, path: ['indicators', k, 'cumulative'], value: figs.cumulative, cell, label: '累計（計算）' });
      if (old.progressRate !== undefined && figs.progressRate !== undefined && figs.progressRate !== old.progressRate)
        out.push({
          file,
          path: ['indicators', k, 'progressRate'],
          value: figs.progressRate,
          cell,
          label: '進捗率（計算）',
        });
    } else {
      const old = data?.effects?.[k];
      if (!old || old.difference === undefined) continue;
      const e = { ...old };
      for (const x of list)
        if ((x.path[2] === 'planned' || x.path[2] === 'actual') && typeof x.value === 'number') e[x.path[2]] = x.value;
      const diff = effectDifference(e);
      if (diff !== undefined && diff !== old.difference)
        out.push({ file, path: ['effects', k, 'difference'], value: diff, cell, label: '差額（計算）' });
    }
  }
  return out;
}

/** The printed label of an answer, with its year where the column does not say it. */
function fieldLabel(a: Ask): string {
  const p = a.path;
  if (p[0] === 'plans') return `${fiscalYearLong(Number(p[1]))} 年次計画`;
  if (p[0] === 'results')
    return `${fiscalYearLong(Number(p[1]))} ${PERIOD_LABEL[p[2] as 'firstHalf' | 'fullYear']?.ja ?? ''}実績`;
  return a.label.replace(/\s+/g, ' ');
}
