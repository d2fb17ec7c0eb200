import { describe, expect, it } from 'vitest';
import { parseRichText, richTextToPlainLines } from '../src/model/richtext.js';

describe('rich text', () => {
  it('recognises headings, bullets, nesting, centred and plain lines', () => {
    const lines = parseRichText(
      '<組織体制・運営の検討>\n・各部局との意見交換\n  新規採用職員研修(4月)\n    ・深い項目\n^ ↓\n令和元年度 8,457 件\n＜全角見出し＞\n',
    );
    expect(lines).toEqual([
      { kind: 'heading', level: 0, text: '<組織体制・運営の検討>' },
      { kind: 'bullet', level: 0, text: '・各部局との意見交換' },
      { kind: 'plain', level: 1, text: '新規採用職員研修(4月)' },
      { kind: 'bullet', level: 2, text: '・深い項目' },
      { kind: 'center', level: 0, text: '↓' },
      { kind: 'plain', level: 0, text: '令和元年度 8,457 件' },
      { kind: 'heading', level: 0, text: '＜全角見出し＞' },
    ]);
  });

  it('counts a full-width space as one level and accepts CRLF', () => {
    expect(parseRichText('\u3000・項目\r\n次')).toEqual([
      { kind: 'bullet', level: 1, text: '・項目' },
      { kind: 'plain', level: 0, text: '次' },
    ]);
  });

  it('keeps markup as text: nothing is interpreted as HTML', () => {
    const [line] = parseRichText('<script>alert(1)</script>');
    expect(line.text).toBe('<script>alert(1)</script>');
  });

  it('gives plain lines for cells and CSV, indentation as full-width spaces', () => {
    expect(richTextToPlainLines(parseRichText('・a\n  b'))).toEqual(['・a', '\u3000b']);
  });
});
