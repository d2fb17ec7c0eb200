/** Control and invisible characters are reported at their own line and column, written raw or as escapes. */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/load/source.js';
import { offsetOfChar } from '../src/validate/text.js';
import { runRules } from '../src/validate/run.js';
import noControlChars from '../src/validate/rules/no-control-chars.js';
import noInvisibleChars from '../src/validate/rules/no-invisible-chars.js';
import type { Initiative } from '../src/model/schema-types.js';
import { decodeText } from '../src/load/read.js';

// The two text rules on any file, valid against the schema or not (they look at every text and key).
const check = (yaml: string) => {
  const { source } = parseSource(yaml, 'x.yaml', 'x.yaml');
  expect(source).toBeDefined();
  const initiatives = [{ source: source!, data: source!.value as Initiative }];
  return runRules({ initiatives, initiativeFiles: [], unreadable: 0 }, [noControlChars, noInvisibleChars]).sort(
    (a, b) => a.start.line - b.start.line || a.start.column - b.start.column,
  );
};

describe('the position of a character', () => {
  it('finds a raw character and a double-quoted escape', () => {
    expect(offsetOfChar('"ab\\x07c"', '\x07')).toBe(3);
    expect(offsetOfChar('"ab\\ac"', '\x07')).toBe(3);
    expect(offsetOfChar('ab\u200bc', '\u200b')).toBe(2);
    expect(offsetOfChar('"\\u200B"', '\u200b')).toBe(1);
  });
  it('reports the line and column of the character, not of the value', () => {
    const d = check('number: 1\ntitle: 協創\u200bによる\nplans:\n  2019: |\n    一行目\n    二行\x0b目\n');
    expect(d.map((x) => [x.code, x.start.line, x.start.column, x.severity])).toEqual([
      ['rule-invisible-char', 2, 10, 'warning'],
      ['rule-control-char', 6, 7, 'error'],
    ]);
    expect(d[1].params.codePoint).toBe(0x0b);
  });
  it('an escape in double quotes is pointed at', () => {
    const d = check('title: "abc\\e[2J"\n');
    expect(d[0]).toMatchObject({
      code: 'rule-control-char',
      start: { line: 1, column: 12 },
      params: { codePoint: 0x1b },
    });
  });
  it('a key holding a control character', () => {
    const d = check('ti\x07tle: x\n');
    expect(d[0]).toMatchObject({ code: 'rule-control-char', start: { line: 1, column: 3 } });
  });
});

describe('decodeText positions', () => {
  it('an invalid byte and a NUL at their own line and column', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: 日本'), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(decodeText(bytes)).toMatchObject({
      code: 'encoding-invalid-byte',
      start: { line: 2, column: 6 },
      params: { byte: 'FF' },
    });
    expect(decodeText(Buffer.from('a: 1\nbb\0\n'))).toMatchObject({
      code: 'encoding-nul',
      start: { line: 2, column: 3 },
    });
  });
});
