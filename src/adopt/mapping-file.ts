/**
 * adopt.yaml: the mapping written beside the adopted report, in words an office can correct
 * (columns by letter and printed heading, years in 西暦), with comments saying what each key does;
 * read back with --map. Pure: text in, mapping or problem out.
 */
import { parseDocument } from 'yaml';
import type { Manifest } from '../model/schema-types.js';
import { declaredColumnLabel } from './declared.js';
import { FIELD_LABEL, type Field, fieldOf, HALF_WORDS, parseHalfHeading } from './headings.js';
import { columnLetter, type Mapping, type PhaseDecision, type SheetMapping } from './mapping.js';
import { parseAddress } from './workbook.js';

const TABLE_WORDS: Record<SheetMapping['table'], string> = {
  progress: 'progress',
  verification: 'verification',
  skip: 'skip',
  declared: 'declared',
};

function q(text: string): string {
  return JSON.stringify(text);
}

/** A year column in adopt.yaml: 2024, or "2024 上期" for a half-year column. */
export function yearWord(y: { year: number; part?: 1 | 2 }): string {
  return y.part ? `${y.year} ${HALF_WORDS[y.part - 1]}` : String(y.year);
}

export function writeMappingFile(m: Mapping, manifest?: Manifest): string {
  const out: string[] = [
    '# reform adopt の読み取り設定。違うところを直し、reform adopt … --map adopt.yaml で読み直します。',
    '# title・organisation: 報告書の表題と団体名。planPeriod: 工程の最初と最後の年度（西暦）。',
    '# edition: 公表する年度と期間（firstHalf 上半期 / fullYear 年間）。',
  ];
  if (m.title !== undefined) out.push(`title: ${q(m.title)}`);
  if (m.organisation !== undefined) out.push(`organisation: ${q(m.organisation)}`);
  if (m.planPeriod) out.push('planPeriod:', `  from: ${m.planPeriod.from}`, `  to: ${m.planPeriod.to}`);
  if (m.edition) out.push('edition:', `  fiscalYear: ${m.edition.fiscalYear}`, `  period: ${m.edition.period}`);
  out.push(
    '# 塗りつぶしのセルで描いた工程に文字がないときの段階の名前。',
    m.fillLabel !== undefined ? `fillLabel: ${q(m.fillLabel)}` : '# fillLabel: "実施"',
    '# シートごとに: table は progress（別表1）・verification（別表2）・skip（読まない）、',
    '# header は見出しの行（最初-最後）、columns は列ごとの項目（番号、具体的取組、取組項目、年次計画、実績、',
    '# 担当課、内容、実績・効果、区分、区分の理由）または工程の年度（西暦。半期の列は "2024 上期"）。読まない列は「無視」。',
    '# report.yaml で宣言した表（--manifest）は table: declared と id（表の id）、columns は列ごとに宣言した列の見出し',
    '# （列の組の下の列は「組の見出し/見出し」、工程は最初の年度の列に工程の見出し）。',
    'sheets:',
  );
  for (const s of m.sheets) {
    out.push(`  - file: ${q(s.file.split(/[\\/]/).pop() ?? s.file)}`, `    sheet: ${q(s.sheet)}`);
    out.push(`    table: ${TABLE_WORDS[s.table]}`);
    if (s.table === 'skip') continue;
    const spec = s.declared ? manifest?.tables?.find((t) => t.id === s.declared!.table) : undefined;
    if (s.declared) {
      out.push(`    id: ${q(s.declared.table)}`, `    header: ${s.header.first}-${s.header.last}`, '    columns:');
      const cols = s.declared.columns.flatMap((c, ci) =>
        c && spec ? [[c, declaredColumnLabel(spec, ci)] as const] : [],
      );
      for (const [c, v] of [...cols].sort((a, b) => a[0] - b[0])) out.push(`      ${columnLetter(c)}: ${q(v)}`);
      continue;
    }
    out.push(`    header: ${s.header.first}-${s.header.last}`, '    columns:');
    const cols: [number, string][] = [
      ...Object.entries(s.columns).map(([f, c]) => [c as number, FIELD_LABEL[f as Field]] as [number, string]),
      ...s.years.map((y) => [y.col, yearWord(y)] as [number, string]),
    ];
    for (const [c, v] of cols.sort((a, b) => a[0] - b[0])) out.push(`      ${columnLetter(c)}: ${v}`);
  }
  out.push(
    '# 確かでない工程の決め方: 図形は「シート名!図形の名前」、セルは「シート名!D12」をキーに、',
    '# label（段階の名前）、from・to（西暦の年度）、ignore: true（読まない）を書きます。例:',
    '#   別表1!直線矢印コネクタ 3: { label: 実施, from: 2017, to: 2019 }',
  );
  const phases = Object.entries(m.phases);
  if (phases.length === 0) out.push('phases: {}');
  else {
    out.push('phases:');
    for (const [k, d] of phases) out.push(`  ${q(k)}: ${JSON.stringify(d)}`);
  }
  return `${out.join('\n')}\n`;
}

