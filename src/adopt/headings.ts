/**
 * The vocabulary of table headings: which printed heading names which field (the seed's headings and
 * the words offices use for them), and fiscal-year headings in 和暦 or 西暦 (28年度, 元年度, H30,
 * 令和2年度, 2019年度). Pure.
 */
import { ERAS } from '../era.js';

export type Field =
  | 'number'
  | 'title'
  | 'item'
  | 'plan'
  | 'result'
  | 'division'
  | 'content'
  | 'outcome'
  | 'direction'
  | 'reason'
  | 'schedule';

/** Printed label of each field, for messages and adopt.yaml. */
export const FIELD_LABEL: Record<Field, string> = {
  number: '番号',
  title: '具体的取組',
  item: '取組項目',
  plan: '年次計画',
  result: '実績',
  division: '担当課',
  content: '内容',
  outcome: '実績・効果',
  direction: '区分',
  reason: '区分の理由',
  schedule: '工程',
};

/** Headings as text to match: NFKC, no spaces, no line breaks, no notes in brackets. */
export function headingKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(（][^)）]*[)）]/g, '');
}

// The order matters: 実績・効果 before 実績, 区分の理由 before 区分, 取組項目 before 取組.
const VOCABULARY: [Field, RegExp][] = [
  ['number', /^(番号|No\.?|NO\.?|№|項番|通し番号|整理番号)$/i],
  ['outcome', /(実績・効果|実績及び効果|実績と効果|これまでの成果|成果・効果)/],
  ['reason', /理由/],
  ['direction', /^(区分|今後の取組方向|今後の方向性?|方向性)$/],
  ['item', /^(取組項目|項目|取組事項)$/],
  ['title', /^(具体的取組|具体的な取組|取組名|取組)$/],
  ['plan', /年次計画|年度計画|^計画$/],
  ['result', /実績|取組状況|進捗状況/],
  ['content', /^(内容|取組内容|取組の内容)$/],
  ['division', /担当課|担当部局|担当所属|所管課|^担当$/],
  ['schedule', /^(工程|工程表|スケジュール|取組工程)$/],
];

export function fieldOf(text: string): Field | undefined {
  const k = headingKey(text);
  if (!k) return undefined;
  return VOCABULARY.find(([, re]) => re.test(k))?.[0];
}

/** A year heading as written: the era (when written) and the year number within it, or a Western year. */
export interface YearHeading {
  era?: string;
  n: number;
  western?: number;
}

const ERA_LETTERS: Record<string, string> = { R: '令和', H: '平成', S: '昭和', T: '大正', M: '明治' };

/** 28年度, 元年度, H30, H30年度, 令和2年度, R2, 2019年度, 2019. */
export function parseYearHeading(text: string): YearHeading | undefined {
  const k = headingKey(text).replace(/度$/, '度');
  const western = /^((?:18|19|20|21)\d\d)(年度?)?$/.exec(k);
  if (western) return { n: Number(western[1]), western: Number(western[1]) };
  const m = /^(令和|平成|昭和|大正|明治|[RHSTM])?(元|\d{1,2})(年度?|年)?$/i.exec(k);
  if (!m || (!m[1] && !m[3])) return undefined;
  const n = m[2] === '元' ? 1 : Number(m[2]);
  if (n < 1) return undefined;
  const era = m[1] ? (ERA_LETTERS[m[1].toUpperCase()] ?? m[1]) : undefined;
  return { ...(era ? { era } : {}), n };
}

function eraStart(name: string): number | undefined {
  const e = ERAS.find((x) => x.name === name);
  return e ? Number(e.start.slice(0, 4)) : undefined;
}

/** The era after this one (平成 → 令和). */
function nextEra(name: string): string | undefined {
  const i = ERAS.findIndex((e) => e.name === name);
  return i > 0 ? ERAS[i - 1].name : undefined;
}

function westernOf(era: string, n: number): number | undefined {
  const start = eraStart(era);
  return start === undefined ? undefined : start + n - 1;
}

/**
 * Western fiscal years for a row of year headings. An era written once carries on to the headings
 * after it; 元 after a later year moves to the next era; headings without any era (28年度 … 元年度)
 * take the latest era that makes them consecutive and not in the future by more than `horizon` years.
 * Returns undefined when no reading makes the years consecutive.
 */
export function resolveYears(headings: YearHeading[], thisYear: number, horizon = 15): number[] | undefined {
  if (headings.length === 0) return [];
  const tryWith = (firstEra: string | undefined): number[] | undefined => {
    let era = firstEra;
    const out: number[] = [];
    for (const [i, h] of headings.entries()) {
      if (h.western !== undefined) {
        out.push(h.western);
        continue;
      }
      if (h.era) era = h.era;
      else if (i > 0 && h.n === 1 && headings[i - 1].n > 1 && era) era = nextEra(era) ?? era;
      if (!era) return undefined;
      const y = westernOf(era, h.n);
      if (y === undefined) return undefined;
      out.push(y);
    }
    for (let i = 1; i < out.length; i++) if (out[i] !== out[i - 1] + 1) return undefined;
    return out;
  };
  if (headings.some((h) => h.era || h.western !== undefined)) {
    const firstEra = headings.find((h) => h.era)?.era;
    const direct = tryWith(headings[0].era ?? firstEra);
    if (direct) return direct;
  }
  for (const e of ERAS) {
    const years = tryWith(e.name);
    if (years && years[years.length - 1] <= thisYear + horizon) return years;
  }
  return undefined;
}

/** 上期・上半期 (1) and 下期・下半期 (2): the half-year columns of a 工程 under a year's heading. */
export function parseHalfHeading(text: string): 1 | 2 | undefined {
  const k = headingKey(text);
  if (/^(上期|上半期|前期|前半期?|第1半期|4[～~-]9月)$/.test(k)) return 1;
  if (/^(下期|下半期|後期|後半期?|第2半期|10[～~-]3月)$/.test(k)) return 2;
  return undefined;
}

/** The words of a half-year column in adopt.yaml and the summary (2024 上期). */
export const HALF_WORDS = ['上期', '下期'] as const;

/** A fiscal year written inside a text (令和元年度 年次計画, H28年度達成済, 2019年度). */
export function yearInText(text: string): number | undefined {
  const k = text.normalize('NFKC');
  const m = /(令和|平成|昭和|[RHS])\s*(元|\d{1,2})\s*年/.exec(k);
  if (m) return westernOf(ERA_LETTERS[m[1]] ?? m[1], m[2] === '元' ? 1 : Number(m[2]));
  const w = /((?:19|20)\d\d)\s*年/.exec(k);
  return w ? Number(w[1]) : undefined;
}
