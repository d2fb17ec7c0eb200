import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Lexer, parse, parseDocument, stringify } from 'yaml';
import { canonicalize, formatOnce } from '../src/fmt/canonical.js';
import { copySample, repoRoot, runCli, sampleDir, tempDir } from './helpers.js';

async function sampleFiles(): Promise<{ rel: string; kind: 'manifest' | 'initiative'; text: string }[]> {
  const names = (await readdir(path.join(sampleDir, 'initiatives'))).filter((n) => n.endsWith('.yaml')).sort();
  const rels = ['report.yaml', ...names.map((n) => `initiatives/${n}`)];
  return Promise.all(
    rels.map(async (rel) => ({
      rel,
      kind: rel === 'report.yaml' ? ('manifest' as const) : ('initiative' as const),
      text: await readFile(path.join(sampleDir, rel), 'utf8'),
    })),
  );
}

function format(text: string, kind: 'manifest' | 'initiative' = 'initiative', ref?: string): string {
  const r = canonicalize(text, kind, 'test.yaml', ref);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.text;
}

describe('fmt: the sample', () => {
  it('leaves data/ as it is (already canonical), keeping its data', async () => {
    for (const f of await sampleFiles()) {
      const out = format(f.text, f.kind);
      expect(out, f.rel).toBe(f.text);
      expect(parse(out)).toEqual(parse(f.text));
    }
  });

  it('`reform fmt --check` exits 0 on the repository data/', async () => {
    const r = await runCli(['fmt', '--check'], { cwd: repoRoot });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('整形済み');
  });

  it('restores the sample from a scrambled version of it, comments included', async () => {
    for (const f of await sampleFiles()) {
      const value = parse(f.text);
      // Same data, written differently: flow style, every string double-quoted, keys reversed, 4-space indent, CRLF.
      const reversed = reverseKeys(value);
      const messy = stringify(reversed, {
        indent: 4,
        defaultStringType: 'QUOTE_DOUBLE',
        lineWidth: 60,
        collectionStyle: 'flow',
      }).replace(/\n/g, '\r\n');
      const ref = f.kind === 'manifest' ? '../schema/manifest.schema.json' : '../../schema/initiative.schema.json';
      const out = format(messy, f.kind, ref);
      expect(parse(out)).toEqual(value);
      // The sample's only comments are the $schema line and one note in report.yaml; the rest is the same text.
      const withoutComments = (s: string) =>
        s
          .split('\n')
          .filter((l) => !l.trimStart().startsWith('#'))
          .join('\n');
      expect(withoutComments(out), f.rel).toBe(withoutComments(f.text));
    }
  });
});

function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reverseKeys(x)]),
    );
  return v;
}

