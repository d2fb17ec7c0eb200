/**
 * 番号 is unique and runs from 1 without gaps across the initiatives. Read from every parsed file, valid or not,
 * so that a file with other faults still counts; gaps only when every number is known (an unreadable file may
 * hold the missing one).
 */
import { defineRule } from '../rule.js';

/** The schema's maximum of 番号: larger numbers are the schema's to report, not gaps. */
const MAX_NUMBER = 100000;

export default defineRule({
  name: 'numbering',
  description: 'number is unique and numbers run from 1 without gaps',
  severity: 'error',
  messages: {
    'rule-duplicate-number': {
      ja: (p) => `番号 ${p.number} は ${p.other} でも使われています。番号は重複できません。`,
      en: (p) => `Number ${p.number} is also used by ${p.other}. Numbers must be unique.`,
    },
    'rule-number-gap': {
      ja: (p) =>
        `番号 ${p.missing} の取組がありません（番号は 1 から欠けずに続けてください。この取組は ${p.number}）。`,
      en: (p) =>
        `There is no initiative ${p.first === p.last ? `number ${p.first}` : `numbered ${p.first}–${p.last}`} ` +
        `(numbers run from 1 without gaps; this one is ${p.number}).`,
    },
  },
  check: {
    initiativeFiles({ files, unreadable, report }) {
      const byNumber = new Map<number, (typeof files)[number]>();
      let unknown = unreadable;
      for (const file of files) {
        const n = (file.value as { number?: unknown } | null)?.number;
        if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1 || n > MAX_NUMBER) {
          unknown++;
          continue;
        }
        const first = byNumber.get(n);
        if (first)
          report({
            file,
            code: 'rule-duplicate-number',
            path: ['number'],
            params: { number: n, other: first.displayPath },
          });
        else byNumber.set(n, file);
      }
      if (unknown > 0) return;
      let expected = 1;
      for (const n of [...byNumber.keys()].sort((a, b) => a - b)) {
        if (n > expected) {
          const missing = n - 1 === expected ? String(expected) : `${expected}～${n - 1}`;
          const params = { missing, first: expected, last: n - 1, number: n };
          report({ file: byNumber.get(n)!, code: 'rule-number-gap', path: ['number'], params });
        }
        expected = n + 1;
      }
    },
  },
});
