/**
 * From a returned form to the edits of the YAML files, or to the reasons it is refused (each
 * naming the file, sheet and cell, e.g. 総務部人事課.xlsx!実績!F7). A form is taken whole or not
 * at all. An empty cell, or a cell whose text is the same as the YAML's once normalised, is not an
 * answer to write. Pure: the workbook is already read (form-read.ts).
 */
import { fiscalYearLong } from '../era.js';
import type { MessageKey } from '../messages/index.js';
import type { Manifest } from '../model/schema-types.js';
import { digest, reportKey } from './form-id.js';
import type { ReadForm } from './form-read.js';
import { SHEET_GUIDE } from './form-xlsx.js';
import { editionKey, PERIOD_LABEL, type LooseInitiative } from './model.js';
import { normaliseCellText } from './normalise.js';
import type { Segment } from './yaml-edit.js';

/** Cells of the guide sheet that show the identifier (form-xlsx.ts addGuide). */
export const GUIDE_CELLS = { report: 'B3', edition: 'B4', division: 'B6' } as const;

export interface Problem {
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface PlannedEdit {
  /** The initiative's YAML file as shown. */
  file: string;
  path: Segment[];
  value: string;
  /** 総務部人事課.xlsx!実績!F7 */
  cell: string;
  label: string;
}

export type ImportPlan =
  | { ok: true; division: string; edits: PlannedEdit[] }
  | { ok: false; division?: string; problems: Problem[] };

export const cellRef = (file: string, sheet: string, cell: string): string => `${file}!${sheet}!${cell}`;

/** The printed label of a field the forms write. */
export function fieldLabel(path: readonly Segment[]): string {
  if (path[0] === 'plans') return `${fiscalYearLong(Number(path[1]))} 年次計画`;
  if (path[0] === 'results')
    return `${fiscalYearLong(Number(path[1]))} ${PERIOD_LABEL[path[2] as 'firstHalf' | 'fullYear']?.ja ?? ''}実績`;
  const names: Record<string, string> = {
    content: '内容',
    outcome: '実績・効果',
    direction: '区分',
    reason: '区分の理由',
  };
  return names[String(path[2])] ?? path.join('.');
}

/** The current value at a path of an initiative's data. */
function valueAt(data: unknown, path: readonly Segment[]): unknown {
  let v: unknown = data;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

export function planImport(
  form: ReadForm,
  fileName: string,
  m: Manifest,
  initiatives: readonly LooseInitiative[],
): ImportPlan {
  const id = form.identity;
  if (!id) return { ok: false, problems: [{ key: 'import-no-id', params: { file: fileName, sheet: 'reform_id' } }] };
  const guide = (c: string) => cellRef(fileName, SHEET_GUIDE, c);
  const division = id.id.division;
  if (id.id.report !== reportKey(m)) {
    return {
      ok: false,
      division,
      problems: [
        {
          key: 'import-other-report',
          params: {
            cell: guide(GUIDE_CELLS.report),
            found: id.id.report.split('|').slice(0, 2).join(' '),
            expected: `${m.organisation} ${m.title}`,
          },
        },
      ],
    };
  }
  if (id.id.edition !== editionKey(m.edition)) {
    const [y, p] = id.id.edition.split('-');
    const found =
      /^\d+$/.test(y) && (p === 'firstHalf' || p === 'fullYear')
        ? `${fiscalYearLong(Number(y))}${PERIOD_LABEL[p].ja}`
        : id.id.edition;
    return {
      ok: false,
      division,
      problems: [
        {
          key: 'import-other-edition',
          params: {
            cell: guide(GUIDE_CELLS.edition),
            found,
            expected: `${fiscalYearLong(m.edition.fiscalYear)}${PERIOD_LABEL[m.edition.period].ja}`,
          },
        },
      ],
    };
  }
  const known = m.departments.some((d) => d.divisions.some((v) => `${d.name}/${v}` === division));
  if (!known)
    return {
      ok: false,
      division,
      problems: [{ key: 'import-unknown-division', params: { cell: guide(GUIDE_CELLS.division), division } }],
    };

  const problems: Problem[] = [];
  const missingSheets = new Set<string>();
  for (const l of id.locked) {
    const text = form.text(l.sheet, l.cell);
    if (text === undefined) missingSheets.add(l.sheet);
    else if (digest(text) !== l.digest)
      problems.push({ key: 'import-locked-changed', params: { cell: cellRef(fileName, l.sheet, l.cell) } });
  }
  for (const sheet of missingSheets)
    problems.unshift({ key: 'import-missing-sheet', params: { file: fileName, sheet } });

  const byNumber = new Map(initiatives.map((i) => [i.data.number, i]));
  const codes = m.directions.map((d) => d.code);
  const edits: PlannedEdit[] = [];
  for (const f of id.fills) {
    const cell = cellRef(fileName, f.sheet, f.cell);
    const raw = form.text(f.sheet, f.cell);
    if (raw === undefined) continue; // the missing sheet is reported above
    const target = byNumber.get(f.number);
    const row = f.path[0] === 'verification' ? target?.data.verification?.[Number(f.path[1])] : undefined;
    if (
      !target ||
      target.data.title !== f.title ||
      (f.path[0] === 'verification' && (!row || digest(row.item) !== f.rowKey))
    ) {
      if (
        !problems.some(
          (p) =>
            p.key === 'import-row-gone' &&
            p.params.number === f.number &&
            p.params.cell.toString().includes(`!${f.sheet}!`),
        )
      ) {
        problems.push({ key: 'import-row-gone', params: { cell, number: f.number, title: f.title } });
      }
      continue;
    }
    let value = normaliseCellText(raw);
    if (value === '') continue;
    if (f.path[f.path.length - 1] === 'direction') {
      value = value.normalize('NFKC').trim().toUpperCase();
      if (!codes.includes(value)) {
        problems.push({ key: 'import-bad-direction', params: { cell, value: raw.trim(), allowed: codes.join(', ') } });
        continue;
      }
    }
    const current = valueAt(target.data, f.path);
    if (typeof current === 'string' && normaliseCellText(current) === value) continue;
    edits.push({ file: target.file, path: f.path, value, cell, label: fieldLabel(f.path) });
  }
  if (problems.length > 0) return { ok: false, division, problems };
  return { ok: true, division, edits };
}