describe('fmt: a deliberately messy file', () => {
  const messy = [
    '\uFEFF# 担当: 人事課（メモ）\r',
    'title:   "研修の充実"   # 題名のメモ\r',
    'number: 0x3\r',
    "section: 'I'\r",
    'items: [ {schedule: [{phases: [{to: 2019, from: 2016, label: "実施"}]}], label: \'研修\'} ]\r',
    '\r',
    '\r',
    'division: "総務部/人事課"\r',
    'plans:\r',
    '    # 令和2年度は未定\r',
    '    \'2020\': "・検討\\n・実施\\n"\r',
    '    2019: |\r',
    '        ・研修の実施(6月～7月)\r',
    '          細目\r',
    '        ・アンケート\r',
    'results: {2019: {fullYear: "年間", firstHalf: \'上半期\'}}\r',
    'verification:\r',
    '    -   direction: A\r',
    '        reason: >-\r',
    '          折り返された\r',
    '          理由\r',
    '        item: "研修"\r',
    '        outcome: "100%"\r',
    "        content: '内容: 研修'\r",
    'checkbox: True\r',
    '# 最後のメモ\r',
    '',
  ].join('\n');

  const expected = [
    '# yaml-language-server: $schema=../../schema/initiative.schema.json',
    '# 担当: 人事課（メモ）',
    'number: 3',
    'section: I',
    'title: 研修の充実 # 題名のメモ',
    'division: 総務部/人事課',
    'items:',
    '  - label: 研修',
    '    schedule:',
    '      - phases:',
    '          - label: 実施',
    '            from: 2016',
    '            to: 2019',
    'plans:',
    '  2019: |',
    '    ・研修の実施(6月～7月)',
    '      細目',
    '    ・アンケート',
    '  # 令和2年度は未定',
    '  2020: |',
    '    ・検討',
    '    ・実施',
    'results:',
    '  2019:',
    '    firstHalf: 上半期',
    '    fullYear: 年間',
    'verification:',
    '  - item: 研修',
    '    content: "内容: 研修"',
    '    outcome: 100%',
    '    direction: A',
    '    reason: 折り返された 理由',
    'checkbox: true',
    '',
    '# 最後のメモ',
    '',
  ].join('\n');

  it('normalises key order, indentation, quoting, flow style, CRLF, BOM and the $schema line', () => {
    const out = format(messy, 'initiative', '../../schema/initiative.schema.json');
    expect(out).toBe(expected);
    expect(parse(out)).toEqual(parse(messy.replace(/^\uFEFF/, '')));
  });

  it('is idempotent', () => {
    const once = format(messy, 'initiative', '../../schema/initiative.schema.json');
    const r = canonicalize(once, 'initiative', 'x.yaml', '../../schema/initiative.schema.json');
    expect(r.ok && r.text).toBe(once);
    expect(r.ok && r.changed).toBe(false);
  });

  it('keeps every comment, wherever it is', () => {
    const text = [
      '# header',
      'number: 1 # after number',
      'items: # after items',
      '  # before the first item',
      '  - label: a # after label',
      '    schedule: [ # inside flow',
      '      {phases: [{label: x, from: 2016}]} # after a flow item',
      '    ]',
      'section: I',
      'results:',
      '  2019:',
      '    fullYear: y',
      '    # before firstHalf',
      '    firstHalf: z',
      '# footer',
      '',
    ].join('\n');
    const out = format(text);
    for (const c of [
      '# header',
      '# after number',
      '# after items',
      '# before the first item',
      '# after label',
      '# inside flow',
      '# after a flow item',
      '# before firstHalf',
      '# footer',
    ]) {
      expect(out, c).toContain(c);
    }
    expect(out.indexOf('# before firstHalf')).toBeLessThan(out.indexOf('firstHalf: z'));
    expect(out.indexOf('firstHalf: z')).toBeLessThan(out.indexOf('fullYear: y'));
    expect(format(out)).toBe(out);
  });

  it('keeps the $schema line when no better one is known, and puts it first', () => {
    const out = format('# note\n# yaml-language-server: $schema=https://example.org/i.json\nnumber: 1\n');
    expect(out).toBe('# yaml-language-server: $schema=https://example.org/i.json\n# note\nnumber: 1\n');
  });

  it('quotes only where YAML needs it (and the YAML 1.1 booleans, for older readers)', () => {
    const out = format(
      stringify({
        title: "'引用'",
        items: [{ label: 'yes' }, { label: '2019' }, { label: 'キー: 値' }, { label: '# x' }, { label: '・研修' }],
      }),
    );
    expect(out).toContain(`title: "'引用'"`);
    expect(out).toContain('- label: "yes"');
    expect(out).toContain('- label: "2019"');
    expect(out).toContain('- label: "キー: 値"');
    expect(out).toContain('- label: "# x"');
    expect(out).toContain('- label: ・研修');
  });

  it('never writes a literal block that would hide trailing spaces or carriage returns', () => {
    for (const v of ['a  \nb', 'a\nb\t', 'a\r\nb', 'a\n  \nb']) {
      const out = format(stringify({ plans: { 2019: v } }));
      expect(out).not.toMatch(/\|/);
      expect(parse(out).plans['2019']).toBe(v);
    }
  });
});

