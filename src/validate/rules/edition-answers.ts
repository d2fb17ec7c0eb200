/** Without declared tables, each initiative has the edition's 年次計画 and its 実績 for the edition's period. */
import { defineRule } from '../rule.js';
import { classicInitiative } from '../../model/report.js';
import { fiscalYearLong } from '../../era.js';

const PERIOD_JA: Record<string, string> = { firstHalf: '上半期実績（4月～9月）', fullYear: '年間実績（4月～3月）' };
const PERIOD_EN: Record<string, string> = {
  firstHalf: 'first-half results (April–September)',
  fullYear: 'full-year results (April–March)',
};

export default defineRule({
  name: 'edition-answers',
  description: "without tables, plans has the edition's year and results the edition's year and period",
  severity: 'error',
  messages: {
    'rule-missing-plan': {
      ja: (p) =>
        `今回公表する ${p.yearLabel}（${p.year}）の年次計画がありません。plans に ${p.year}: を書いてください。`,
      en: (p) => `The annual plan for the published fiscal year ${p.year} is missing: add ${p.year}: under plans.`,
    },
    'rule-missing-result': {
      ja: (p) =>
        `今回公表する ${p.yearLabel}（${p.year}）の${PERIOD_JA[String(p.period)]}がありません。` +
        `results の ${p.year}: に ${p.period}: を書いてください。`,
      en: (p) =>
        `The ${PERIOD_EN[String(p.period)]} for the published fiscal year ${p.year} are missing: add ${p.period}: ` +
        `under results.${p.year}.`,
    },
  },
  check: {
    initiative({ initiative, manifest: m, report }) {
      if (m.tables) return;
      const data = classicInitiative(initiative.data);
      const { fiscalYear: year, period } = m.edition;
      const yearLabel = fiscalYearLong(year);
      if (data.plans[String(year)] === undefined)
        report({ code: 'rule-missing-plan', path: ['plans'], params: { year, yearLabel }, prefer: 'key' });
      if (data.results[String(year)]?.[period] === undefined)
        report({ code: 'rule-missing-result', path: ['results'], params: { year, yearLabel, period }, prefer: 'key' });
    },
  },
});
