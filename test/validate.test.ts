import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySample, repoRoot, runCli, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let data: string;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  data = await copySample(dir);
});
afterEach(() => cleanup());

const file = (n: string) => path.join(data, 'initiatives', `${n}.yaml`);
async function edit(n: string, from: string | RegExp, to: string) {
  const text = await readFile(file(n), 'utf8');
  const next = text.replace(from, to);
  expect(next, `edit of ${n}.yaml did not apply`).not.toBe(text);
  await writeFile(file(n), next);
}
const validate = (...args: string[]) => runCli(['validate', ...args], { cwd: dir });
/** Line number (1-based) of the first line containing `needle`. */
async function lineOf(n: string, needle: string) {
  const lines = (await readFile(file(n), 'utf8')).split('\n');
  return lines.findIndex((l) => l.includes(needle)) + 1;
}

describe('reform validate on the sample', () => {
  it('accepts data/ of the repository and prints the summary', async () => {
    const r = await runCli(['validate'], { cwd: repoRoot });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('12 ファイル、取組 11 件、取組項目 24 件、エラー 0 件: 問題はありません。\n');
    expect(r.stderr).toBe('');
  });

  it('speaks English with --lang en', async () => {
    const r = await validate('--lang', 'en');
    expect(r.stdout).toMatch(/^12 files, 11 initiatives, 24 items, 0 errors: No problems found\.$/m);
  });
});