describe('fmt: comments keep their place', () => {
  const ref = '../../schema/initiative.schema.json';
  /** Formats, and checks: idempotent, in one pass, same data, every comment kept. */
  function stable(text: string): string {
    const once = format(text, 'initiative', ref);
    expect(format(once, 'initiative', ref), 'idempotent').toBe(once);
    expect(formatOnce(text.replace(/\r\n/g, '\n'), 'initiative', ref), 'one pass').toBe(once);
    expect(parse(once)).toEqual(parse(text));
    expect(commentTexts(once)).toEqual(commentTexts(text));
    return once;
  }
  const head = [
    `# yaml-language-server: $schema=${ref}`,
    'number: 1',
    'section: I',
    'title: t',
    'division: 総務部/人事課',
  ];

  it('a note at the item indentation after a flow list with a comment stays with the item (the reported case)', () => {
    const text = [
      ...head,
      'items:',
      '  - label: 研修',
      '    schedule:',
      '      - phases: [{label: 検討, from: 2016, then: 順次実施}]  # flow comment',
      '    # note about this item',
      'plans:',
      '  2019: x',
      '',
    ].join('\n');
    const out = stable(text);
    expect(out).toBe(
      [
        ...head,
        'items:',
        '  - label: 研修',
        '    schedule:',
        '      - phases:',
        '          - label: 検討',
        '            from: 2016',
        '            then: 順次実施',
        '          # flow comment',
        '    # note about this item',
        'plans:',
        '  2019: x',
        '',
      ].join('\n'),
    );
  });

  it('a comment at the end of nested blocks belongs to the block it is indented like', () => {
    const canonical = [
      ...head,
      'items:',
      '  - label: a',
      '    schedule:',
      '      - phases:',
      '          - label: x',
      '            from: 2016',
      '            # end of the phase',
      '          # end of the phases',
      '        # end of the lane',
      '      # end of the schedule',
      '    # end of item a',
      '  # above item b',
      '  - label: b',
      '    schedule:',
      '      - phases:',
      '          - label: y',
      '            from: 2016',
      '          # end of the phases of b',
      '  # end of the items',
      '# above plans',
      'plans:',
      '  2019: x',
      '  # end of plans',
      '',
      '# end of the file',
      '',
    ].join('\n');
    expect(stable(canonical)).toBe(canonical);
    // The same comments, indented a little off and with keys in another order: each goes to the same place.
    const messy = canonical
      .replace('    # end of item a', '     # end of item a')
      .replace('  # above item b', '   # above item b')
      .replace('\n# end of the file', ' # end of the file')
      .replace('  - label: b\n    schedule:\n', '  - schedule:\n')
      .replace('          # end of the phases of b\n', '          # end of the phases of b\n    label: b\n');
    expect(stable(messy)).toBe(canonical);
  });

  it('keeps the first line of a comment on its value; the lines below it go above the next entry', () => {
    const text = [
      ...head.slice(0, 3),
      'title: t # about the title',
      '  # more about the title',
      'division: 総務部/人事課',
      'plans:',
      '  2019: "x\\ny" # about 2019',
      '    # more about 2019',
      '  2020: z',
      '',
    ].join('\n');
    expect(stable(text)).toBe(
      [
        ...head.slice(0, 3),
        'title: t # about the title',
        '# more about the title',
        'division: 総務部/人事課',
        'plans:',
        '  2019: |- # about 2019',
        '    x',
        '    y',
        '  # more about 2019',
        '  2020: z',
        '',
      ].join('\n'),
    );
  });

  it("keeps a comment above a list item above its `- ` line, also when the item's keys are reordered", () => {
    const text = [...head, 'items:', '  - label: a', '  # about item b', '  - heading: h', '    label: b', ''].join(
      '\n',
    );
    expect(stable(text)).toBe(
      [...head, 'items:', '  - label: a', '  # about item b', '  - label: b', '    heading: h', ''].join('\n'),
    );
  });

  it('keeps the header apart from the comment on the first key, and drops blank lines between other comments', () => {
    const text = [
      '# header',
      '',
      '# about the title',
      'title: t',
      'number: 1',
      'section: I',
      'division: 総務部/人事課',
      'plans:',
      '  # one',
      '',
      '  # two',
      '  2019: x',
      '',
    ].join('\n');
    expect(stable(text)).toBe(
      [
        `# yaml-language-server: $schema=${ref}`,
        '# header',
        '',
        'number: 1',
        'section: I',
        '# about the title',
        'title: t',
        'division: 総務部/人事課',
        'plans:',
        '  # one',
        '  # two',
        '  2019: x',
        '',
      ].join('\n'),
    );
  });

  it('comments on empty lists and mappings, and after the closing bracket of the file', () => {
    const text = [
      '{',
      '  number: 1,',
      '  items: [  # no items yet',
      '  ],',
      '  results: {}, # none yet',
      '  plans: {2019: x}',
      '} # the end',
      '',
    ].join('\n');
    const out = stable(text);
    expect(out).toContain('items: [] # no items yet');
    expect(out).toContain('results: {} # none yet');
    expect(out.endsWith('\n\n# the end\n')).toBe(true);
  });
});

