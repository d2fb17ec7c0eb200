/** Without declared tables, each verification row's 区分 is one of report.yaml's directions. */
import { defineRule } from '../rule.js';
import { classicInitiative } from '../../model/report.js';

export default defineRule({
  name: 'known-direction',
  description: "without tables, each verification row's direction is a code of directions",
  severity: 'error',
  messages: {
    'rule-unknown-direction': {
      ja: (p) =>
        `区分「${p.value}」は report.yaml の今後の取組方向（directions）にありません。書ける区分: ${p.allowed}。`,
      en: (p) => `Category "${p.value}" is not among report.yaml's directions. Allowed: ${p.allowed}.`,
    },
  },
  check: {
    initiative({ initiative, manifest: m, report }) {
      if (m.tables) return;
      const codes = (m.directions ?? []).map((x) => x.code);
      classicInitiative(initiative.data).verification.forEach((row, i) => {
        if (!codes.includes(row.direction))
          report({
            code: 'rule-unknown-direction',
            path: ['verification', i, 'direction'],
            params: { value: row.direction, allowed: codes.join(', ') },
          });
      });
    },
  },
});