describe('reform validate reports every fault, with file, line and field', () => {
  it('reports several faults in several files in one run (exit 1)', async () => {
    await appendFile(file('03'), 'bogus: 1\n');
    await edit('01', 'division: 総務部/人事課', 'division: 総務部/人事科');
    await edit('05', /^number: 5$/m, 'number: "five"');
    await edit('07', /^number: 7$/m, 'number: 6');
    await edit('08', /^title: .*$/m, 'title: [broken');
    const r = await validate('--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const found = out.diagnostics.map((d: any) => `${d.file}:${d.line} ${d.code} ${d.field ?? ''}`);
    expect(found).toEqual([
      `${path.join('data', 'initiatives', '01.yaml')}:6 rule-unknown-division 担当課`,
      `${path.join('data', 'initiatives', '03.yaml')}:${await lineOf('03', 'bogus')} schema-unknown-key `,
      `${path.join('data', 'initiatives', '05.yaml')}:2 schema-type 番号`,
      `${path.join('data', 'initiatives', '07.yaml')}:${await lineOf('07', 'number: 6')} rule-duplicate-number 番号`,
      `${path.join('data', 'initiatives', '08.yaml')}:4 yaml-BAD_INDENT `,
    ]);
    expect(out.stats).toMatchObject({ files: 12, errors: 5 });
    expect(out.diagnostics[0].message).toBe(
      '「総務部/人事科」は report.yaml の部・課の一覧（departments）にありません。もしかして「総務部/人事課」ですか？',
    );
  });

  it('prints a code frame pointing at the offending value, and the field by its printed name', async () => {
    await edit('01', 'division: 総務部/人事課', 'division: 総務部/人事科');
    const r = await validate();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join('data', 'initiatives', '01.yaml')}:6:11  エラー`);
    expect(r.stderr).toContain('項目: 担当課（division）');
    expect(r.stderr).toContain('> 6 | division: 総務部/人事科');
    expect(r.stderr).toMatch(/\| {11}\^/);
    expect(r.stdout).toBe(
      '12 ファイル、取組 11 件、取組項目 24 件、エラー 1 件: 1 件のエラーがあります。上のメッセージに従って直してください。\n',
    );
  });

  it('emits GitHub annotations with --format github, and by default on GitHub Actions', async () => {
    await appendFile(file('11'), 'unknownKey: x\n');
    const line = await lineOf('11', 'unknownKey');
    const explicit = await validate('--format', 'github');
    const auto = await runCli(['validate'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    for (const r of [explicit, auto]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`::error file=data/initiatives/11.yaml,line=${line},col=1`);
      expect(r.stdout).toContain('「unknownKey」という項目はありません。');
    }
  });

  it('suggests the English key when a printed label is typed as a key, and near misses', async () => {
    await edit('02', /^division: (.*)$/m, '担当課: $1');
    await edit('03', /^title: (.*)$/m, 'titel: $1');
    const out = JSON.parse((await validate('--format', 'json')).stdout);
    const messages = out.diagnostics.map((d: any) => d.message);
    expect(messages).toContain('「担当課」という項目はありません。もしかして「division」ですか？');
    expect(messages).toContain('「titel」という項目はありません。もしかして「title」ですか？');
    // 担当課 is required by 別表1 (a rule, since a declared table may have none): said once the file passes the schema.
    await edit('02', /^担当課: .*\n/m, '');
    const again = JSON.parse((await validate('--format', 'json')).stdout);
    expect(again.diagnostics.map((d: any) => d.message)).toContain('必要な項目「division」がありません。');
  });

  it('reports a wrong type, an out-of-range year, an unknown section and an unknown 区分', async () => {
    await edit('04', 'to: 2019', 'to: 2021');
    await edit('06', /^section: III$/m, 'section: IV');
    await edit('10', 'direction: A', 'direction: C');
    await edit('02', 'from: 2016', 'from: 二〇一六');
    const out = JSON.parse((await validate('--format', 'json')).stdout);
    const codes = out.diagnostics.map((d: any) => `${path.basename(d.file)} ${d.code} ${d.field}`);
    expect(codes).toEqual([
      '02.yaml schema-type 開始年度',
      '04.yaml rule-year-outside-plan 終了年度',
      '06.yaml rule-unknown-section 章',
      '10.yaml rule-unknown-direction 区分',
    ]);
    expect(out.diagnostics[1].message).toBe(
      '2021（令和3年度）は計画期間 2016～2019（平成28年度～令和元年度）の外です。',
    );
  });

  it('reports overlapping phases, a missing plan for the edition, a gap in 番号, a reason missing', async () => {
    await edit('06', /- label: 実施\n(\s+)from: 2017/, '- label: 実施\n$1from: 2016');
    await edit('03', /plans:\n {2}2019:/, 'plans:\n  2018:');
    await rm(file('11'));
    await rm(file('10'));
    await edit('01', / {4}reason: .*\n/, '');
    const out = JSON.parse((await validate('--format', 'json')).stdout);
    const codes = out.diagnostics.map((d: any) => `${path.basename(d.file)} ${d.code}`);
    expect(codes).toEqual(['01.yaml rule-reason-missing', '03.yaml rule-missing-plan', '06.yaml rule-phase-overlap']);
    await edit('09', /^number: 9$/m, 'number: 12');
    const gap = JSON.parse((await validate('--format', 'json')).stdout);
    expect(gap.diagnostics.map((d: any) => d.message)).toContain(
      '番号 9～11 の取組がありません（番号は 1 から欠けずに続けてください。この取組は 12）。',
    );
  });

  it('reports an unknown department differently from an unknown division', async () => {
    await edit('08', 'division: 総務部/税務企画課', 'division: 総務局/税務企画課');
    const out = JSON.parse((await validate('--format', 'json')).stdout);
    expect(out.diagnostics[0]).toMatchObject({ code: 'rule-unknown-department', field: '担当課' });
    expect(out.diagnostics[0].message).toContain('もしかして「総務部/税務企画課」');
  });
});

describe('reform validate on bad input never crashes', () => {
  const codesOf = async () => {
    const r = await validate('--format', 'json');
    expect(r.stderr).toBe('');
    return { code: r.code, diags: JSON.parse(r.stdout).diagnostics as any[] };
  };

  it('duplicate keys', async () => {
    await appendFile(file('01'), 'number: 1\n');
    const { code, diags } = await codesOf();
    expect(code).toBe(1);
    const lines = (await readFile(file('01'), 'utf8')).trimEnd().split('\n').length;
    expect(diags[0]).toMatchObject({ code: 'yaml-DUPLICATE_KEY', line: lines });
    expect(diags[0].message).toContain('同じキーが2回');
  });

  it('aliases used as a bomb are refused before they expand', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${'abcdefghijkl'[i]}: &${'abcdefghijkl'[i]} [${Array(9)
          .fill(`*${'abcdefghijkl'[i - 1]}`)
          .join(',')}]`,
      );
    await writeFile(file('12'), bomb.join('\n') + '\n');
    const { code, diags } = await codesOf();
    expect(code).toBe(1);
    expect(diags.find((d) => d.file.endsWith('12.yaml'))).toMatchObject({ code: 'yaml-alias', line: 1 });
  });

  it('a file of tens of MB is refused with its size', async () => {
    await writeFile(file('12'), 'x'.repeat(30 * 1024 * 1024));
    const { diags } = await codesOf();
    expect(diags.find((d) => d.file.endsWith('12.yaml'))).toMatchObject({ code: 'file-too-large' });
    expect(diags.find((d) => d.file.endsWith('12.yaml')).message).toMatch(/大きすぎます（30720 KB）/);
  });

  it('a file saved as Shift_JIS says so and how to fix it', async () => {
    // 「番号」 and 「章」 in Shift_JIS.
    const sjis = Buffer.from([0x94, 0xd4, 0x8d, 0x86, 0x3a, 0x20, 0x8f, 0xcd, 0x0a]);
    await writeFile(file('12'), sjis);
    const { diags } = await codesOf();
    const d = diags.find((x) => x.file.endsWith('12.yaml'));
    expect(d).toMatchObject({ code: 'encoding-detected', line: 1 });
    expect(d.message).toContain('Shift_JIS');
    expect(d.message).toContain('UTF-8');
  });

  it('nesting too deep to read, and several documents in one file', async () => {
    await writeFile(file('12'), `a: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`);
    await writeFile(file('13'), 'number: 1\n---\nnumber: 2\n');
    const { diags } = await codesOf();
    expect(diags.find((x) => x.file.endsWith('12.yaml'))).toMatchObject({
      code: 'yaml-RESOURCE_EXHAUSTION',
      message: expect.stringContaining('入れ子が深すぎて'),
    });
    expect(diags.find((x) => x.file.endsWith('13.yaml'))).toMatchObject({ code: 'yaml-MULTIPLE_DOCS', line: 2 });
  });

  it('an empty file', async () => {
    await writeFile(file('12'), '# only a comment\n');
    const { diags } = await codesOf();
    expect(diags.find((x) => x.file.endsWith('12.yaml'))).toMatchObject({ code: 'empty-file' });
  });

  it('tabs for indentation', async () => {
    await writeFile(file('01'), (await readFile(file('01'), 'utf8')).replace('\n  - label:', '\n\t- label:'));
    const { code, diags } = await codesOf();
    expect(code).toBe(1);
    expect(diags[0].code).toBe('yaml-TAB_AS_INDENT');
    expect(diags[0].message).toContain('タブ');
  });

  it('a UTF-8 BOM and CRLF line endings are accepted', async () => {
    const text = await readFile(file('01'), 'utf8');
    await writeFile(file('01'), '\uFEFF' + text.replace(/\n/g, '\r\n'));
    const r = await validate();
    expect(r.code).toBe(0);
  });

  it('a directory with no manifest', async () => {
    await rm(path.join(data, 'report.yaml'));
    const r = await validate();
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'フォルダ「data」に report.yaml がありません。報告書のフォルダを指定するか、reform init で作ってください。\n',
    );
  });

  it('a directory that does not exist', async () => {
    const r = await validate('nowhere');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('フォルダ「nowhere」が見つかりません。');
  });

  it('a manifest with no initiatives', async () => {
    await rm(path.join(data, 'initiatives'), { recursive: true });
    await mkdir(path.join(data, 'initiatives'));
    const { code, diags } = await codesOf();
    expect(code).toBe(1);
    expect(diags.map((d) => d.code)).toEqual(['no-initiatives']);
  });

  it('a list where a mapping is expected, null values, control characters and custom tags', async () => {
    await writeFile(file('12'), '- just\n- a list\n');
    await edit('02', /^title: (.*)$/m, 'title:');
    await edit('03', /^title: (.*)$/m, 'title: "bell\\u0007"');
    await edit('04', /^title: (.*)$/m, 'title: !!js/function "x"');
    const { code, diags } = await codesOf();
    expect(code).toBe(1);
    const byFile = Object.fromEntries(diags.map((d) => [path.basename(d.file), d.code]));
    expect(byFile).toMatchObject({
      '02.yaml': 'schema-type',
      '04.yaml': 'yaml-TAG_RESOLVE_FAILED',
      '12.yaml': 'schema-type',
    });
    expect(diags.find((d) => d.file.endsWith('03.yaml'))?.code).toBe('rule-control-char');
  });
});