// A small seeded generator of valid initiatives with awkward strings.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const AWKWARD_LINE = [
  '  先頭に空白',
  '# 見出しではない',
  '区分: A',
  'キー: 値 # コメントではない',
  '"引用"の文',
  "'引用'",
  '末尾に空白  ',
  '- 箇条書きではない',
  '2019',
  'yes',
  'no',
  'null',
  '~',
  'true',
  '0x1F',
  '1e3',
  '・研修の実施(6月～7月)',
  '<歳出>',
  '^ 中央',
  '｜全角の縦棒',
  '| 縦棒',
  '> 大なり',
  '&アンカー',
  '*別名',
  '!タグ',
  '%指令',
  '@記号',
  '`逆引用符`',
  '---',
  '...',
  '[括弧]',
  '{波括弧}',
  'タブ\tを含む',
  '\u3000全角空白で字下げ',
  '100%',
  ': 先頭のコロン',
  '?',
  '-',
  'a:b',
  '',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function singleLine(r: () => number): string {
  const parts = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, AWKWARD_LINE));
  const s = parts.join(pick(r, ['', ' ', '　']));
  return s === '' ? 'x' : s;
}

function richText(r: () => number): string {
  const lines = Array.from({ length: 1 + Math.floor(r() * 5) }, () => pick(r, AWKWARD_LINE));
  let s = lines.join('\n');
  s += pick(r, ['', '\n', '\n\n', '\n\n\n']);
  if (s.trim() === '') s = '・x' + s;
  return s;
}

function initiative(r: () => number, n: number): Record<string, unknown> {
  const years = [2016, 2017, 2018, 2019];
  const items = Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({
    label: singleLine(r),
    ...(r() < 0.3 ? { checkbox: r() < 0.5 } : {}),
    ...(r() < 0.3 ? { heading: singleLine(r) } : {}),
    schedule: [
      { phases: [{ label: singleLine(r), from: 2016, ...(r() < 0.5 ? { to: 2019 } : { then: singleLine(r) }) }] },
    ],
  }));
  const plans: Record<string, string> = {};
  const results: Record<string, Record<string, string>> = {};
  for (const y of years) {
    if (r() < 0.6) plans[y] = richText(r);
    if (r() < 0.6)
      results[y] = r() < 0.5 ? { firstHalf: richText(r) } : { firstHalf: richText(r), fullYear: richText(r) };
  }
  return {
    number: n,
    section: 'I',
    title: singleLine(r),
    ...(r() < 0.3 ? { achievedIn: 2016 } : {}),
    division: '総務部/人事課',
    items,
    plans,
    results,
    verification: Array.from({ length: 1 + Math.floor(r() * 2) }, () => ({
      item: richText(r),
      content: richText(r),
      outcome: richText(r),
      direction: 'A',
      reason: richText(r),
    })),
  };
}

function shuffleKeys(v: unknown, r: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, r));
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).map(([k, x]) => [k, shuffleKeys(x, r)] as const);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [entries[i], entries[j]] = [entries[j], entries[i]];
    }
    return Object.fromEntries(entries);
  }
  return v;
}

function readsAs(text: string, value: unknown): boolean {
  try {
    return isDeepStrictEqual(parse(text), value);
  } catch {
    return false;
  }
}

/** The comment texts of a YAML text (without the `$schema` line), sorted. */
function commentTexts(text: string): string[] {
  return [...new Lexer().lex(text)]
    .filter((token) => token.startsWith('#') && !token.includes('yaml-language-server:'))
    .map((token) => token.slice(1).trimEnd())
    .sort();
}

const COMMENT_TEXT = [
  '',
  ' メモ',
  '#',
  ' 区分: A',
  ' - 箇条書き',
  ' "引用"',
  ' 　全角',
  '#二重',
  ' |',
  ' {波括弧}',
  ' タブ\tを含む',
];

