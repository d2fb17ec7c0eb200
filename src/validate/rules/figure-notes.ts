/**
 * A note on one figure (figureNotes, 数値の注記) names a figure that is written. A note on a figure that is not
 * there would be printed under no table, silently; computed figures (累計, 進捗率, 差額) are left to the tables.
 */
import { defineRule } from '../rule.js';

type Figures = Record<string, unknown> & { figureNotes?: Record<string, string> };

const COMPUTED = new Set(['cumulative', 'progressRate', 'difference']);

/** The written value a figureNotes key names: base, target, planned, actual, actuals.Y, years.Y.planned, byYear.Y. */
function written(record: Figures, key: string): unknown {
  const [head, ...rest] = key.split('.');
  let value: unknown = record[head];
  if ((head === 'base' || head === 'target') && value && typeof value === 'object')
    value = (value as { value?: unknown }).value;
  for (const part of rest)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

export default defineRule({
  name: 'figure-notes',
  description: 'a note on one figure names a figure that is written',
  severity: 'warning',
  messages: {
    'rule-figure-note-without-figure': {
      ja: (p) =>
        `注記を付けた数値「${p.key}」が書かれていません。数値を書くか、この注記を消してください（このままでは注記はどの表にも印刷されません）。`,
      en: (p) =>
        `The figure "${p.key}" this note is attached to is not written. Write the figure or remove the note ` +
        '(as it is, the note is printed under no table).',
    },
  },
  check: {
    initiative({ initiative: { data }, report }) {
      for (const list of ['indicators', 'effects'] as const) {
        const records: unknown = data[list];
        if (!Array.isArray(records)) continue;
        records.forEach((record: Figures, k) => {
          for (const key of Object.keys(record?.figureNotes ?? {})) {
            if (COMPUTED.has(key) || written(record, key) !== undefined) continue;
            report({
              code: 'rule-figure-note-without-figure',
              path: [list, k, 'figureNotes', key],
              params: { key },
              prefer: 'key',
            });
          }
        });
      }
    },
  },
});