describe('reform validate: years after the edition and characters no font has', () => {
  const json = async (...args: string[]) => {
    const r = await validate('--format', 'json', ...args);
    return { code: r.code, diags: JSON.parse(r.stdout).diagnostics as any[] };
  };

  it("refuses achievedIn and results after the edition's fiscal year, naming the printed label", async () => {
    const manifest = path.join(data, 'report.yaml');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('  to: 2019', '  to: 2021'));
    await edit('01', 'achievedIn: 2016', 'achievedIn: 2020');
    await edit('02', /^results:\n/m, 'results:\n  2021:\n    fullYear: 未来の実績\n');
    const { code, diags } = await json();
    expect(code).toBe(1);
    expect(diags.find((d) => d.file.endsWith('01.yaml'))).toMatchObject({
      code: 'rule-achieved-after-edition',
      severity: 'error',
      line: 5,
      column: 13,
      field: '達成年度',
    });
    expect(diags.find((d) => d.file.endsWith('01.yaml')).message).toContain('2020（令和2年度）');
    expect(diags.find((d) => d.file.endsWith('02.yaml'))).toMatchObject({
      code: 'rule-result-after-edition',
      line: await lineOf('02', '  2021:'),
    });
    const en = JSON.parse((await validate('--format', 'json', '--lang', 'en')).stdout).diagnostics as any[];
    expect(en.find((d) => d.code === 'rule-achieved-after-edition').message).toBe(
      "The year achieved, 2020, is after this edition's fiscal year 2019: an initiative cannot be achieved in a " +
        'year still to come.',
    );
  });

  it('warns, at the character, when no shipped font has it; 𠮷 and half-width kana are fine', async () => {
    await edit('03', /^title: (.*)$/m, 'title: $1 ﾊﾞｽ 𠮷野家 絵文字\u{1F9FF}');
    const { code, diags } = await json();
    expect(code).toBe(0);
    const w = diags.filter((d) => d.code === 'rule-no-glyph');
    expect(w).toHaveLength(1);
    const line = await lineOf('03', 'title:');
    const text = (await readFile(file('03'), 'utf8')).split('\n')[line - 1];
    // Columns count UTF-16 units, as the yaml library and VS Code do (𠮷 counts 2).
    expect(w[0]).toMatchObject({
      severity: 'warning',
      line,
      column: text.indexOf('\u{1F9FF}') + 1,
      field: '具体的取組',
    });
    expect(w[0].message).toContain('「\u{1F9FF}」（U+1F9FF）');
  });

  it('warns the same for a character of report.yaml that no shipped font has', async () => {
    const manifest = path.join(data, 'report.yaml');
    const text = await readFile(manifest, 'utf8');
    await writeFile(manifest, text.replace(/^organisation: (.*)$/m, 'organisation: $1\u{1F9FF}'));
    const { code, diags } = await json();
    expect(code).toBe(0);
    const w = diags.filter((d) => d.code === 'rule-no-glyph');
    expect(w).toHaveLength(1);
    const lines = (await readFile(manifest, 'utf8')).split('\n');
    const line = lines.findIndex((l) => l.startsWith('organisation:')) + 1;
    expect(w[0]).toMatchObject({ severity: 'warning', line, column: lines[line - 1].indexOf('\u{1F9FF}') + 1 });
    expect(w[0].file).toMatch(/report\.yaml$/);
  });
});