/**
 * Puts comments into a written initiative, in assorted places: after a value or an opening bracket
 * on its line, and on lines of their own before keys, between list entries and at the end of blocks,
 * indented like the lines around them or not; and blank lines. Each insertion is kept only if the
 * text still reads as the same data and the new `#` is read as a comment (not inside a text).
 */
function withComments(r: () => number, text: string, value: unknown): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let lines = text.split(eol);
  const count = Math.floor(r() * 20);
  for (let k = 0; k < count; k++) {
    const comment = `#c${k}${pick(r, COMMENT_TEXT)}`;
    const i = Math.floor(r() * lines.length);
    const candidate = [...lines];
    const mode = r();
    if (mode < 0.4) {
      if (lines[i].trim() === '') continue;
      candidate[i] = `${lines[i]}${pick(r, [' ', '  ', '\t'])}${comment}`;
    } else if (mode < 0.5) {
      candidate.splice(i, 0, '');
    } else {
      const near = [lines[i - 1], lines[i], lines[i + 1]]
        .filter((l) => l !== undefined)
        .map((l) => l.length - l.trimStart().length);
      candidate.splice(i, 0, `${' '.repeat(pick(r, [...near, ...near, 0, 1, 2, 4, 6, 8, 10, 12]))}${comment}`);
    }
    const next = candidate.join(eol);
    try {
      const doc = parseDocument(next, { uniqueKeys: true, strict: true });
      const isComment =
        mode >= 0.4 && mode < 0.5 ? true : commentTexts(next).length > commentTexts(lines.join(eol)).length;
      if (doc.errors.length === 0 && doc.warnings.length === 0 && isDeepStrictEqual(doc.toJS(), value) && isComment)
        lines = candidate;
    } catch {
      // not YAML any more: leave this one out
    }
  }
  return lines.join(eol);
}

describe('fmt: generated inputs', () => {
  it(
    'keeps the data and every comment of 300 generated ' + 'initiatives written in assorted styles, and is idempotent',
    () => {
      const r = rng(20190930);
      let commented = 0;
      for (let n = 1; n <= 300; n++) {
        const value = initiative(r, n);
        const written = stringify(shuffleKeys(value, r), {
          indent: pick(r, [2, 3, 4]),
          indentSeq: r() < 0.5,
          defaultStringType: pick(r, [
            'PLAIN',
            'QUOTE_DOUBLE',
            'QUOTE_SINGLE',
            'BLOCK_LITERAL',
            'BLOCK_FOLDED',
          ] as const),
          collectionStyle: pick(r, ['any', 'block', 'flow'] as const),
          lineWidth: pick(r, [0, 40, 80]),
        });
        // The yaml package's own writer occasionally gets an odd style wrong (e.g. an indentation
        // indicator with indent 3); such an input is not the data we meant, so write that one plainly.
        const faithful = readsAs(written, value) ? written : stringify(shuffleKeys(value, r));
        const eol = r() < 0.3 ? faithful.replace(/\n/g, '\r\n') : faithful;
        const text = r() < 0.8 ? withComments(r, eol, value) : eol;
        const inputComments = commentTexts(text);
        if (inputComments.length > 0) commented++;
        expect(parse(text), `input ${n}`).toEqual(value);
        const once = canonicalize(text, 'initiative', `gen-${n}.yaml`, '../../schema/initiative.schema.json');
        if (!once.ok) throw new Error(`generated ${n}: ${JSON.stringify(once)}\n${text}`);
        expect(isDeepStrictEqual(parse(once.text), value), `data of ${n}\n${once.text}`).toBe(true);
        const twice = canonicalize(once.text, 'initiative', `gen-${n}.yaml`, '../../schema/initiative.schema.json');
        expect(twice.ok && twice.text, `idempotent ${n}\n${text}`).toBe(once.text);
        // One pass of the formatter gives the result: canonicalize did not need its safety net.
        expect(
          formatOnce(text.replace(/\r\n/g, '\n'), 'initiative', '../../schema/initiative.schema.json'),
          `one pass ${n}\n${text}`,
        ).toBe(once.text);
        expect(commentTexts(once.text), `comments of ${n}\n${text}`).toEqual(inputComments);
        // One trailing newline, unless the last text ends in blank lines (a `|+` block keeps them).
        expect(once.text.endsWith('\n')).toBe(true);
        if (once.text.endsWith('\n\n')) expect(once.text).toMatch(/\|\+\n(?:.*\n)*$/);
        expect(once.text).not.toContain('\r\n');
        expect(once.text.startsWith('# yaml-language-server: $schema=../../schema/initiative.schema.json\n')).toBe(
          true,
        );
        if (inputComments.length === 0) expect(once.text.split('\n')[1]).toMatch(/^number: /);
      }
      // Most inputs carry comments (the insertions that would change the data are left out).
      expect(commented).toBeGreaterThan(200);
    },
  );
});

