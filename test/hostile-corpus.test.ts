/**
 * A corpus of bad and nasty inputs: each case is the sample report with one defect, made in a temp
 * directory from the table below. For each: the exit code is 0 or 1, there is no stack trace, the
 * defect is reported at its own file and line with the expected message, no raw control or invisible
 * character from the input reaches any output stream (asserted on the bytes, in text, json and github
 * formats and through build), and fmt leaves a file it cannot parse byte for byte as it was.
 */
import { describe, expect, it } from 'vitest';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySample, runCli, tempDir } from './helpers.js';

type Mutation = (text: string) => string | Buffer;
interface Case {
  name: string;
  /** The file with the defect, relative to the report directory. */
  file: string;
  mutate: Mutation;
  exit: 0 | 1;
  line: number;
  /** Matched against `code message` of a diagnostic at that file and line (json format). */
  pattern: RegExp;
  /** fmt cannot parse the file: it must leave it byte for byte. */
  unparsable?: boolean;
  /** Extra setup in the report directory (file names, links). */
  setup?: (data: string) => Promise<void>;
}

const I = 'initiatives/02.yaml';
const M = 'report.yaml';
const lines = (t: string) => t.split('\n');
/** Replaces line n (1-based). */
const setLine =
  (n: number, to: string): Mutation =>
  (t) =>
    lines(t)
      .map((l, i) => (i === n - 1 ? to : l))
      .join('\n');
/** Replaces the value of the line n (after "key: "). */
const setValue =
  (n: number, value: string): Mutation =>
  (t) =>
    lines(t)
      .map((l, i) => (i === n - 1 ? l.replace(/^(\s*(?:- )?[A-Za-z0-9]+:) .*$/, `$1 ${value}`) : l))
      .join('\n');
const insertAfter =
  (n: number, text: string): Mutation =>
  (t) => {
    const ls = lines(t);
    ls.splice(n, 0, text);
    return ls.join('\n');
  };
const bytes = (f: (t: string) => Buffer): Mutation => f;
const sjis = Buffer.from([0x94, 0xd4, 0x8d, 0x86, 0x3a, 0x20, 0x32, 0x0a, 0x8f, 0xcd, 0x3a, 0x20, 0x49, 0x0a]);
/** 「番号: 2」 in EUC-JP, then 「章: 一」. */
const eucjp = Buffer.from([0xc8, 0xd6, 0xb9, 0xe6, 0x3a, 0x20, 0x32, 0x0a, 0xbe, 0xcf, 0x3a, 0x20, 0xb0, 0xec, 0x0a]);
/** 「表題: 番号」 in ISO-2022-JP. */
const jis = Buffer.from('title: \x1b$BHV9f\x1b(B\nnumber: 2\n', 'latin1');
const withBytesAt =
  (n: number, inject: number[]): Mutation =>
  (t) => {
    const ls = lines(t);
    const before = Buffer.from(ls.slice(0, n - 1).join('\n') + '\n' + ls[n - 1].slice(0, 7), 'utf8');
    const after = Buffer.from(ls[n - 1].slice(7) + '\n' + ls.slice(n).join('\n'), 'utf8');
    return Buffer.concat([before, Buffer.from(inject), after]);
  };

const ESC_TITLE = 'a\x1b]0;pwned\x07\x1b[2J\x1b[8mhidden';

