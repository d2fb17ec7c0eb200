/**
 * Rich text as office staff write it in YAML: one line per paragraph or bullet.
 *   ・text        a bullet (the ・ is kept as printed); so is a paragraph that opens with ○, ◎, ●, ◇, ◆, □, ■
 *                 or ※ (○全庁的な…): its wrapped lines hang under its text, not under the mark
 *   <見出し> / ＜見出し＞   a sub-heading line
 *   ^ text        a centred line (the caret is not printed)
 *   leading spaces (two per level, full-width space counts as two) indent a line
 * Everything is text: no markup reaches HTML unescaped.
 */
export type RichLineKind = 'heading' | 'bullet' | 'plain' | 'center' | 'blank';

export interface RichLine {
  kind: RichLineKind;
  /** Indentation level, 0 at the margin. */
  level: number;
  /** The printed text (bullet mark included, caret of a centred line removed). */
  text: string;
}

const HEADING = /^[<＜].*[>＞]$/u;
/** The marks that open a bullet or a paragraph with a hanging indent. */
const BULLET = /^[・○◯◎●◇◆□■※]/u;

export function parseRichText(source: string | undefined): RichLine[] {
  if (source === undefined) return [];
  const lines = source.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return lines.map((raw): RichLine => {
    const indent = /^[ \u3000]*/.exec(raw)![0];
    const width = [...indent].reduce((n, ch) => n + (ch === '\u3000' ? 2 : 1), 0);
    const level = Math.floor(width / 2);
    const body = raw.slice(indent.length).trimEnd();
    if (body === '') return { kind: 'blank', level: 0, text: '' };
    if (body.startsWith('^ ') || body === '^') return { kind: 'center', level, text: body.slice(2).trim() };
    if (BULLET.test(body)) return { kind: 'bullet', level, text: body };
    if (HEADING.test(body)) return { kind: 'heading', level, text: body };
    return { kind: 'plain', level, text: body };
  });
}

/** The text as lines for plain-text outputs (Excel cells, CSV): indentation kept as full-width spaces. */
export function richTextToPlainLines(lines: RichLine[]): string[] {
  return lines.map((l) => '\u3000'.repeat(l.level) + l.text);
}
