/**
 * The sample's tables laid out as an office lays out its own workbook (title rows, a two-row header
 * with 工程 merged over the years and 和暦 year headings, section rows across the width, 番号 and
 * 具体的取組 merged down, texts with Alt+Enter, 部 and 課 on two lines, a 区分の理由 merged over the
 * rows that share it), with the 工程 drawn as connector shapes, typed arrows or filled cells.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Initiative, Manifest } from '../../src/model/schema-types.js';
import type { OfficeCell, OfficeShape, OfficeSheet } from './office-xlsx.js';

export type Drawing = 'shapes' | 'typed' | 'fills';

export function loadSample(dir: string): { manifest: Manifest; initiatives: Initiative[] } {
  const manifest = parse(readFileSync(path.join(dir, 'report.yaml'), 'utf8')) as Manifest;
  const initiatives = readdirSync(path.join(dir, 'initiatives'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(path.join(dir, 'initiatives', f), 'utf8')) as Initiative);
  return { manifest, initiatives };
}

const ERA_HEADINGS: Record<Drawing, string[]> = {
  shapes: ['平成28年度', '29年度', '30年度', '令和元年度'],
  typed: ['28年度', '29年度', '30年度', '元年度'],
  fills: ['H28', 'H29', 'H30', 'R1'],
};
const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'];
const CIRCLED = (n: number) => String.fromCodePoint(0x2460 + n - 1);

/** A YAML text as an office types it in a cell: Alt+Enter lines, full-width indents, centred by spaces. */
function officeText(text: string): string {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => {
      if (l.startsWith('^ ')) return '\u3000'.repeat(10) + l.slice(2);
      const indent = /^ */.exec(l)![0].length;
      return '\u3000'.repeat(Math.floor(indent / 2)) + l.slice(indent);
    })
    .join('\n');
}

const div = (ref: string) => ref.split('/');

