/** Every fiscal year written (the edition, 達成年度, the 工程's phases, 年次計画 and 実績) lies in the plan period. */
import { defineRule } from '../rule.js';
import { classicInitiative } from '../../model/report.js';
import { yearParams } from './shared.js';

export default defineRule({
  name: 'year-in-plan',
  description: 'the edition, achievedIn, phases, plans and results name fiscal years of planPeriod',
  severity: 'error',
  messages: {
    'rule-year-outside-plan': {
      ja: (p) => `${p.year}（${p.yearLabel}）は計画期間 ${p.from}～${p.to}（${p.fromLabel}～${p.toLabel}）の外です。`,
      en: (p) => `The fiscal year ${p.year} is outside the plan period ${p.from}–${p.to}.`,
    },
  },
  check: {
    manifest({ manifest: { data }, report }) {
      const year = data.edition.fiscalYear;
      if (year < data.planPeriod.from || year > data.planPeriod.to)
        report({ code: 'rule-year-outside-plan', path: ['edition', 'fiscalYear'], params: yearParams(year, data) });
    },
    initiative({ initiative, manifest: m, report }) {
      const data = classicInitiative(initiative.data);
      const outside = (y: number) => y < m.planPeriod.from || y > m.planPeriod.to;
      const check = (y: number, path: (string | number)[], prefer: 'value' | 'key' = 'value') => {
        if (outside(y)) report({ code: 'rule-year-outside-plan', path, params: yearParams(y, m), prefer });
      };
      if (data.achievedIn !== undefined) check(data.achievedIn, ['achievedIn']);
      data.items.forEach((item, ii) => {
        item.schedule.forEach((lane, li) => {
          lane.phases.forEach((phase, pi) => {
            const at = ['items', ii, 'schedule', li, 'phases', pi];
            check(phase.from, [...at, 'from']);
            if (phase.to !== undefined) check(phase.to, [...at, 'to']);
          });
        });
      });
      for (const year of Object.keys(data.plans)) check(Number(year), ['plans', year], 'key');
      for (const year of Object.keys(data.results)) check(Number(year), ['results', year], 'key');
    },
  },
});