const cases: Case[] = [
  // Terminal injection and control characters, raw in the initiative.
  {
    name: 'ESC sequences raw in a title',
    file: I,
    mutate: setValue(4, `"${ESC_TITLE}"`),
    exit: 1,
    line: 4,
    pattern: /control-char|yaml-/,
  },
  {
    name: 'ESC sequences raw in a plain title',
    file: I,
    mutate: setValue(4, ESC_TITLE),
    exit: 1,
    line: 4,
    pattern: /control-char|yaml-/,
  },
  {
    name: 'BEL raw in a title',
    file: I,
    mutate: setValue(4, 'ベル\x07の表題'),
    exit: 1,
    line: 4,
    pattern: /control-char|yaml-/,
  },
  {
    name: 'vertical tab raw in a title',
    file: I,
    mutate: setValue(4, '垂直\x0bタブ'),
    exit: 1,
    line: 4,
    pattern: /垂直タブ|yaml-/,
  },
  {
    name: 'form feed raw in a title',
    file: I,
    mutate: setValue(4, '改\x0cページ'),
    exit: 1,
    line: 4,
    pattern: /改ページ|yaml-/,
  },
  {
    name: 'backspace raw in a title',
    file: I,
    mutate: setValue(4, 'ab\x08c'),
    exit: 1,
    line: 4,
    pattern: /control-char|yaml-/,
  },
  {
    name: 'DEL raw in a title',
    file: I,
    mutate: setValue(4, 'del\x7fx'),
    exit: 1,
    line: 4,
    pattern: /control-char|yaml-/,
  },
  {
    name: 'C1 CSI raw in a title',
    file: I,
    mutate: setValue(4, 'csi\u009b2Jx'),
    exit: 1,
    line: 4,
    pattern: /control-char|yaml-/,
  },
  {
    name: 'CR in the middle of a title',
    file: I,
    mutate: setValue(4, 'before\rafter'),
    exit: 1,
    line: 4,
    pattern: /control-char|yaml-|CR/,
  },
  {
    name: 'ESC in a block scalar line',
    file: I,
    mutate: setLine(24, '    ・研修\x1b[2Jの周知'),
    exit: 1,
    line: 24,
    pattern: /control-char|yaml-/,
  },
  {
    name: 'vertical tab inside a block, named at its own line',
    file: I,
    mutate: setLine(25, '    <オール\x0bインワン>'),
    exit: 1,
    line: 25,
    pattern: /垂直タブ（U\+000B）|yaml-/,
  },
  // The same written as escapes in double quotes.
  {
    name: 'escaped ESC in a quoted title',
    file: I,
    mutate: setValue(4, '"x\\e[2J\\e]0;t\\a"'),
    exit: 1,
    line: 4,
    pattern: /control-char/,
  },
  {
    name: 'escaped BEL in a quoted title',
    file: I,
    mutate: setValue(4, '"bell\\x07"'),
    exit: 1,
    line: 4,
    pattern: /ベル文字/,
  },
  { name: 'escaped vertical tab', file: I, mutate: setValue(4, '"v\\vt"'), exit: 1, line: 4, pattern: /垂直タブ/ },
  { name: 'escaped C1', file: I, mutate: setValue(4, '"c1\\u009b"'), exit: 1, line: 4, pattern: /control-char/ },
  { name: 'escaped CR', file: I, mutate: setValue(4, '"a\\rb"'), exit: 1, line: 4, pattern: /復帰文字/ },
  { name: 'escaped NUL', file: I, mutate: setValue(4, '"a\\0b"'), exit: 1, line: 4, pattern: /NUL/ },
  {
    name: 'control character in a verification reason',
    file: I,
    mutate: setValue(40, '"理由\\x1b[31m"'),
    exit: 1,
    line: 40,
    pattern: /control-char/,
  },
  {
    name: 'control character in a phase label',
    file: I,
    mutate: setValue(11, '"検\\x07討"'),
    exit: 1,
    line: 11,
    pattern: /control-char/,
  },
  // The manifest: one rule for text.
  {
    name: 'ESC in the manifest title',
    file: M,
    mutate: setValue(2, `"${ESC_TITLE}"`),
    exit: 1,
    line: 2,
    pattern: /control-char|yaml-/,
  },
  {
    name: 'vertical tab in the organisation',
    file: M,
    mutate: setValue(3, '"三重\\v県"'),
    exit: 1,
    line: 3,
    pattern: /垂直タブ/,
  },
  {
    name: 'BEL in the organisation',
    file: M,
    mutate: setValue(3, '"三重\\a県"'),
    exit: 1,
    line: 3,
    pattern: /ベル文字/,
  },
  {
    name: 'raw BEL in the manifest title',
    file: M,
    mutate: setValue(2, '表題\x07'),
    exit: 1,
    line: 2,
    pattern: /control-char|yaml-/,
  },
  {
    name: 'control character in a section title',
    file: M,
    mutate: setValue(22, '"協創\\x1b[8m"'),
    exit: 1,
    line: 22,
    pattern: /control-char/,
  },
  {
    name: 'zero-width space in the organisation (warning)',
    file: M,
    mutate: setValue(3, '三重\u200b県'),
    exit: 0,
    line: 3,
    pattern: /invisible-char.*ゼロ幅スペース（U\+200B）/,
  },
  // Invisible characters.
  {
    name: 'zero-width space in a title (warning)',
    file: I,
    mutate: setValue(4, '協創\u200bによる'),
    exit: 0,
    line: 4,
    pattern: /ゼロ幅スペース（U\+200B）/,
  },
  {
    name: 'right-to-left override in a title (warning)',
    file: I,
    mutate: setValue(4, 'abc\u202edef'),
    exit: 0,
    line: 4,
    pattern: /書字方向の制御文字（U\+202E）/,
  },
  {
    name: 'BOM in the middle of a text (warning)',
    file: I,
    mutate: setValue(4, '協創\ufeffによる'),
    exit: 0,
    line: 4,
    pattern: /U\+FEFF/,
  },
  {
    name: 'zero-width joiner in a phase label (warning)',
    file: I,
    mutate: setValue(11, '検\u200d討'),
    exit: 0,
    line: 11,
    pattern: /ゼロ幅接合子/,
  },
  {
    name: 'zero-width space in 担当課',
    file: I,
    mutate: setValue(6, '総務部/行財政改革\u200b推進課'),
    exit: 1,
    line: 6,
    pattern: /ゼロ幅スペース（U\+200B）.*総務部\/行財政改革推進課/,
  },
  {
    name: 'bidi control in 担当課',
    file: I,
    mutate: setValue(6, '総務部/\u2066行財政改革推進課'),
    exit: 1,
    line: 6,
    pattern: /division-hidden-char/,
  },
  {
    name: 'ESC in a key',
    file: I,
    mutate: insertAfter(5, 'bad\x1b[2Jkey: 1'),
    exit: 1,
    line: 6,
    pattern: /unknown-key|yaml-|control/,
  },
  {
    name: 'zero-width space in a key',
    file: I,
    mutate: setLine(4, 'tit\u200ble: 表題'),
    exit: 1,
    line: 4,
    pattern: /unknown-key/,
  },
  {
    name: 'ESC in a section value',
    file: I,
    mutate: setValue(3, '"I\\e[2J"'),
    exit: 1,
    line: 3,
    pattern: /schema-pattern|control/,
  },
  // Encodings and line endings.
  {
    name: 'Shift_JIS file',
    file: I,
    mutate: () => sjis,
    exit: 1,
    line: 1,
    pattern: /encoding-detected.*Shift_JIS/,
    unparsable: true,
  },
  {
    name: 'EUC-JP file',
    file: I,
    mutate: () => eucjp,
    exit: 1,
    line: 1,
    pattern: /encoding-detected.*EUC-JP/,
    unparsable: true,
  },
  {
    name: 'ISO-2022-JP file',
    file: I,
    mutate: () => jis,
    exit: 1,
    line: 1,
    pattern: /encoding-detected.*ISO-2022-JP/,
    unparsable: true,
  },
  {
    name: 'UTF-16LE with BOM',
    file: I,
    mutate: bytes((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])),
    exit: 1,
    line: 1,
    pattern: /UTF-16LE/,
    unparsable: true,
  },
  {
    name: 'UTF-16BE with BOM',
    file: I,
    mutate: bytes((t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])),
    exit: 1,
    line: 1,
    pattern: /UTF-16BE/,
    unparsable: true,
  },
  {
    name: 'UTF-16LE without BOM',
    file: I,
    mutate: bytes((t) => Buffer.from(t, 'utf16le')),
    exit: 1,
    line: 1,
    pattern: /UTF-16LE/,
    unparsable: true,
  },
  {
    name: 'UTF-32LE',
    file: I,
    mutate: bytes((t) =>
      Buffer.concat(
        [...t].map((c) => {
          const b = Buffer.alloc(4);
          b.writeUInt32LE(c.codePointAt(0)!);
          return b;
        }),
      ),
    ),
    exit: 1,
    line: 1,
    pattern: /UTF-32LE/,
    unparsable: true,
  },
  {
    name: 'manifest in Shift_JIS',
    file: M,
    mutate: () => sjis,
    exit: 1,
    line: 1,
    pattern: /Shift_JIS/,
    unparsable: true,
  },
  {
    name: 'one invalid byte on line 4',
    file: I,
    mutate: withBytesAt(4, [0xff]),
    exit: 1,
    line: 4,
    pattern: /encoding-invalid-byte.*0xFF/,
    unparsable: true,
  },
  {
    name: 'a cp1252 smart quote on line 4',
    file: I,
    mutate: withBytesAt(4, [0x93]),
    exit: 1,
    line: 4,
    pattern: /cp1252/,
    unparsable: true,
  },
  {
    name: 'a NUL on line 4',
    file: I,
    mutate: withBytesAt(4, [0x00]),
    exit: 1,
    line: 4,
    pattern: /encoding-nul/,
    unparsable: true,
  },
  {
    name: 'a truncated UTF-8 character on line 6',
    file: I,
    mutate: withBytesAt(6, [0xe7, 0xb7]),
    exit: 1,
    line: 6,
    pattern: /encoding-invalid-byte/,
    unparsable: true,
  },
  {
    name: 'an invalid byte in the manifest line 3',
    file: M,
    mutate: withBytesAt(3, [0xc0]),
    exit: 1,
    line: 3,
    pattern: /encoding-invalid-byte/,
    unparsable: true,
  },
  {
    name: 'an English file with cp1252 quotes only',
    file: I,
    mutate: () => Buffer.from('number: 2\nsection: I\ntitle: \x93quoted\x94\n', 'latin1'),
    exit: 1,
    line: 3,
    pattern: /cp1252/,
    unparsable: true,
  },
  {
    name: 'CR-only line endings',
    file: I,
    mutate: (t) => t.replace(/\n/g, '\r'),
    exit: 1,
    line: 1,
    pattern: /yaml-cr-only/,
    unparsable: true,
  },
  {
    name: 'CR-only line endings in the manifest',
    file: M,
    mutate: (t) => t.replace(/\n/g, '\r'),
    exit: 1,
    line: 1,
    pattern: /yaml-cr-only/,
    unparsable: true,
  },
  // Indentation and syntax.
  {
    name: 'tab indentation',
    file: I,
    mutate: setLine(8, '\t- label: x'),
    exit: 1,
    line: 8,
    pattern: /TAB|タブ/,
    unparsable: true,
  },
  {
    name: 'no-break space indentation',
    file: I,
    mutate: (t) => setLine(9, '\u00a0\u00a0\u00a0\u00a0schedule:')(t),
    exit: 1,
    line: 9,
    pattern: /ノーブレークスペース/,
    unparsable: true,
  },
  {
    name: 'full-width space indentation',
    file: I,
    mutate: setLine(9, '\u3000\u3000schedule:'),
    exit: 1,
    line: 9,
    pattern: /全角スペース|yaml-/,
    unparsable: true,
  },
  {
    name: 'unclosed quote',
    file: I,
    mutate: setValue(4, '"unclosed'),
    exit: 1,
    line: 4,
    pattern: /yaml-/,
    unparsable: true,
  },
  {
    name: 'unclosed bracket',
    file: I,
    mutate: setValue(4, '[broken'),
    exit: 1,
    line: 4,
    pattern: /yaml-/,
    unparsable: true,
  },
  {
    name: 'bad indentation',
    file: I,
    mutate: setLine(5, ' achievedIn: 2017'),
    exit: 1,
    line: 5,
    pattern: /yaml-/,
    unparsable: true,
  },
  {
    name: 'duplicate key',
    file: I,
    mutate: insertAfter(4, 'title: again'),
    exit: 1,
    line: 5,
    pattern: /DUPLICATE_KEY/,
    unparsable: true,
  },
  {
    name: 'anchor and alias',
    file: I,
    mutate: setValue(4, '&a 表題'),
    exit: 1,
    line: 4,
    pattern: /yaml-alias/,
    unparsable: true,
  },
  {
    name: 'custom tag',
    file: I,
    mutate: setValue(4, '!!js/function "x"'),
    exit: 1,
    line: 4,
    pattern: /TAG/,
    unparsable: true,
  },
  {
    name: 'two documents',
    file: I,
    mutate: insertAfter(5, '---'),
    exit: 1,
    line: 6,
    pattern: /MULTIPLE_DOCS/,
    unparsable: true,
  },
  {
    name: 'a complex key',
    file: I,
    mutate: insertAfter(5, '? [a, b]\n: 1'),
    exit: 1,
    line: 6,
    pattern: /complex-key/,
    unparsable: true,
  },
  {
    name: 'an empty file',
    file: I,
    mutate: () => '# nothing\n',
    exit: 1,
    line: 1,
    pattern: /empty-file/,
    unparsable: true,
  },
  // Values.
  { name: 'a quoted number', file: I, mutate: setValue(2, '"2"'), exit: 1, line: 2, pattern: /文字列として書かれて/ },
  { name: 'a word for a number', file: I, mutate: setValue(2, 'two'), exit: 1, line: 2, pattern: /schema-type/ },
  {
    name: 'a boolean written as yes',
    file: I,
    mutate: insertAfter(40, '    reasonSharedWithAbove: yes'),
    exit: 1,
    line: 41,
    pattern: /true または false を書いて/,
  },
  {
    name: 'null where a title is expected',
    file: I,
    mutate: setLine(4, 'title:'),
    exit: 1,
    line: 4,
    pattern: /schema-type/,
  },
  {
    name: 'a list where a text is expected',
    file: I,
    mutate: setValue(4, '[a, b]'),
    exit: 1,
    line: 4,
    pattern: /schema-type/,
  },
  { name: 'unknown key', file: I, mutate: insertAfter(5, 'bogus: 1'), exit: 1, line: 6, pattern: /unknown-key/ },
  { name: 'required key missing', file: I, mutate: setLine(4, '# no title'), exit: 1, line: 2, pattern: /required/ },
  {
    name: 'full-width slash in 担当課',
    file: I,
    mutate: setValue(6, '総務部／行財政改革推進課'),
    exit: 1,
    line: 6,
    pattern: /division-format/,
  },
  {
    name: 'unknown 担当課',
    file: I,
    mutate: setValue(6, '総務部/人事科'),
    exit: 1,
    line: 6,
    pattern: /unknown-division/,
  },
  { name: 'unknown section', file: I, mutate: setValue(3, 'IV'), exit: 1, line: 3, pattern: /unknown-section/ },
  {
    name: 'duplicate number',
    file: I,
    mutate: setValue(2, '1'),
    exit: 1,
    line: 2,
    pattern: /duplicate-number|number-gap/,
  },
  {
    name: 'year outside the plan',
    file: I,
    mutate: setValue(5, '2030'),
    exit: 1,
    line: 5,
    pattern: /year-outside-plan/,
  },
  { name: 'a negative year', file: I, mutate: setValue(12, '-1'), exit: 1, line: 12, pattern: /schema-minimum/ },
  { name: 'a huge number', file: I, mutate: setValue(2, '1e400'), exit: 1, line: 2, pattern: /schema-/ },
  {
    name: 'deep nesting',
    file: I,
    mutate: insertAfter(5, `deep: ${'['.repeat(5000)}${']'.repeat(5000)}`),
    exit: 1,
    line: 6,
    pattern: /yaml-|unknown-key/,
  },
  {
    name: 'a very long line with an ESC at its end',
    file: I,
    mutate: setValue(4, `"${'長'.repeat(3000)}\\e[2J"`),
    exit: 1,
    line: 4,
    pattern: /control-char|maxLength/,
  },
  // 3,000 unknown keys: test/messages-cap.test.ts (messages capped per file).
  // File names and file types.
  {
    name: 'a file name with an ESC sequence',
    file: 'initiatives/\x1b[2J\x1b]0;x\x07.yaml',
    mutate: () => '# nothing\n',
    exit: 1,
    line: 1,
    pattern: /empty-file/,
    unparsable: true,
  },
  {
    name: 'a file name with a bidi override',
    file: 'initiatives/\u202egnp.yaml',
    mutate: () => '# nothing\n',
    exit: 1,
    line: 1,
    pattern: /empty-file/,
    unparsable: true,
  },
  {
    name: 'a symbolic link among the initiatives',
    file: 'initiatives/link.yaml',
    mutate: () => '',
    exit: 1,
    line: 1,
    pattern: /not-a-regular-file/,
    setup: async (data) => {
      await rm(path.join(data, 'initiatives/link.yaml'), { force: true });
      await symlink('/etc/passwd', path.join(data, 'initiatives/link.yaml'));
    },
  },
  {
    name: 'a directory named like an initiative',
    file: 'initiatives/dir.yaml',
    mutate: () => '',
    exit: 1,
    line: 1,
    pattern: /not-a-regular-file/,
    setup: async (data) => {
      await rm(path.join(data, 'initiatives/dir.yaml'), { force: true });
      await mkdir(path.join(data, 'initiatives/dir.yaml'));
    },
  },
];

