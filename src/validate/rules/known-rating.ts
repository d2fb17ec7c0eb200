/**
 * An initiative's rating is a level code of its scale. Someone may write the level's name (達成) or symbol (◎)
 * instead of its code: the code is suggested.
 */
import { defineRule } from '../rule.js';
import { suggest } from '../suggest.js';
import { maybeEn, maybeJa } from './shared.js';

export default defineRule({
  name: 'known-rating',
  description: 'each rating is a level code of the rating scale it is written under',
  severity: 'error',
  messages: {
    'fmt-unknown-rating': {
      ja: (p) => `評価「${p.value}」は尺度「${p.scale}」の段階にありません。書ける記号: ${p.allowed}。${maybeJa(p)}`,
      en: (p) => `Rating "${p.value}" is not a level of the scale "${p.scale}". Allowed: ${p.allowedEn}.${maybeEn(p)}`,
    },
  },
  check: {
    initiative({ initiative: { data }, manifest: m, report }) {
      const scales = m.ratingScales ?? [];
      for (const [period, byScale] of Object.entries(data.ratings ?? {})) {
        for (const [scaleId, code] of Object.entries(byScale)) {
          const scale = scales.find((s) => s.id === scaleId);
          // An unknown scale is known-references' to report.
          if (!scale) continue;
          const codes = scale.levels.map((l) => l.code);
          if (codes.includes(code)) continue;
          const byName = scale.levels.find((l) => l.label === code || l.symbol === code || l.text === code);
          const guess =
            byName?.code ??
            suggest(code, codes) ??
            suggest(
              code,
              scale.levels.map((l) => l.label),
            );
          const guessCode = scale.levels.find((l) => l.code === guess || l.label === guess)?.code;
          report({
            code: 'fmt-unknown-rating',
            path: ['ratings', period, scaleId],
            params: {
              value: code,
              scale: scale.title,
              allowed: scale.levels.map((l) => `${l.code}（${l.label}）`).join(', '),
              allowedEn: scale.levels.map((l) => `${l.code} (${l.label})`).join(', '),
              ...(guessCode ? { suggestion: guessCode } : {}),
            },
          });
        }
      }
    },
  },
});