export function officeSheets(
  sample: { manifest: Manifest; initiatives: Initiative[] },
  drawing: Drawing,
  opts: { shareAcross?: boolean; grouped?: boolean } = {},
): OfficeSheet[] {
  const { manifest, initiatives } = sample;
  const from = manifest.planPeriod.from;
  const years = manifest.planPeriod.to - from + 1;
  const yearCol = (y: number) => 4 + (y - from);
  const plan = 4 + years;
  const progress: OfficeCell[] = [];
  const shapes: OfficeShape[] = [];
  const verification: OfficeCell[] = [];
  const fy = String(manifest.edition.fiscalYear);

  progress.push({ row: 1, col: plan + 2, text: manifest.progressTable!.label });
  progress.push({ row: 2, col: 1, colSpan: plan + 1, text: manifest.progressTable!.title });
  progress.push({ row: 4, col: 1, rowSpan: 2, text: '番号' });
  progress.push({ row: 4, col: 2, rowSpan: 2, text: '具体的取組' });
  progress.push({ row: 4, col: 3, colSpan: 1 + years, text: '工程' });
  progress.push({ row: 5, col: 3, text: '取組項目' });
  for (const [i, h] of ERA_HEADINGS[drawing].entries()) progress.push({ row: 5, col: 4 + i, text: h });
  progress.push({ row: 4, col: plan, rowSpan: 2, text: '令和元年度\n年次計画' });
  progress.push({ row: 4, col: plan + 1, rowSpan: 2, text: '上半期実績\n（4月～9月）' });
  progress.push({ row: 4, col: plan + 2, rowSpan: 2, text: '担当課' });

  verification.push({ row: 1, col: 8, text: manifest.verificationTable!.label });
  verification.push({ row: 2, col: 1, colSpan: 7, text: manifest.verificationTable!.title });
  verification.push({ row: 3, col: 1, colSpan: 8, text: manifest.verificationTable!.legendIntro });
  for (const [i, d] of (manifest.directions ?? []).entries())
    verification.push({ row: 4 + i, col: 1, colSpan: 8, text: `${d.code}：${d.label}\n\u3000\u3000${d.description}` });
  const vh = 5 + (manifest.directions ?? []).length;
  for (const [col, text] of ['番号', '具体的取組', '取組項目', '内容', '実績・効果'].entries())
    verification.push({ row: vh, col: col + 1, rowSpan: 2, text });
  verification.push({ row: vh, col: 6, colSpan: 2, text: '今後の取組方向' });
  verification.push({ row: vh + 1, col: 6, text: '区分' });
  verification.push({ row: vh + 1, col: 7, text: '区分の理由' });
  verification.push({ row: vh, col: 8, rowSpan: 2, text: '担当課' });

  let r = 6;
  let v = vh + 2;
  let shapeNo = 1;
  let lastReason: OfficeCell | undefined;
  for (const [si, section] of manifest.sections.entries()) {
    progress.push({ row: r++, col: 1, colSpan: plan + 2, text: `${ROMAN[si]}\u3000${section.title}` });
    verification.push({ row: v++, col: 1, colSpan: 8, text: `${ROMAN[si]}\u3000${section.title}` });
    const mine = initiatives.filter((i) => i.section === section.id);
    for (const [li, ini] of mine.entries()) {
      const items = ini.items!;
      const rows = items.reduce((n, it) => n + it.schedule.length, 0);
      const top = r;
      progress.push({ row: top, col: 1, rowSpan: rows, text: ini.number });
      progress.push({ row: top, col: 2, rowSpan: rows, text: `${CIRCLED(li + 1)}${ini.title}` });
      const achieved =
        ini.achievedIn !== undefined && drawing !== 'shapes' ? `(H${ini.achievedIn - 1988}年度達成済)\n` : '';
      progress.push({ row: top, col: plan, rowSpan: rows, text: achieved + officeText(ini.plans![fy] ?? '') });
      progress.push({
        row: top,
        col: plan + 1,
        rowSpan: rows,
        text: officeText(ini.results![fy]?.[manifest.edition.period] ?? ''),
      });
      const divisions = items.map((it) => it.division ?? ini.division ?? '');
      const same = divisions.every((d) => d === divisions[0]);
      const divisionText = same
        ? div(divisions[0]).join('\n')
        : items.map((it, i) => `<${it.heading ?? it.label}>\n${div(divisions[i]).join('\n')}`).join('\n');
      progress.push({ row: top, col: plan + 2, rowSpan: rows, text: divisionText });
      if (ini.achievedIn !== undefined && drawing === 'shapes') {
        const c = yearCol(ini.achievedIn) - 1;
        shapes.push({
          kind: 'roundRect',
          name: `角丸四角形 ${shapeNo++}`,
          from: { col: c, colOff: 50000, row: top - 1, rowOff: 20000 },
          to: { col: c, colOff: 550000, row: top - 1, rowOff: 60000 },
          text: '達成済',
        });
      }
      for (const item of items) {
        progress.push({
          row: r,
          col: 3,
          rowSpan: item.schedule.length,
          text: `${item.checkbox === false ? '' : '□'}${item.label}`,
        });
        for (const lane of item.schedule) {
          for (const p of lane.phases) {
            const to = p.to ?? p.from;
            const arrow = p.arrow ?? to > p.from;
            const c0 = yearCol(p.from);
            const c1 = yearCol(to);
            if (drawing === 'typed' || (drawing === 'shapes' && !arrow)) {
              const body = p.then ? `${p.label} →\n${p.then}` : p.label;
              progress.push({
                row: r,
                col: c0,
                colSpan: c1 - c0 + 1,
                text: arrow ? `←\u3000${body}\u3000→` : body,
              });
            } else if (drawing === 'fills') {
              const body = p.then ? `${p.label}→${p.then}` : p.label;
              const text = arrow && to === p.from ? `←${body}→` : body;
              for (let c = c0; c <= c1; c++) progress.push({ row: r, col: c, fill: true, text: c === c0 ? text : '' });
            } else {
              const rightToLeft = shapeNo % 3 === 0;
              const pair: OfficeShape[] = [
                {
                  kind: 'connector',
                  name: `直線矢印コネクタ ${shapeNo++}`,
                  from: { col: c0 - 1, colOff: 60000, row: r - 1, rowOff: 130000 },
                  to: { col: c1 - 1, colOff: 540000, row: r - 1, rowOff: 130000 },
                  rightToLeft,
                },
                {
                  kind: 'text',
                  name: `テキスト ボックス ${shapeNo++}`,
                  from: { col: c0 - 1, colOff: 100000, row: r - 1, rowOff: 0 },
                  to: { col: c1 - 1, colOff: 450000, row: r - 1, rowOff: 110000 },
                  text: p.then ? `${p.label} → ${p.then}` : p.label,
                },
              ];
              // Grouped: the arrow and its label as one group (グループ化), as an office groups them to move both.
              if (opts.grouped)
                shapes.push({ ...pair[0], kind: 'group', name: `グループ化 ${shapeNo++}`, children: pair });
              else shapes.push(...pair);
            }
          }
          r++;
        }
      }
      // 別表2: one row per verification row; 区分の理由 merged over the rows that share it.
      const checks = ini.verification ?? [];
      verification.push({ row: v, col: 1, rowSpan: checks.length, text: ini.number });
      verification.push({ row: v, col: 2, rowSpan: checks.length, text: `${CIRCLED(li + 1)}${ini.title}` });
      for (const [ci, c] of checks.entries()) {
        const row = v + ci;
        verification.push({ row, col: 3, text: officeText(c.item) });
        verification.push({ row, col: 4, text: officeText(c.content) });
        verification.push({ row, col: 5, text: officeText(c.outcome) });
        verification.push({ row, col: 6, text: c.direction });
        // With shareAcross, a reason equal to the one just above (another initiative's) extends its merged cell.
        const sameAsAbove =
          ci === 0 && lastReason && c.reason !== undefined && lastReason.text === officeText(c.reason);
        if (opts.shareAcross && sameAsAbove && lastReason) lastReason.rowSpan = (lastReason.rowSpan ?? 1) + 1;
        else if (!c.reasonSharedWithAbove) {
          let span = 1;
          while (checks[ci + span]?.reasonSharedWithAbove) span++;
          lastReason = { row, col: 7, rowSpan: span, text: officeText(c.reason ?? '') };
          verification.push(lastReason);
        }
        verification.push({ row, col: 8, text: div(c.division ?? ini.division ?? '')[1] });
      }
      v += checks.length;
    }
  }
  return [
    { name: '別表1', cells: progress, shapes, widths: [5, 20, 24, 9, 9, 9, 9, 40, 40, 14] },
    { name: '別表2', cells: verification, widths: [5, 20, 24, 40, 40, 6, 30, 14] },
  ];
}

