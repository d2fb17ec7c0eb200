/** What report.yaml defines is defined once: section ids, 区分 codes, 部 and 課 names, scales, categories, tables. */
import { defineRule, type Segs } from '../rule.js';
import { duplicates } from './shared.js';

export default defineRule({
  name: 'no-duplicates',
  description: 'ids, codes and names defined in report.yaml are unique where they are looked up',
  severity: 'error',
  messages: {
    'rule-duplicate': {
      ja: (p) => `「${p.value}」が重複しています。`,
      en: (p) => `"${p.value}" is duplicated.`,
    },
  },
  check: {
    manifest({ manifest: { data }, report }) {
      // Each list whose entries are looked up by a value: the value and its path.
      const lists: { value: string; path: Segs }[][] = [
        data.sections.map((s, i) => ({ value: s.id, path: ['sections', i, 'id'] })),
        (data.directions ?? []).map((s, i) => ({ value: s.code, path: ['directions', i, 'code'] })),
        data.departments.map((s, i) => ({ value: s.name, path: ['departments', i, 'name'] })),
        ...data.departments.map((dep, di) =>
          dep.divisions.map((v, i) => ({ value: v, path: ['departments', di, 'divisions', i] })),
        ),
        (data.ratingScales ?? []).map((s, i) => ({ value: s.id, path: ['ratingScales', i, 'id'] })),
        ...(data.ratingScales ?? []).map((s, si) =>
          s.levels.map((l, i) => ({ value: l.code, path: ['ratingScales', si, 'levels', i, 'code'] })),
        ),
        (data.categories ?? []).map((c, i) => ({ value: c.id, path: ['categories', i, 'id'] })),
        data.sections.flatMap((s, si) =>
          (s.subsections ?? []).map((x, k) => ({ value: x.id, path: ['sections', si, 'subsections', k, 'id'] })),
        ),
        (data.tables ?? []).map((t, i) => ({ value: t.id, path: ['tables', i, 'id'] })),
      ];
      for (const list of lists) {
        for (const i of duplicates(list.map((e) => e.value)))
          report({ code: 'rule-duplicate', path: list[i].path, params: { value: list[i].value } });
      }
    },
  },
});
