/**
 * A warning for invisible characters (zero-width spaces, bidi controls) in any text or key: equal-looking texts
 * then differ. At the character's own line and column; a value with a control character is left to
 * no-control-chars.
 */
import { defineRule } from '../rule.js';
import { CONTROL, INVISIBLE } from '../../diagnostics/visible.js';
import { positionOfChar, positionOfKeyChar } from '../text.js';
import { charNameOf, moreOf, walkStrings, withArticle } from './shared.js';

export default defineRule({
  name: 'no-invisible-chars',
  description: 'no text or key holds an invisible character (a warning)',
  severity: 'warning',
  messages: {
    'rule-invisible-char': {
      ja: (p) =>
        `${charNameOf(p.codePoint, 'ja')}が含まれています${moreOf(p.count, 'ja')}。目に見えない文字で、同じに見える` +
        '文字列が別のものになります。意図したものでなければ削除してください。',
      en: (p) =>
        `The text contains ${withArticle(charNameOf(p.codePoint, 'en'))}${moreOf(p.count, 'en')}: an invisible ` +
        'character that makes equal-looking texts differ. Remove it unless it is intended.',
    },
  },
  check: {
    file({ file: { source, data }, report }) {
      walkStrings(
        data,
        [],
        (value, path, isKey) => {
          if (CONTROL.test(value)) return;
          const m = INVISIBLE.exec(value);
          if (!m) return;
          const ch = m[0];
          const { start } = isKey ? positionOfKeyChar(source, path, ch) : positionOfChar(source, path, ch);
          const count = [...value].filter((c) => INVISIBLE.test(c)).length;
          report({ code: 'rule-invisible-char', path, start, params: { codePoint: ch.codePointAt(0)!, count } });
        },
        true,
      );
    },
  },
});