describe('reform validate on files that are not what they seem', () => {
  const codesOf = async () => {
    const r = await validate('--format', 'json');
    return { code: r.code, diags: JSON.parse(r.stdout).diagnostics as any[] };
  };

  it('refuses 2019 and "2019" as two keys of one mapping (one would silently replace the other)', async () => {
    await edit('01', /plans:\n {2}2019: \|/, 'plans:\n  "2019": |\n    ・隠れる計画\n  2019: |');
    const { code, diags } = await codesOf();
    expect(code).toBe(1);
    expect(diags[0]).toMatchObject({ code: 'yaml-DUPLICATE_KEY', line: await lineOf('01', '  2019: |') });
    expect(diags[0].message).toContain('「2019」が2回');
  });

  it('refuses a list or a mapping as a key, without a warning from the YAML library', async () => {
    await writeFile(file('12'), '? [a, b]\n: c\n');
    const r = await validate('--format', 'json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).diagnostics.find((d: any) => d.file.endsWith('12.yaml'))).toMatchObject({
      code: 'yaml-complex-key',
      line: 1,
    });
  });

  it('reports a symbolic link, a directory and a FIFO named *.yaml, never following or opening them', async () => {
    const { symlink, mkdir: mk } = await import('node:fs/promises');
    const { execFileSync } = await import('node:child_process');
    await writeFile(path.join(dir, 'secret.txt'), 'password: hunter2\n');
    await symlink(path.join(dir, 'secret.txt'), file('12'));
    await mk(file('13'));
    execFileSync('mkfifo', [file('14')]);
    const r = await validate();
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('hunter2');
    for (const n of ['12', '13', '14'])
      expect(r.stderr).toContain(
        `「${path.join('data', 'initiatives', `${n}.yaml`)}」はふつうのファイルではありません`,
      );
  });

  it('gives advice of its own for an empty report.yaml', async () => {
    await writeFile(path.join(data, 'report.yaml'), '');
    const { diags } = await codesOf();
    expect(diags[0]).toMatchObject({ code: 'empty-manifest' });
    expect(diags[0].message).toContain('report.yaml が空です');
  });

  it('explains 担当課 written with a full-width slash and offers the fix', async () => {
    await edit('01', 'division: 総務部/人事課', 'division: 総務部／人事課');
    const { diags } = await codesOf();
    expect(diags[0]).toMatchObject({ code: 'schema-division-format', field: '担当課' });
    expect(diags[0].message).toContain('もしかして「総務部/人事課」ですか？');
  });

  it('does not report gaps up to an out-of-range 番号', async () => {
    await edit('11', /^number: 11$/m, 'number: 99999999999999999999999');
    const { diags } = await codesOf();
    expect(diags.map((d) => d.code)).toEqual(['schema-maximum']);
  });
});