describe('reform fmt (command)', () => {
  it('--check lists the files that would change and exits 1; fmt rewrites them; then --check exits 0', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const data = await copySample(dir);
      const file = path.join(data, 'initiatives', '03.yaml');
      const original = await readFile(file, 'utf8');
      const messy = stringify(reverseKeys(parse(original)), { indent: 4, defaultStringType: 'QUOTE_DOUBLE' });
      await writeFile(file, messy);

      const check = await runCli(['fmt', '--check'], { cwd: dir });
      expect(check.code).toBe(1);
      expect(check.stdout).toContain(path.join('data', 'initiatives', '03.yaml'));
      expect(check.stdout).not.toContain('01.yaml');
      expect(await readFile(file, 'utf8')).toBe(messy);

      const annotated = await runCli(['fmt', '--check', 'data'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
      expect(annotated.stdout).toMatch(/^::error file=data\/initiatives\/03\.yaml,line=1::/m);

      const fix = await runCli(['fmt', 'data'], { cwd: dir });
      expect(fix.code).toBe(0);
      expect(fix.stdout).toContain('03.yaml');
      // No $schema line survived the scrambling (stringify drops comments) and the copy has no schema/ folder:
      // the line is restored with the default layout (../schema beside the report folder).
      expect(await readFile(file, 'utf8')).toBe(original);
      expect(await readdir(path.join(data, 'initiatives'))).toEqual(
        expect.not.arrayContaining([expect.stringMatching(/\.tmp$/)]),
      );

      const again = await runCli(['fmt', '--check'], { cwd: dir });
      expect(again.code).toBe(0);
    } finally {
      await cleanup();
    }
  });

  it('reports a file with a YAML error by file:line, skips it, formats the others and exits 1', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const data = await copySample(dir);
      const broken = path.join(data, 'initiatives', '02.yaml');
      await writeFile(broken, 'number: 2\ntitle: [unclosed\n');
      const messyFile = path.join(data, 'initiatives', '04.yaml');
      const messy = (await readFile(messyFile, 'utf8')).replace(/\n/g, '\r\n');
      await writeFile(messyFile, messy);
      const r = await runCli(['fmt'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/data[\\/]initiatives[\\/]02\.yaml:\d+:\d+/);
      expect(await readFile(broken, 'utf8')).toBe('number: 2\ntitle: [unclosed\n');
      expect(await readFile(messyFile, 'utf8')).toBe(messy.replace(/\r\n/g, '\n'));
    } finally {
      await cleanup();
    }
  });

  it('points the $schema line at the nearest schema/ folder', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const data = await copySample(dir);
      await cp(path.join(repoRoot, 'schema'), path.join(dir, 'schema'), { recursive: true });
      await mkdir(path.join(dir, 'other'));
      const file = path.join(data, 'initiatives', '01.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^# yaml-language-server.*\n/, ''));
      const r = await runCli(['fmt'], { cwd: dir });
      expect(r.code).toBe(0);
      expect((await readFile(file, 'utf8')).split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../../schema/initiative.schema.json',
      );
    } finally {
      await cleanup();
    }
  });

  it(
    'is idempotent on the reported case: fmt, then ' + 'fmt --check exits 0, and the note stays with its item',
    async () => {
      const { dir, cleanup } = await tempDir();
      try {
        const data = await copySample(dir);
        const file = path.join(data, 'initiatives', '01.yaml');
        const original = await readFile(file, 'utf8');
        const block = '      - phases:\n          - label: 検討\n            from: 2016\n            then: 順次実施\n';
        expect(original).toContain(block);
        await writeFile(
          file,
          original.replace(
            block,
            '      - phases: [{label: 検討, from: 2016, then: 順次実施}]  # flow comment\n    # note about this item\n',
          ),
        );

        expect((await runCli(['fmt', 'data'], { cwd: dir })).code).toBe(0);
        const once = await readFile(file, 'utf8');
        expect(once).toContain(`${block}          # flow comment\n    # note about this item\nplans:`);
        expect((await runCli(['fmt', 'data'], { cwd: dir })).code).toBe(0);
        expect(await readFile(file, 'utf8')).toBe(once);
        const check = await runCli(['fmt', '--check', 'data'], { cwd: dir });
        expect(check.stdout).toContain('整形済み');
        expect(check.code).toBe(0);
      } finally {
        await cleanup();
      }
    },
  );

  it.skipIf(process.platform === 'win32')(
    'reports symbolic links, directories named x.yaml and FIFOs ' +
      'as errors, like validate, without following or opening them',
    async () => {
      const { dir, cleanup } = await tempDir();
      try {
        const data = await copySample(dir);
        const initiatives = path.join(data, 'initiatives');
        // A link to a messy file outside the report: fmt must neither read nor rewrite it.
        const outside = path.join(dir, 'outside.yaml');
        await writeFile(outside, 'title:    x\nnumber: 20\n');
        await symlink(outside, path.join(initiatives, '20.yaml'));
        await mkdir(path.join(initiatives, '21.yaml'));
        execFileSync('mkfifo', [path.join(initiatives, '22.yaml')]);
        const names = ['20.yaml', '21.yaml', '22.yaml'].map((n) => path.join('data', 'initiatives', n));

        for (const args of [['fmt'], ['fmt', '--check']]) {
          const r = await runCli(args, { cwd: dir });
          expect(r.code, args.join(' ')).toBe(1);
          for (const name of names) {
            expect(r.stderr).toContain(`${name}:1:1`);
            expect(r.stderr).toContain(`「${name}」はふつうのファイルではありません`);
          }
          expect(r.stderr).toContain('3 ファイルは整形していません');
        }
        expect(await readFile(outside, 'utf8')).toBe('title:    x\nnumber: 20\n');

        const en = await runCli(['fmt', '--lang', 'en'], { cwd: dir });
        expect(en.code).toBe(1);
        expect(en.stderr).toContain(`"${names[0]}" is not a regular file`);

        // The same entries as validate reports.
        const validate = await runCli(['validate', '--format', 'json'], { cwd: dir });
        const reported = (JSON.parse(validate.stdout).diagnostics as { code: string; file: string }[])
          .filter((d) => d.code === 'not-a-regular-file')
          .map((d) => d.file);
        expect(reported.sort()).toEqual(names);
      } finally {
        await cleanup();
      }
    },
  );

  it('says that a file is not a report folder, and shows the path as typed', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const data = await copySample(dir);
      const file = path.join(data, 'report.yaml');
      // Outside the working directory: not "../../…".
      const outside = await runCli(['fmt', file], { cwd: repoRoot });
      expect(outside.code).toBe(1);
      expect(outside.stderr).toContain(`「${file}」はファイルです`);
      expect(outside.stderr).toContain('報告書のフォルダ');
      expect(outside.stderr).not.toContain('..');
      const en = await runCli(['fmt', file, '--lang', 'en'], { cwd: repoRoot });
      expect(en.stderr).toContain(`"${file}" is a file. Name a report directory`);
      // Inside it: relative.
      const inside = await runCli(['fmt', path.join('data', 'report.yaml')], { cwd: dir });
      expect(inside.stderr).toContain(`「${path.join('data', 'report.yaml')}」はファイルです`);
      // A report folder outside the working directory: its files are shown under the path as typed.
      await writeFile(path.join(data, 'initiatives', '02.yaml'), 'number: 2\ntitle: [unclosed\n');
      const elsewhere = await runCli(['fmt', '--check', data], { cwd: repoRoot });
      expect(elsewhere.stderr).toContain(`${path.join(data, 'initiatives', '02.yaml')}:`);
      expect(elsewhere.stderr).not.toContain('..');
    } finally {
      await cleanup();
    }
  });

  it('says so when the folder is not a report folder', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const r = await runCli(['fmt', 'nowhere'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('nowhere');
    } finally {
      await cleanup();
    }
  });
});
