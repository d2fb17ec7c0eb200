/**
 * 担当課 (division) is optional in an initiative of a report that declares its tables, since a table may print
 * none; a table with a 担当課 column needs it in every initiative (別表1・別表2 need it too: required-parts).
 */
import { defineRule } from '../rule.js';

export default defineRule({
  name: 'table-division',
  description: 'an initiative has a division when a declared table prints one',
  severity: 'error',
  messages: {
    'fmt-division-needed': {
      ja: (p) =>
        `担当課（division）がありません。表「${p.table}」に担当課の列があるので、書いてください（例: 総務部/人事課）。`,
      en: (p) => `The division is missing. The table "${p.table}" prints one: add division (department/division).`,
    },
  },
  check: {
    initiative({ initiative: { data }, manifest: m, report }) {
      const t = (m.tables ?? []).find((x) => x.columns.some((c) => c.kind === 'division'));
      if (!t || data.division !== undefined) return;
      report({
        code: 'fmt-division-needed',
        path: [],
        params: { table: [t.label, t.title].filter(Boolean).join(' ') },
        prefer: 'key',
      });
    },
  },
});