/**
 * A progress table whose 工程 has half-year columns: 令和6年度 … 令和8年度 each over 上半期 and 下半期, the 工程
 * drawn as typed text, a connector with its label in a text box, and filled cells, each starting or ending
 * in a half.
 */
export function officeHalfYears(): OfficeSheet[] {
  const cells: OfficeCell[] = [
    { row: 1, col: 12, text: '別表1' },
    { row: 2, col: 1, colSpan: 11, text: '若葉町行政改革 令和7年度上半期の取組状況' },
    { row: 4, col: 1, rowSpan: 3, text: '番号' },
    { row: 4, col: 2, rowSpan: 3, text: '具体的取組' },
    { row: 4, col: 3, colSpan: 7, text: '工程' },
    { row: 5, col: 3, rowSpan: 2, text: '取組項目' },
    { row: 5, col: 4, colSpan: 2, text: '令和6年度' },
    { row: 5, col: 6, colSpan: 2, text: '7年度' },
    { row: 5, col: 8, colSpan: 2, text: '8年度' },
    ...['上半期', '下半期', '上半期', '下半期', '上半期', '下半期'].map((text, i) => ({ row: 6, col: 4 + i, text })),
    { row: 4, col: 10, rowSpan: 3, text: '令和7年度\n年次計画' },
    { row: 4, col: 11, rowSpan: 3, text: '上半期実績\n（4月～9月）' },
    { row: 4, col: 12, rowSpan: 3, text: '担当課' },
    { row: 7, col: 1, colSpan: 12, text: 'Ⅰ\u3000効率的な行政運営' },
    // 1: typed in a half, then an arrow typed over five halves.
    { row: 8, col: 1, text: 1 },
    { row: 8, col: 2, text: '①定員管理の適正化' },
    { row: 8, col: 3, text: '□定員適正化計画' },
    { row: 8, col: 4, text: '計画策定' },
    { row: 8, col: 5, colSpan: 5, text: '←\u3000実行\u3000→' },
    { row: 8, col: 10, text: '・退職不補充による削減' },
    { row: 8, col: 11, text: '・4月1日付けで3人を削減' },
    { row: 8, col: 12, text: '総務部\n人事課' },
    // 2: a connector over three halves with its label above, filled cells; a second lane filled over a year.
    { row: 9, col: 1, rowSpan: 2, text: 2 },
    { row: 9, col: 2, rowSpan: 2, text: '②窓口手続のオンライン化' },
    { row: 9, col: 3, rowSpan: 2, text: '□オンライン化' },
    { row: 9, col: 7, fill: true, text: '実施' },
    { row: 9, col: 8, fill: true },
    { row: 9, col: 9, fill: true },
    { row: 10, col: 4, fill: true, text: '調整' },
    { row: 10, col: 5, fill: true },
    { row: 9, col: 10, rowSpan: 2, text: '・申請システムの仕様を決める' },
    { row: 9, col: 11, rowSpan: 2, text: '・仕様を決定した' },
    { row: 9, col: 12, rowSpan: 2, text: '市民部\n窓口課' },
  ];
  const shapes: OfficeShape[] = [
    {
      kind: 'connector',
      name: '直線矢印コネクタ 1',
      from: { col: 3, colOff: 60000, row: 8, rowOff: 130000 },
      to: { col: 5, colOff: 300000, row: 8, rowOff: 130000 },
    },
    {
      kind: 'text',
      name: 'テキスト ボックス 2',
      from: { col: 3, colOff: 100000, row: 8, rowOff: 0 },
      to: { col: 5, colOff: 250000, row: 8, rowOff: 110000 },
      text: '検討',
    },
  ];
  const verification: OfficeCell[] = [
    { row: 1, col: 8, text: '別表2' },
    { row: 2, col: 1, colSpan: 7, text: '若葉町行政改革 取組の検証' },
    { row: 3, col: 1, colSpan: 8, text: '・今後の取組方向は、次のとおり区分しています。' },
    { row: 4, col: 1, colSpan: 8, text: 'A：継続して取り組む\n\u3000\u3000取組を続けます。' },
    ...['番号', '具体的取組', '取組項目', '内容', '実績・効果'].map((text, i) => ({ row: 5, col: i + 1, text })),
    { row: 5, col: 6, text: '区分' },
    { row: 5, col: 7, text: '区分の理由' },
    { row: 5, col: 8, text: '担当課' },
    { row: 6, col: 1, colSpan: 8, text: 'Ⅰ\u3000効率的な行政運営' },
    ...[
      [1, '①定員管理の適正化', '定員適正化計画', '人事課'],
      [2, '②窓口手続のオンライン化', 'オンライン化', '窓口課'],
    ].flatMap(([n, title, item, division], i) =>
      [n, title, item, '計画に沿って進めた', '予定どおり', 'A', '計画期間の終わりまで続ける', division].map(
        (text, c) => ({
          row: 7 + i,
          col: c + 1,
          text,
        }),
      ),
    ),
  ];
  return [
    { name: '別表1', cells, shapes, widths: [5, 20, 16, 6, 6, 6, 6, 6, 6, 30, 30, 12] },
    { name: '別表2', cells: verification, widths: [5, 20, 16, 30, 30, 6, 30, 12] },
  ];
}
