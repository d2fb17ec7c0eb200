/** 達成年度 and 実績 are not later than the edition's fiscal year (a year that has not come yet). */
import { defineRule } from '../rule.js';
import { classicInitiative } from '../../model/report.js';
import { fiscalYearLong } from '../../era.js';
import { yearParams } from './shared.js';

export default defineRule({
  name: 'after-edition',
  description: 'achievedIn and the years of results are not after edition.fiscalYear',
  severity: 'error',
  messages: {
    'rule-achieved-after-edition': {
      ja: (p) =>
        `達成年度 ${p.year}（${p.yearLabel}）は、この報告の年度 ${p.edition}（${p.editionLabel}）より後です。` +
        'まだ来ていない年度に「達成済」とは書けません。',
      en: (p) =>
        `The year achieved, ${p.year}, is after this edition's fiscal year ${p.edition}: an initiative cannot be ` +
        'achieved in a year still to come.',
    },
    'rule-result-after-edition': {
      ja: (p) =>
        `${p.year}（${p.yearLabel}）の実績は、この報告の年度 ${p.edition}（${p.editionLabel}）より後です。` +
        '実績は報告の年度までしか書けません。',
      en: (p) =>
        `Results for ${p.year} are after this edition's fiscal year ${p.edition}: results go up to the edition's ` +
        'year.',
    },
  },
  check: {
    initiative({ initiative, manifest: m, report }) {
      const data = classicInitiative(initiative.data);
      const edition = m.edition.fiscalYear;
      const inPlan = (y: number) => y >= m.planPeriod.from && y <= m.planPeriod.to;
      const params = (y: number) => ({ ...yearParams(y, m), edition, editionLabel: fiscalYearLong(edition) });
      const y = data.achievedIn;
      if (y !== undefined && inPlan(y) && y > edition)
        report({ code: 'rule-achieved-after-edition', path: ['achievedIn'], params: params(y) });
      for (const year of Object.keys(data.results)) {
        const r = Number(year);
        if (inPlan(r) && r > edition)
          report({ code: 'rule-result-after-edition', path: ['results', year], params: params(r), prefer: 'key' });
      }
    },
  },
});
