/** The plan period runs forward and fits the 工程 chart (at most 21 fiscal years). */
import { defineRule } from '../rule.js';

export default defineRule({
  name: 'plan-period',
  description: 'planPeriod.to is not before planPeriod.from, and the period has at most 21 fiscal years',
  severity: 'error',
  messages: {
    'rule-period-order': {
      ja: (p) => `計画期間の最後の年度（${p.to}）が最初の年度（${p.from}）より前です。`,
      en: (p) => `The plan period ends (${p.to}) before it starts (${p.from}).`,
    },
    'rule-period-too-long': {
      ja: (p) => `計画期間が ${p.years} 年度あります。工程表に並べられるのは 21 年度までです。`,
      en: (p) => `The plan period has ${p.years} fiscal years; the chart holds at most 21.`,
    },
  },
  check: {
    manifest({ manifest: { data }, report }) {
      const { from, to } = data.planPeriod;
      if (from > to) report({ code: 'rule-period-order', path: ['planPeriod', 'to'], params: { from, to } });
      else if (to - from > 20)
        report({ code: 'rule-period-too-long', path: ['planPeriod', 'to'], params: { years: to - from + 1 } });
    },
  },
});
