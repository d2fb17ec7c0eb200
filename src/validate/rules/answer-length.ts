/**
 * A warning for an answer longer than what fits the printed column (年次計画, 実績, the verification
 * texts, the texts of declared tables): the limits of model/answer-limits.ts, which the forms also
 * set as Excel data validation and import checks. A warning: the report stays valid.
 */
import { charCount, type LengthKey, maxLengthOf } from '../../model/answer-limits.js';
import { defineRule, type Segs } from '../rule.js';

export default defineRule({
  name: 'answer-length',
  description: 'answers fit the printed column (forms.maxLength, with defaults) (a warning)',
  severity: 'warning',
  messages: {
    'rule-answer-too-long': {
      ja: (p) =>
        `${p.length} 字あります（${p.max} 字まで）。印刷する欄に収まるよう短くしてください` +
        '（上限は report.yaml の forms.maxLength で変えられます）。',
      en: (p) =>
        `${p.length} characters (at most ${p.max}). Shorten it to fit the printed column ` +
        '(the limit is forms.maxLength in report.yaml).',
    },
  },
  check: {
    initiative({ initiative: { data }, manifest: m, report }) {
      const check = (value: unknown, path: Segs, key: LengthKey) => {
        if (typeof value !== 'string') return;
        const length = charCount(value);
        const max = maxLengthOf(m, key);
        if (length > max) report({ code: 'rule-answer-too-long', path, params: { length, max } });
      };
      for (const [y, text] of Object.entries(data.plans ?? {})) check(text, ['plans', y], 'plan');
      for (const [y, r] of Object.entries(data.results ?? {}))
        for (const [period, text] of Object.entries(r ?? {})) check(text, ['results', y, period], 'result');
      (data.verification ?? []).forEach((row, i) => {
        for (const k of ['content', 'outcome', 'reason'] as const)
          check(row[k], ['verification', i, k], 'verification');
      });
      for (const [k, text] of Object.entries(data.fields ?? {})) check(text, ['fields', k], 'text');
    },
  },
});
