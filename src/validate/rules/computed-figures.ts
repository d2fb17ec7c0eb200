/**
 * Figures reform computes (an effect's 差額, an indicator's 累計 and 進捗率) may be written in the YAML too; when
 * they are, they agree with the computation. A disagreement is reported with both figures and how it is computed.
 * A 累計 declared as published (`given: true`) is printed as written, and checked only where the yearly
 * actuals can produce it (every year from the plan's start to the edition's).
 */
import { defineRule } from '../rule.js';
import { fiscalYearLong } from '../../era.js';
import { effectDifference, formatNumber, type NumberFormat } from '../../model/figures.js';
import { indicatorFigures } from '../../model/figures.js';
import type { Params } from '../../messages/catalog.js';

const LABEL_JA: Record<string, string> = { difference: '差額', cumulative: '累計', progressRate: '進捗率' };
const LABEL_EN: Record<string, string> = {
  difference: 'The difference',
  cumulative: 'The cumulative total',
  progressRate: 'The progress rate',
};

function howJa(p: Params): string {
  if (p.figure === 'difference') return `効果実績額 ${p.actual} − 効果見込額 ${p.planned}`;
  if (p.figure === 'cumulative') return `実績値の合計（${p.upToLabel}まで）`;
  return p.measure === 'cumulative' ? '累計 ÷ 目標値' : '(最新の実績値 − 基準値) ÷ (目標値 − 基準値)';
}

function howEn(p: Params): string {
  if (p.figure === 'difference') return `actual effect ${p.actual} − expected effect ${p.planned}`;
  if (p.figure === 'cumulative') return `the sum of the actual values up to fiscal year ${p.upTo}`;
  return p.measure === 'cumulative'
    ? 'cumulative total ÷ target'
    : '(latest actual value − base value) ÷ (target − base value)';
}

const cell = (unit: string, decimals?: number): NumberFormat => ({
  unit,
  unitIn: 'cell',
  negative: 'triangle',
  ...(decimals === undefined ? {} : { decimals }),
});

export default defineRule({
  name: 'computed-figures',
  description: 'a written difference, cumulative or progressRate equals what reform computes',
  severity: 'error',
  messages: {
    'fmt-given-mismatch': {
      ja: (p) =>
        `公表値の累計 ${p.given} は、${p.fromLabel}から${p.toLabel}までの実績値の合計 ${p.computed} と合いません。` +
        'どちらかを直してください。',
      en: (p) =>
        `The published cumulative total ${p.given} does not match the sum of the actual values from fiscal year ` +
        `${p.from} to ${p.to}, ${p.computed}. Correct one of them.`,
    },
    'fmt-given-needs': {
      ja: () =>
        '累計を公表値（given: true）としていますが、累計（cumulative）が書かれていません。公表した累計を書いてください。',
      en: () => 'given: true declares the cumulative total as published, but cumulative is missing: write it.',
    },
    'fmt-computed-mismatch': {
      ja: (p) =>
        `${LABEL_JA[String(p.figure)]}に ${p.given} と書かれていますが、計算すると ${p.computed} です（${howJa(p)}）。` +
        `計算される値なので書かなくてかまいません。書くなら ${p.computed} にしてください。`,
      en: (p) =>
        `${LABEL_EN[String(p.figure)]} is written as ${p.given}, but it computes to ${p.computed} (${howEn(p)}). ` +
        `It is computed, so you may leave it out; if you write it, write ${p.computed}.`,
    },
  },
  check: {
    initiative({ initiative: { data }, manifest: m, report }) {
      (data.effects ?? []).forEach((e, k) => {
        const diff = effectDifference(e);
        if (e.difference === undefined || diff === undefined || Math.abs(diff - e.difference) <= 1e-6) return;
        const f = cell('');
        report({
          code: 'fmt-computed-mismatch',
          path: ['effects', k, 'difference'],
          params: {
            figure: 'difference',
            given: formatNumber(e.difference, f),
            computed: formatNumber(diff, f),
            actual: formatNumber(e.actual!, f),
            planned: formatNumber(e.planned!, f),
          },
        });
      });
      const fy = m.edition.fiscalYear;
      (data.indicators ?? []).forEach((ind, k) => {
        const figs = indicatorFigures(ind, fy, m.planPeriod.from);
        const f = cell(ind.unit);
        if (ind.given === true && ind.cumulative === undefined)
          report({ code: 'fmt-given-needs', path: ['indicators', k, 'given'] });
        if (ind.given === true && ind.cumulative !== undefined) {
          if (figs.checkable !== undefined && Math.abs(figs.checkable - ind.cumulative) > 1e-6)
            report({
              code: 'fmt-given-mismatch',
              path: ['indicators', k, 'cumulative'],
              params: {
                given: formatNumber(ind.cumulative, f),
                computed: formatNumber(figs.checkable, f),
                from: m.planPeriod.from,
                fromLabel: fiscalYearLong(m.planPeriod.from),
                to: fy,
                toLabel: fiscalYearLong(fy),
              },
            });
        } else if (
          ind.cumulative !== undefined &&
          figs.cumulative !== undefined &&
          Math.abs(figs.cumulative - ind.cumulative) > 1e-6
        )
          report({
            code: 'fmt-computed-mismatch',
            path: ['indicators', k, 'cumulative'],
            params: {
              figure: 'cumulative',
              given: formatNumber(ind.cumulative, f),
              computed: formatNumber(figs.cumulative, f),
              upTo: fy,
              upToLabel: fiscalYearLong(fy),
            },
          });
        if (
          ind.progressRate !== undefined &&
          figs.progressRate !== undefined &&
          Math.abs(figs.progressRate - ind.progressRate) >= 0.05
        ) {
          const pf = cell('%', 1);
          report({
            code: 'fmt-computed-mismatch',
            path: ['indicators', k, 'progressRate'],
            params: {
              figure: 'progressRate',
              given: formatNumber(ind.progressRate, pf),
              computed: formatNumber(figs.progressRate, pf),
              measure: ind.measure ?? 'cumulative',
            },
          });
        }
      });
    },
  },
});
