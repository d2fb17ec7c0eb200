/**
 * A warning for 〜 (U+301C WAVE DASH): Japanese screen readers (NVDA) do not read it aloud; ～ (U+FF5E) is read
 * and prints the same. A warning, not an error: the report stays valid.
 */
import { defineRule } from '../rule.js';
import { positionOfChar } from '../text.js';
import { walkStrings } from './shared.js';

export default defineRule({
  name: 'wave-dash',
  description: 'texts use ～ (U+FF5E) rather than 〜 (U+301C) (a warning)',
  severity: 'warning',
  messages: {
    'rule-wave-dash': {
      ja: () =>
        '「〜」（波ダッシュ U+301C）は読み上げソフト（NVDA など）で読まれません。' +
        '全角のチルダ「～」（U+FF5E）に置き換えてください（印刷の見た目は同じです）。',
      en: () =>
        'The WAVE DASH (U+301C) is not read aloud by Japanese screen readers such as NVDA. ' +
        'Use the FULLWIDTH TILDE (U+FF5E) instead: it prints the same.',
    },
  },
  check: {
    file({ file: { source, data }, report }) {
      walkStrings(data, [], (value, path) => {
        // At the character's own line and column (inside a block scalar too), not at the value's start.
        if (value.includes('\u301C'))
          report({ code: 'rule-wave-dash', path, start: positionOfChar(source, path, '\u301C').start });
      });
    },
  },
});