describe('the command line', () => {
  it('says usage errors in Japanese by default', async () => {
    expect((await runCli(['bogus'], { cwd: dir })).stderr).toBe(
      'エラー: 「bogus」というコマンドはありません。reform --help で一覧を表示できます。\n',
    );
    expect((await validate('--format', 'xml')).stderr).toContain(
      'オプション --format <format> に「xml」は指定できません。指定できるのは text, json, github です。',
    );
    expect((await runCli(['diff'], { cwd: dir })).stderr).toContain('引数「base」が必要です。');
    expect((await runCli(['bogus', '--lang', 'en'], { cwd: dir })).stderr).toContain("unknown command 'bogus'");
  });

  it('reports a file-system problem as the user’s, naming the file (exit 1, no stack trace)', async () => {
    const { mkdir: mk } = await import('node:fs/promises');
    await mk(path.join(dir, 'o', 'index.html'), { recursive: true });
    const r = await runCli(['build', '--no-pdf', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`「${path.join('o', 'index.html')}」を読み書きできません: フォルダです`);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('--help lists the commands and --version prints the version', async () => {
    const help = await runCli(['--help'], { cwd: dir });
    expect(help.code).toBe(0);
    for (const c of ['validate', 'build', 'fmt', 'diff', 'init', 'doctor']) expect(help.stdout).toContain(c);
    const version = await runCli(['--version'], { cwd: dir });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('an unknown option or format is a usage error (exit 2)', async () => {
    expect((await validate('--bogus')).code).toBe(2);
    expect((await validate('--format', 'xml')).code).toBe(2);
    expect((await runCli(['frobnicate'], { cwd: dir })).code).toBe(2);
  });
});
