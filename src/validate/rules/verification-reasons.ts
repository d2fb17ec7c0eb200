/**
 * Without declared tables, each verification row of 別表2 has its 区分の理由, or shares the one above
 * (reasonSharedWithAbove: printed as one merged cell), which needs a row above with the same 区分.
 */
import { defineRule } from '../rule.js';
import { classicInitiative } from '../../model/report.js';

export default defineRule({
  name: 'verification-reasons',
  description: 'without tables, each verification row has a reason or shares the reason of the row above',
  severity: 'error',
  messages: {
    'rule-reason-both': {
      ja: () =>
        '「上の行と共通」（reasonSharedWithAbove: true）にした行には、区分の理由（reason）を書かないでください。',
      en: () => 'A row with reasonSharedWithAbove: true must not have its own reason.',
    },
    'rule-reason-missing': {
      ja: () => '区分の理由（reason）がありません。上の行と同じ理由なら reasonSharedWithAbove: true と書いてください。',
      en: () => 'The reason is missing. If it is the same as the row above, write reasonSharedWithAbove: true.',
    },
    'rule-reason-shared-first': {
      ja: () => '最初の行は「上の行と共通」にできません。区分の理由（reason）を書いてください。',
      en: () => 'The first row cannot share the reason of the row above. Write its reason.',
    },
    'rule-reason-shared-direction': {
      ja: (p) =>
        `区分の理由を上の行と共通にするには、区分も同じにしてください（この行: ${p.value}、上の行: ${p.above}）。`,
      en: (p) => `Rows that share a reason must have the same category (this row: ${p.value}, above: ${p.above}).`,
    },
  },
  check: {
    initiative({ initiative, manifest: m, report }) {
      if (m.tables) return;
      const rows = classicInitiative(initiative.data).verification;
      rows.forEach((row, ri) => {
        const at = ['verification', ri];
        const shared = row.reasonSharedWithAbove === true;
        if (shared && row.reason !== undefined) report({ code: 'rule-reason-both', path: [...at, 'reason'] });
        else if (!shared && row.reason === undefined) report({ code: 'rule-reason-missing', path: at });
        if (shared && ri === 0) report({ code: 'rule-reason-shared-first', path: [...at, 'reasonSharedWithAbove'] });
        if (shared && ri > 0 && rows[ri - 1].direction !== row.direction)
          report({
            code: 'rule-reason-shared-direction',
            path: [...at, 'direction'],
            params: { value: row.direction, above: rows[ri - 1].direction },
          });
      });
    },
  },
});