export type MappingRead = { mapping: Mapping } | { problem: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const year = (x: unknown): number | undefined =>
  typeof x === 'number' && Number.isInteger(x) && x >= 1868 && x <= 2200 ? x : undefined;

export function readMappingFile(text: string, manifest?: Manifest): MappingRead {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = e.linePos?.[0];
    return { problem: `${at ? `${at.line}行${at.col}列: ` : ''}${e.code}` };
  }
  const v = doc.toJS({ maxAliasCount: 0 }) as unknown;
  if (!isRecord(v)) return { problem: 'sheets' };
  const sheets: SheetMapping[] = [];
  if (!Array.isArray(v.sheets)) return { problem: 'sheets' };
  for (const [i, s] of v.sheets.entries()) {
    if (!isRecord(s) || typeof s.file !== 'string' || typeof s.sheet !== 'string')
      return { problem: `sheets[${i}]: file, sheet` };
    const table = s.table === 'progress' || s.table === 'verification' || s.table === 'declared' ? s.table : 'skip';
    if (table === 'declared') {
      const spec = manifest?.tables?.find((t) => t.id === s.id);
      const header = /^(\d{1,6})(?:-(\d{1,6}))?$/.exec(String(s.header ?? ''));
      if (!spec || !header || !isRecord(s.columns)) return { problem: `sheets[${i}]: id, header, columns` };
      const columns = spec.columns.map(() => 0);
      for (const [letter, value] of Object.entries(s.columns)) {
        const col = parseAddress(`${letter.toUpperCase()}1`)?.col;
        const ci = spec.columns.findIndex((_, x) => declaredColumnLabel(spec, x) === String(value));
        if (col === undefined || ci < 0)
          return { problem: `sheets[${i}].columns.${letter}: ${String(value).slice(0, 40)}` };
        columns[ci] = col;
      }
      sheets.push({
        file: s.file,
        sheet: s.sheet,
        table,
        header: { first: Number(header[1]), last: Number(header[2] ?? header[1]) },
        columns: {},
        years: [],
        declared: { table: spec.id, columns },
      });
      continue;
    }
    const header = /^(\d{1,6})(?:-(\d{1,6}))?$/.exec(String(s.header ?? ''));
    if (table !== 'skip' && !header) return { problem: `sheets[${i}].header` };
    const columns: SheetMapping['columns'] = {};
    const years: SheetMapping['years'] = [];
    if (table !== 'skip') {
      if (!isRecord(s.columns)) return { problem: `sheets[${i}].columns` };
      for (const [letter, value] of Object.entries(s.columns)) {
        const col = parseAddress(`${letter.toUpperCase()}1`)?.col;
        if (col === undefined) return { problem: `sheets[${i}].columns.${letter}` };
        const y = year(value);
        if (value === '無視' || value === 'skip' || value === null) continue;
        const half = typeof value === 'string' ? /^(\d{4})[\s\u3000]*(\S+)$/u.exec(value.trim()) : null;
        const part = half ? parseHalfHeading(half[2]) : undefined;
        if (y !== undefined) years.push({ col, year: y });
        else if (half && part && year(Number(half[1])) !== undefined) years.push({ col, year: Number(half[1]), part });
        else {
          const f = typeof value === 'string' ? fieldOf(value) : undefined;
          if (!f) return { problem: `sheets[${i}].columns.${letter}: ${String(value).slice(0, 40)}` };
          columns[f] = col;
        }
      }
    }
    years.sort((a, b) => a.col - b.col);
    sheets.push({
      file: s.file,
      sheet: s.sheet,
      table,
      header: header ? { first: Number(header[1]), last: Number(header[2] ?? header[1]) } : { first: 0, last: 0 },
      columns,
      years,
    });
  }
  const phases: Record<string, PhaseDecision> = {};
  if (v.phases !== undefined && v.phases !== null) {
    if (!isRecord(v.phases)) return { problem: 'phases' };
    for (const [k, d] of Object.entries(v.phases)) {
      if (!isRecord(d)) return { problem: `phases.${k}` };
      phases[k] = {
        ...(d.ignore === true ? { ignore: true } : {}),
        ...(typeof d.label === 'string' && d.label.trim() ? { label: d.label.trim() } : {}),
        ...(year(d.from) !== undefined ? { from: year(d.from) } : {}),
        ...(year(d.to) !== undefined ? { to: year(d.to) } : {}),
      };
    }
  }
  const mapping: Mapping = { sheets, phases };
  if (typeof v.title === 'string') mapping.title = v.title;
  if (typeof v.organisation === 'string') mapping.organisation = v.organisation;
  if (typeof v.fillLabel === 'string' && v.fillLabel.trim()) mapping.fillLabel = v.fillLabel.trim();
  if (isRecord(v.planPeriod) && year(v.planPeriod.from) && year(v.planPeriod.to))
    mapping.planPeriod = { from: year(v.planPeriod.from)!, to: year(v.planPeriod.to)! };
  if (isRecord(v.edition) && year(v.edition.fiscalYear))
    mapping.edition = {
      fiscalYear: year(v.edition.fiscalYear)!,
      period: v.edition.period === 'firstHalf' ? 'firstHalf' : 'fullYear',
    };
  return { mapping };
}
