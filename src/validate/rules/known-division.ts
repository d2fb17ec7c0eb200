/**
 * Every 担当課 (the initiative's, its co-divisions', each item's, each verification row's) is one of report.yaml's
 * departments. One that looks right but holds an invisible character is said once, by name, at the character.
 */
import { defineRule, type Segs } from '../rule.js';
import { classicInitiative } from '../../model/report.js';
import { CONTROL, firstHidden, INVISIBLE } from '../../diagnostics/visible.js';
import { suggest } from '../suggest.js';
import { positionOfChar } from '../text.js';
import { charNameOf, divisionCandidates, maybeEn, maybeJa, withArticle } from './shared.js';

const HIDDEN = new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, 'gu');

export default defineRule({
  name: 'known-division',
  description: "division, coDivisions and the items' and verification rows' divisions are in departments",
  severity: 'error',
  messages: {
    'rule-unknown-division': {
      ja: (p) => `「${p.value}」は report.yaml の部・課の一覧（departments）にありません。${maybeJa(p)}`,
      en: (p) => `"${p.value}" is not in report.yaml's departments.${maybeEn(p)}`,
    },
    'rule-unknown-department': {
      ja: (p) => `部「${p.department}」は report.yaml の部・課の一覧（departments）にありません。${maybeJa(p)}`,
      en: (p) => `Department "${p.department}" is not in report.yaml's departments.${maybeEn(p)}`,
    },
    'rule-division-hidden-char': {
      ja: (p) =>
        `「${p.value}」には${charNameOf(p.codePoint, 'ja')}が含まれていて、見た目が同じでも report.yaml の部・課の一覧` +
        `（departments）と一致しません。この文字を削除してください。` +
        `${p.suggestion ? `削除すると「${p.suggestion}」になります。` : ''}`,
      en: (p) =>
        `"${p.value}" contains ${withArticle(charNameOf(p.codePoint, 'en'))}, so it does not match report.yaml's ` +
        `departments although it looks the same. Remove that character.` +
        `${p.suggestion ? ` Without it, it reads "${p.suggestion}".` : ''}`,
    },
  },
  supersedes: ['rule-control-char', 'rule-invisible-char'],
  check: {
    initiative({ initiative, manifest: m, report }) {
      const data = classicInitiative(initiative.data);
      const divisions = divisionCandidates(m);
      const check = (path: Segs, ref: string | undefined) => {
        if (ref === undefined || divisions.includes(ref)) return;
        const hidden = firstHidden(ref);
        if (hidden) {
          const cleaned = ref.replace(HIDDEN, '');
          report({
            code: 'rule-division-hidden-char',
            path,
            params: {
              value: ref,
              codePoint: hidden.ch.codePointAt(0)!,
              ...(divisions.includes(cleaned) ? { suggestion: cleaned } : {}),
            },
            start: positionOfChar(initiative.source, path, hidden.ch).start,
          });
          return;
        }
        const [department, division] = ref.split('/');
        const sameDivision = divisions.filter((c) => c.endsWith(`/${division}`));
        const guess = sameDivision.length === 1 ? sameDivision[0] : suggest(ref, divisions);
        const known = m.departments.some((x) => x.name === department);
        report({
          code: known ? 'rule-unknown-division' : 'rule-unknown-department',
          path,
          params: { value: ref, department, ...(guess ? { suggestion: guess } : {}) },
        });
      };
      check(['division'], initiative.data.division);
      (data.coDivisions ?? []).forEach((ref, k) => {
        check(['coDivisions', k], ref);
      });
      data.items.forEach((item, i) => {
        check(['items', i, 'division'], item.division);
      });
      // The verification rows' 担当課 print in 別表2 only.
      if (!m.tables)
        data.verification.forEach((row, i) => {
          check(['verification', i, 'division'], row.division);
        });
    },
  },
});
