/**
 * A warning for a character that no shipped font draws (it may print as □ on a reader's machine), at the
 * character itself, in any text of any file: the manifest's texts land in every page's title and heading too.
 */
import { defineRule } from '../rule.js';
import { locate } from '../../load/locate.js';
import { charactersWithoutGlyph } from '../../fonts/shipped.js';
import { walkStrings } from './shared.js';

const codePointLabel = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export default defineRule({
  name: 'no-glyph',
  description: 'every character of the texts is in a shipped font (a warning)',
  severity: 'warning',
  messages: {
    'rule-no-glyph': {
      ja: (p) =>
        `「${p.char}」（${p.codePoint}）は同梱のフォント（BIZ UDPゴシック、Noto Sans JP）にない文字です。` +
        '見る人のパソコンによっては □ になるため、別の文字に置き換えてください。',
      en: (p) =>
        `"${p.char}" (${p.codePoint}) is in none of the bundled fonts (BIZ UDPGothic, Noto Sans JP) and may print ` +
        'as an empty box. Replace it.',
    },
  },
  check: {
    file({ file: { source, data }, report }) {
      walkStrings(data, [], (value, path) => {
        for (const ch of charactersWithoutGlyph(value)) {
          const node = locate(source, path).node;
          const at = node?.range ? source.text.indexOf(ch, node.range[0]) : -1;
          const pos = at >= 0 && node?.range && at < node.range[1] ? source.lineCounter.linePos(at) : undefined;
          report({
            code: 'rule-no-glyph',
            path,
            params: { char: ch, codePoint: codePointLabel(ch) },
            ...(pos ? { start: { line: pos.line, column: pos.col } } : {}),
          });
        }
      });
    },
  },
});
