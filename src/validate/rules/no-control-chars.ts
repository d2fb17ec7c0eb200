/**
 * No control character (ESC, BEL, a vertical tab…) in any text or key of any file: it cannot be printed and may
 * act on a terminal. Reported at the character's own line and column and named, so that a clerk can find it.
 */
import { defineRule } from '../rule.js';
import { CONTROL } from '../../diagnostics/visible.js';
import { positionOfChar, positionOfKeyChar } from '../text.js';
import { charNameOf, moreOf, walkStrings, withArticle } from './shared.js';

export default defineRule({
  name: 'no-control-chars',
  description: 'no text or key holds a control character',
  severity: 'error',
  messages: {
    'rule-control-char': {
      ja: (p) =>
        `${charNameOf(p.codePoint, 'ja')}が含まれています${moreOf(p.count, 'ja')}。目に見えない制御文字は表に印刷` +
        'できません。コピーしたときに紛れ込んだものを削除してください。',
      en: (p) =>
        `The text contains ${withArticle(charNameOf(p.codePoint, 'en'))}${moreOf(p.count, 'en')}. Invisible control ` +
        'characters cannot be printed; remove it (it usually comes with copy and paste).',
    },
  },
  check: {
    file({ file: { source, data }, report }) {
      walkStrings(
        data,
        [],
        (value, path, isKey) => {
          const m = CONTROL.exec(value);
          if (!m) return;
          const ch = m[0];
          const { start } = isKey ? positionOfKeyChar(source, path, ch) : positionOfChar(source, path, ch);
          const count = [...value].filter((c) => CONTROL.test(c)).length;
          report({ code: 'rule-control-char', path, start, params: { codePoint: ch.codePointAt(0)!, count } });
        },
        true,
      );
    },
  },
});
