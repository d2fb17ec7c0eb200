import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../src/cli.js';
import { copySample, runCli, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
/** data/ (the sample) and b/ (a copy to change) in a temporary directory. */
let a: string;
let b: string;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('reform-diff-'));
  a = await copySample(dir);
  b = path.join(dir, 'b');
  await cp(a, b, { recursive: true });
});
afterEach(() => cleanup());

async function edit(file: string, change: (s: string) => string): Promise<void> {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  expect(after, `edit of ${file}`).not.toBe(before);
  await writeFile(file, after);
}

const initiative = (root: string, n: string) => path.join(root, 'initiatives', `${n}.yaml`);

describe('reform diff: directories', () => {
  it('one word changed: names the initiative, the field label and the new word, in a few lines', async () => {
    await edit(initiative(b, '05'), (s) => s.replace('・事務的経費の節減', '・事務的経費の削減'));
    const r = await runCli(['diff', 'data', 'b'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(8);
    expect(r.stdout).toContain('番号 5「機動的な財政運営の確保」');
    expect(r.stdout).toContain('年次計画（令和元年度）');
    expect(r.stdout).toContain('{+削減+}');
    expect(r.stdout).toContain('[-節減-]');
    // The field's line and the changed line follow the initiative's header.
    const header = lines.findIndex((l) => l.includes('番号 5'));
    expect(lines[header + 1]).toContain('年次計画（令和元年度）');
    expect(lines[header + 2]).toContain('・事務的経費の[-節減-]{+削減+}');
  });

  it('colours only when asked to (a terminal), never the markers then', async () => {
    await edit(initiative(b, '05'), (s) => s.replace('・事務的経費の節減', '・事務的経費の削減'));
    let out = '';
    const sink = {
      write: (x: string) => {
        out += x;
      },
    };
    expect(await main(['diff', 'data', 'b'], { cwd: dir, env: {}, stdout: sink, stderr: sink, color: true })).toBe(0);
    expect(out).toContain('\x1b[32;4m削減\x1b[24;39m');
    expect(out).not.toContain('{+');
    const plain = await runCli(['diff', 'data', 'b'], { cwd: dir });
    expect(plain.stdout).not.toContain('\x1b[');
  });

  it('identical trees: exit 0 and says so', async () => {
    const r = await runCli(['diff', 'data', 'b', '--exit-code'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('違いはありません（data と b）。\n');
    const en = await runCli(['diff', 'data', 'b', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('No differences');
  });

  it('formatting alone is no difference (the models are compared, not the lines)', async () => {
    await edit(initiative(b, '03'), (s) => s.replace(/\n/g, '\r\n').replace(/^(number: \d+)$/m, '$1 # コメント'));
    const r = await runCli(['diff', 'data', 'b', '--exit-code'], { cwd: dir });
    expect(r.code).toBe(0);
  });

  it('--exit-code: 1 when there is a difference', async () => {
    await edit(initiative(b, '02'), (s) => s.replace(/^division: .*$/m, 'division: 総務部/総務課'));
    const r = await runCli(['diff', 'data', 'b', '--exit-code'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/担当課: 総務部\/\S+ → 総務部\/総務課/);
    expect((await runCli(['diff', 'data', 'b'], { cwd: dir })).code).toBe(0);
  });

  it('reordering two items is reported as a move, not as a removal and an addition', async () => {
    await edit(initiative(b, '05'), (s) => {
      const block = (label: string) => new RegExp(`  - label: ${label}\\n(?:    .*\\n)+`).exec(s)![0];
      const first = block('臨時財政対策債等を除く県債残高の減少傾向の維持');
      const second = block('大規模プロジェクトの実施に備えた基金の積み立て');
      return s.replace(first + second, second + first);
    });
    const r = await runCli(['diff', 'data', 'b'], { cwd: dir });
    expect(r.stdout).toMatch(
      /取組項目「(大規模プロジェクトの実施に備えた基金の積み立て|臨時財政対策債等を除く県債残高の減少傾向の維持)」: 順序 \d番目 → \d番目/,
    );
    expect(r.stdout).not.toContain('（追加）');
    expect(r.stdout).not.toContain('（削除）');
    const json = JSON.parse((await runCli(['diff', 'data', 'b', '--format', 'json'], { cwd: dir })).stdout);
    expect(json.initiatives[0].changes.map((c: { kind: string }) => c.kind)).toEqual(['moved']);
  });

  it('a renamed item is a change of its label; an added item and a schedule change are listed', async () => {
    await edit(initiative(b, '05'), (s) =>
      s
        .replace('  - label: 総事業本数の削減', '  - label: 総事業本数のさらなる削減')
        .replace(
          'plans:',
          '  - label: 新しい取組項目\n    schedule:\n      - phases:\n          - label: 検討\n            from: 2019\nplans:',
        ),
    );
    const r = await runCli(['diff', 'data', 'b'], { cwd: dir });
    expect(r.stdout).toContain('取組項目「総事業本数の削減」 › 取組項目: 総事業本数の{+さらなる+}削減');
    expect(r.stdout).toContain('取組項目「新しい取組項目」（追加）');
    expect(r.stdout).toContain('工程: 検討（R元年度）');
  });

  it('verification rows: labels 区分 and 区分の理由', async () => {
    await edit(initiative(b, '01'), (s) =>
      s.replace(/^ {4}direction: A$/m, '    direction: B').replace('判断するため。', '判断したため。'),
    );
    const r = await runCli(['diff', 'data', 'b'], { cwd: dir });
    expect(r.stdout).toMatch(/検証の行「[^」]+」 › 区分: A → B/);
    expect(r.stdout).toMatch(/検証の行「[^」]+」 › 区分の理由: .*判断[^\n]*\{\+した\+\}/);
  });

  it('added and removed initiatives, and manifest changes', async () => {
    await rm(initiative(b, '11'));
    await edit(path.join(b, 'report.yaml'), (s) =>
      s.replace('title: 三重県行財政改革取組 進捗状況', 'title: 三重県行財政改革取組 進捗状況（案）'),
    );
    const r = await runCli(['diff', 'data', 'b'], { cwd: dir });
    expect(r.stdout).toMatch(/番号 11「[^」]+」（削除）/);
    expect(r.stdout).toContain('報告書の設定（report.yaml）');
    expect(r.stdout).toContain('報告書名');
    const back = await runCli(['diff', 'b', 'data'], { cwd: dir });
    expect(back.stdout).toMatch(/番号 11「[^」]+」（追加）/);
    expect(back.stdout).toContain('具体的取組（追加）');
  });

  it('markdown: headings, <del>/<ins>, HTML escaped', async () => {
    await edit(initiative(b, '05'), (s) => s.replace('・事務的経費の節減', '・事務的経費の<削減>'));
    const r = await runCli(['diff', 'data', 'b', '--format', 'markdown'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^### reform diff: data → b/);
    expect(r.stdout).toContain('#### 番号 5「機動的な財政運営の確保」');
    expect(r.stdout).toContain('- **年次計画（令和元年度）**<br>・事務的経費の<del>節減</del><ins>&lt;削減&gt;</ins>');
    const none = await runCli(['diff', 'data', 'data', '--format', 'markdown'], { cwd: dir });
    expect(none.stdout).toContain('違いはありません');
  });

  it('json: initiatives, fields, paths, inline operations and cells', async () => {
    await edit(initiative(b, '05'), (s) => s.replace('・事務的経費の節減', '・事務的経費の削減'));
    const r = await runCli(['diff', 'data', 'b', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout);
    expect(json.identical).toBe(false);
    expect(json.summary).toMatchObject({ changed: 1, added: 0, removed: 0, changes: 1 });
    const [d] = json.initiatives;
    expect(d).toMatchObject({ status: 'changed', number: 5, title: '機動的な財政運営の確保' });
    expect(d.changes[0]).toMatchObject({
      kind: 'changed',
      field: '年次計画（令和元年度）',
      path: 'plans.2019',
      cells: ['5:plan'],
    });
    expect(d.changes[0].lines[0].ops).toContainEqual({ op: 'insert', text: '削減' });
  });

  it('html: the tables with the changed cells highlighted, written with --out', async () => {
    await edit(initiative(b, '05'), (s) => s.replace('・事務的経費の節減', '・事務的経費の削減'));
    const r = await runCli(['diff', 'data', 'b', '--format', 'html', '--out', 'diff.html'], { cwd: dir });
    expect(r.code).toBe(0);
    const html = await readFile(path.join(dir, 'diff.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<del>節減</del><ins>削減</ins>');
    expect(html).toMatch(/class="[^"]*changed[^"]*"/);
    expect(html).not.toContain('<script');
  });

  it('invalid data on one side: the diagnostics and exit 1', async () => {
    await edit(initiative(b, '02'), (s) => s.replace(/^division: .*$/m, 'division: 総務部/存在しない課'));
    const r = await runCli(['diff', 'data', 'b'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b[\\/]initiatives[\\/]02\.yaml:\d+:\d+/);
    expect(r.stderr).toContain('比較できません');
  });

  it('neither a directory nor a revision: a plain message and exit 1', async () => {
    const r = await runCli(['diff', 'no-such-thing'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('「no-such-thing」は、フォルダでも git のリビジョン');
    const opt = await runCli(['diff', '--', '--upload-pack=x'], { cwd: dir });
    expect(opt.code).toBe(1);
  });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=reform test',
      '-c',
      'user.email=test@example.invalid',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    },
  );
}

describe('reform diff: git revisions', () => {
  it('compares a revision with the working tree, and two revisions', async () => {
    await rm(b, { recursive: true });
    git(dir, 'init', '-q');
    git(dir, 'add', 'data');
    git(dir, 'commit', '-q', '-m', 'sample');

    const clean = await runCli(['diff', 'HEAD', '--exit-code'], { cwd: dir });
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^違いはありません（HEAD \([0-9a-f]{7}\) と 作業中のファイル（data））。/);

    await edit(initiative(a, '05'), (s) => s.replace('・事務的経費の節減', '・事務的経費の削減'));
    const r = await runCli(['diff', 'HEAD'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('番号 5「機動的な財政運営の確保」');
    expect(r.stdout).toContain('{+削減+}');

    git(dir, 'commit', '-q', '-am', 'change');
    const revs = await runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(revs.stdout);
    expect(json.base).toMatchObject({ kind: 'git', spec: 'HEAD~1', dir: 'data' });
    expect(json.initiatives[0].file).toBe('HEAD:data/initiatives/05.yaml');
    expect(json.initiatives[0].changes[0].field).toBe('年次計画（令和元年度）');

    // From a subdirectory, --dir is relative to it.
    const sub = await runCli(['diff', 'HEAD~1', 'HEAD', '--dir', '.'], { cwd: a });
    expect(sub.stdout).toContain('{+削減+}');
  });

  it('reports invalid data in a revision by revision:path', async () => {
    await rm(b, { recursive: true });
    git(dir, 'init', '-q');
    await edit(initiative(a, '02'), (s) => s.replace(/^division: .*$/m, 'division: 総務部/存在しない課'));
    git(dir, 'add', 'data');
    git(dir, 'commit', '-q', '-m', 'broken');
    const r = await runCli(['diff', 'HEAD', 'data'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HEAD:data/initiatives/02.yaml:');
  });

  it('keeps the size limit: an oversized file in a revision is reported, not read', async () => {
    await rm(b, { recursive: true });
    git(dir, 'init', '-q');
    await writeFile(initiative(a, '12'), `number: 12\n# ${'x'.repeat(3 * 1024 * 1024)}\n`);
    git(dir, 'add', 'data');
    git(dir, 'commit', '-q', '-m', 'big');
    const r = await runCli(['diff', 'HEAD', 'data'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HEAD:data/initiatives/12.yaml');
    expect(r.stderr).toContain('大きすぎます');
  });

  it('a revision without the report folder: says which', async () => {
    await rm(b, { recursive: true });
    git(dir, 'init', '-q');
    await writeFile(path.join(dir, 'README'), 'x\n');
    git(dir, 'add', 'README');
    git(dir, 'commit', '-q', '-m', 'empty');
    const r = await runCli(['diff', 'HEAD'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HEAD:data');
  });
});

describe('reform diff --out', () => {
  it('refuses to write over a report file, into a report directory, onto a directory or a YAML file', async () => {
    const manifest = path.join(dir, 'data', 'report.yaml');
    const before = await readFile(manifest, 'utf8');
    for (const out of ['data/report.yaml', 'data/diff.html', 'b', 'notes.yaml', '']) {
      const r = await runCli(['diff', 'data', 'b', '--format', 'html', '--out', out], { cwd: dir });
      expect(r.code, out).toBe(1);
      expect(r.stderr, out).toContain('には書けません');
    }
    expect(await readFile(manifest, 'utf8')).toBe(before);
    const ok = await runCli(['diff', 'data', 'b', '--format', 'html', '--out', 'diff.html'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(await readFile(path.join(dir, 'diff.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });
});

describe('reform diff: what is not a change, and what is not a rename', () => {
  it('pairs no unrelated divisions of report.yaml as a rename: one removed, one added', async () => {
    await edit(path.join(a, 'report.yaml'), (s) => s.replace('      - 総務課\n', '      - 総務課\n      - 庶務課\n'));
    await edit(path.join(b, 'report.yaml'), (s) => s.replace('      - 総務課\n', '      - 総務課\n      - 税務課\n'));
    const r = await runCli(['diff', 'data', 'b'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/庶務課.*→.*税務課/);
    expect(r.stdout).toMatch(/庶務課.*（削除）|（削除）.*庶務課/);
    expect(r.stdout).toMatch(/税務課.*（追加）|（追加）.*税務課/);
  });

  it('takes a value written as a | block like the same value written plain, and prints no stray line', async () => {
    const content = '    content: 庁内の協創事例を集約した協創ポータルサイトの構築、活用(H28～)\n';
    await edit(initiative(b, '02'), (s) =>
      s.replace(content, '    content: |\n      庁内の協創事例を集約した協創ポータルサイトの構築、活用(H28～)\n'),
    );
    const same = await runCli(['diff', 'data', 'b'], { cwd: dir });
    expect(same.stdout).toContain('違いはありません');

    // A `|+` block keeps its trailing blank lines: they are no added lines.
    await edit(initiative(b, '02'), (s) =>
      s
        .replace('  2019: |\n', '  2019: |+\n')
        .replace('進捗管理(通年)\nresults:', '進捗管理(通年)\n    ・追加の行\n\nresults:'),
    );
    const r = await runCli(['diff', 'data', 'b'], { cwd: dir });
    expect(r.stdout).toContain('+ ・追加の行');
    expect(r.stdout).not.toMatch(/^\s*\+\s*$/m);
    expect(r.stdout).toContain('変更点 1 件');
  });
});