/** Raw control or invisible characters, as UTF-8 bytes (tab and line feed allowed). */
function rawHidden(out: string): string | undefined {
  const b = Buffer.from(out, 'utf8');
  for (let i = 0; i < b.length; i++) {
    const x = b[i];
    if ((x < 0x20 && x !== 0x09 && x !== 0x0a) || x === 0x7f) return `byte 0x${x.toString(16)} at ${i}`;
    if (x === 0xc2 && b[i + 1] >= 0x80 && b[i + 1] <= 0xa0) return `C1/NBSP at ${i}`;
    if (
      x === 0xe2 &&
      b[i + 1] === 0x80 &&
      ((b[i + 2] >= 0x8b && b[i + 2] <= 0x8f) || (b[i + 2] >= 0xaa && b[i + 2] <= 0xae))
    )
      return `zero-width/bidi at ${i}`;
    if (x === 0xe2 && b[i + 1] === 0x81 && b[i + 2] >= 0xa6 && b[i + 2] <= 0xa9) return `bidi isolate at ${i}`;
    if (x === 0xef && b[i + 1] === 0xbb && b[i + 2] === 0xbf) return `BOM at ${i}`;
  }
  return undefined;
}

const STACK = /\n\s+at .+:\d+:\d+\)?\n/;

describe('a corpus of bad and nasty inputs', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const { dir, cleanup } = await tempDir('reform-corpus-');
      try {
        const data = await copySample(dir);
        const target = path.join(data, c.file);
        if (c.setup) await c.setup(data);
        else await writeFile(target, c.mutate(await readFile(target, 'utf8').catch(() => '')));
        const before = c.setup ? undefined : await readFile(target);
        const shown = path.join('data', c.file);

        const runs = {
          text: await runCli(['validate'], { cwd: dir }),
          json: await runCli(['validate', '--format', 'json'], { cwd: dir }),
          github: await runCli(['validate', '--format', 'github'], { cwd: dir }),
          en: await runCli(['validate', '--lang', 'en'], { cwd: dir }),
          build: await runCli(['build', '--no-pdf', '--out', path.join(dir, 'out')], { cwd: dir }),
        };
        for (const [kind, r] of Object.entries(runs)) {
          expect([0, 1], `${kind} exit code`).toContain(r.code);
          for (const [stream, out] of [
            ['stdout', r.stdout],
            ['stderr', r.stderr],
          ] as const) {
            expect(rawHidden(out), `${kind} ${stream} carries a raw character`).toBeUndefined();
            expect(out, `${kind} ${stream} has a stack trace`).not.toMatch(STACK);
          }
        }
        expect(runs.text.code).toBe(c.exit);
        expect(runs.build.code).toBe(c.exit);

        const diags = JSON.parse(runs.json.stdout).diagnostics as {
          file: string;
          line: number;
          code: string;
          message: string;
        }[];
        const here = diags.filter((d) => d.file === shown);
        const hit = here.find((d) => d.line === c.line && c.pattern.test(`${d.code} ${d.message}`));
        expect(
          hit,
          `expected ${c.pattern} at ${c.file}:${c.line}; ` +
            `got ${JSON.stringify(here.map((d) => `${d.line} ${d.code} ${d.message}`))}`,
        ).toBeDefined();
        // The text format names the same place (file name made visible).
        expect(runs.text.stderr).toContain(`:${c.line}:`);
        // Messages are capped per file; the summary is always printed.
        expect(runs.text.stderr.split('\n').length).toBeLessThan(60 * 12);
        expect(runs.github.stdout.split('\n').length).toBeLessThan(60);
        expect(runs.text.stdout).toMatch(/エラー \d+ 件/);

        if (c.unparsable && before) {
          const fmt = await runCli(['fmt', 'data'], { cwd: dir });
          expect([0, 1]).toContain(fmt.code);
          expect(rawHidden(fmt.stdout + fmt.stderr)).toBeUndefined();
          expect(Buffer.compare(await readFile(target), before), 'fmt changed a file it cannot parse').toBe(0);
        }
      } finally {
        await cleanup();
      }
    });
  }
});
