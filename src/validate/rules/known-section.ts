/** An initiative's 章 is one of report.yaml's sections. */
import { defineRule } from '../rule.js';
import { suggest } from '../suggest.js';
import { maybeEn, maybeJa } from './shared.js';

export default defineRule({
  name: 'known-section',
  description: "section names one of report.yaml's sections",
  severity: 'error',
  messages: {
    'rule-unknown-section': {
      ja: (p) => `章「${p.value}」は report.yaml の sections にありません。書ける章: ${p.allowed}。${maybeJa(p)}`,
      en: (p) => `Section "${p.value}" is not in report.yaml's sections. Allowed: ${p.allowed}.${maybeEn(p)}`,
    },
  },
  check: {
    initiative({ initiative: { data }, manifest, report }) {
      const ids = manifest.sections.map((s) => s.id);
      if (ids.includes(data.section)) return;
      const guess = suggest(data.section, ids);
      const params = { value: data.section, allowed: ids.join(', '), ...(guess ? { suggestion: guess } : {}) };
      report({ code: 'rule-unknown-section', path: ['section'], params });
    },
  },
});
