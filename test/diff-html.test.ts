/**
 * `reform diff --format html` on every example and on the sample, after one figure changes: the page draws
 * the head's tables as the build draws them (the one table decision: the declared tables, or the seed's 別表1・
 * 別表2), the edited cell marked `changed` and each figure the table computes from it (差額, 累計, 進捗率, 小計,
 * 合計, counts, the lead sentence, a rating's change) marked `consequence`, nothing else; the text diff names
 * the same consequences, and the preview's diff view (--base) marks the same cells. The page embeds the
 * shipped fonts: printed by Chromium with a font configuration that has no Japanese font, its PDF still holds
 * the Japanese text in those fonts (without them, it is drawn as boxes).
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultFinderDeps, findBrowser } from '../src/browser/find.js';
import { startPreview } from '../src/preview/run.js';
import { repoRoot, runCli, sampleDir, tempDir } from './helpers.js';
// @ts-expect-error: a plain ES module without types, shared with the script that makes the golden fixture
import { exampleNames } from '../scripts/examples-golden.mjs';

interface Case {
  file: string;
  from: string;
  to: string;
  /** The printed text of the edited cells. */
  changed: string[];
  /** The printed text of the cells, headings and sentences the table computes from them. */
  consequences: string[];
}

const CASES: Record<string, Case> = {
  effects: {
    file: '03.yaml',
    from: 'actual: 102450',
    to: 'actual: 110000',
    changed: ['110,000千円'],
    // 差額 of the row; 効果実績額 and 差額 of the 小計 and of the 合計.
    consequences: ['14,000千円', '110,400千円', '△14,200千円', '175,111千円', '△71,489千円'],
  },
  kpi: {
    file: '02.yaml',
    from: '      2025: 40\n',
    to: '      2025: 46\n',
    changed: ['46件'],
    consequences: ['76件', '95.0%'],
  },
  ratings: {
    file: '03.yaml',
    from: '  2025:\n    status: doing\n    achievement: C',
    to: '  2025:\n    status: doing\n    achievement: A',
    // The row and its 再掲 under another heading.
    changed: ['◎', '◎'],
    consequences: [
      '1 持続可能な財政運営（達成 3項目、一部達成 1項目、未達成 0項目）',
      '(2) 歳出の見直し（達成 2項目、一部達成 0項目、未達成 0項目）',
      '↑（△→◎）',
      '↑（△→◎）',
      '達成度: 達成 4項目、一部達成 2項目、未達成 0項目',
    ],
  },
  savings: {
    file: '01.yaml',
    from: '        actual: 13500',
    to: '        actual: 15500',
    changed: ['15,500'],
    consequences: [
      '令和7年度の効果額は、見込額1億5,100万円に対し、実績額は1億6,115万円（達成率106.7%）でした。' +
        '計画期間の見込額の計4億100万円に対する令和7年度の実績額の割合は40.2%です。',
      // 令和7年度 実績額 (the effect recurs), 達成率 and 対計画期間 of the row, of its 小計 and of the 総合計.
      '19,700',
      '115.9%',
      '42.8%',
      '63,500',
      '64,550',
      '129.1%',
      '45.5%',
      '118,300',
      '161,150',
      '106.7%',
      '40.2%',
    ],
  },
};

/** The marked elements of a page, in order: their mark and printed text (visually hidden words left out). */
function marked(html: string): { mark: string; text: string }[] {
  const out: { mark: string; text: string }[] = [];
  const re = /<(td|th|p)\b[^>]*\bclass="([^"]*)"[^>]*>([\s\S]*?)<\/\1>/g;
  for (const m of html.matchAll(re)) {
    // Every highlighted cell is `changed`; a computed one is also `consequence`.
    const classes = m[2].split(/\s+/);
    if (!classes.includes('changed')) continue;
    const mark = classes.includes('consequence') ? 'consequence' : 'changed';
    const text = m[3]
      .replace(/<span class="vh(?: [^"]*)?">[\s\S]*?<\/span>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();
    out.push({ mark, text });
  }
  return out;
}

function fetchText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

async function sides(dir: string, source: string, c: Pick<Case, 'file' | 'from' | 'to'>): Promise<void> {
  await cp(source, path.join(dir, 'base'), { recursive: true });
  await cp(source, path.join(dir, 'head'), { recursive: true });
  const p = path.join(dir, 'head', 'initiatives', c.file);
  const text = await readFile(p, 'utf8');
  expect(text).toContain(c.from);
  await writeFile(p, text.replace(c.from, c.to));
}

const examples: string[] = await exampleNames(repoRoot);

/**
 * Examples laid out as cards (個票): the page draws them, the edited figure of a small table marked `changed` and
 * what the small table computes from it (the row's 計, the 合計 row) `consequence`; the text diff names the
 * figures that moved.
 */
const CARD_CASES: Record<string, Case & { figures: string[] }> = {
  roadmap: {
    file: '01.yaml',
    from: '2025: 18400',
    to: '2025: 19900',
    changed: ['19,900'],
    // 予算額 計 of the 主要事業; 令和7年度 and 計 of the 合計.
    consequences: ['56,700', '32,550', '72,550'],
    figures: [
      '予算額 令和7年度: 18,400 → 19,900',
      '合計 › 予算額 令和7年度: 31,050 → 32,550',
      '予算額 計: 71,050 → 72,550',
    ],
  },
};

it('has a case for every example of examples/', () => {
  expect([...Object.keys(CASES), ...Object.keys(CARD_CASES)].sort()).toEqual(examples);
});

describe.each(Object.keys(CARD_CASES))('reform diff on the card example %s', (name) => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  afterAll(() => tmp?.cleanup());

  it('draws the cards with the fonts embedded, the edited figure and its consequences marked', async () => {
    const c = CARD_CASES[name];
    tmp = await tempDir('reform-diff-html-cards-');
    await sides(tmp.dir, path.join(repoRoot, 'examples', name), c);
    const r = await runCli(['diff', 'base', 'head', '--format', 'html', '--out', 'diff.html'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(path.join(tmp.dir, 'diff.html'), 'utf8');
    expect(html).toContain('19,900');
    expect(html).toMatch(/url\(data:font\/woff;base64,/);
    const marks = marked(html);
    expect(html.match(/class="[^"]*\b(changed|consequence)\b[^"]*"/g)?.length).toBe(marks.length);
    expect(marks.filter((m) => m.mark === 'changed').map((m) => m.text)).toEqual(c.changed);
    expect(marks.filter((m) => m.mark === 'consequence').map((m) => m.text)).toEqual(c.consequences);
    const t = await runCli(['diff', 'base', 'head'], { cwd: tmp.dir });
    for (const f of c.figures) expect(t.stdout).toContain(f);
  }, 60_000);
});

describe.each(examples.filter((e) => CASES[e]))('reform diff --format html on example %s', (name) => {
  const c = CASES[name];
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let html: string;
  let text: string;
  beforeAll(async () => {
    tmp = await tempDir('reform-diff-html-');
    await sides(tmp.dir, path.join(repoRoot, 'examples', name), c);
    const r = await runCli(['diff', 'base', 'head', '--format', 'html', '--out', 'diff.html'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    html = await readFile(path.join(tmp.dir, 'diff.html'), 'utf8');
    const t = await runCli(['diff', 'base', 'head'], { cwd: tmp.dir });
    expect(t.code, t.stderr).toBe(0);
    text = t.stdout;
  }, 60_000);
  afterAll(() => tmp?.cleanup());

  it('draws the declared tables, not the seed layout', async () => {
    const declared = (await import('yaml')).parse(
      await readFile(path.join(repoRoot, 'examples', name, 'report.yaml'), 'utf8'),
    ).tables as { title: string; splitBy?: string }[];
    // One table each; a table split per group (splitBy) is a table per group and one of the grand total.
    const captions = [...html.matchAll(/<caption>([^<]*)<\/caption>/g)].map((m) => m[1]);
    expect(html.match(/<table class="sheet declared-table">/g)?.length).toBe(captions.length);
    for (const t of declared)
      expect(captions.filter((c) => c.includes(t.title)).length, t.title).toSatisfy((n: number) =>
        t.splitBy ? n >= 2 : n === 1,
      );
    for (const t of declared) expect(html).toContain(t.title);
    expect(html).not.toMatch(/class="sheet (progress|verification)"/);
  });

  it('marks the edited cell and the figures computed from it, nothing else', () => {
    const marks = marked(html);
    // No other element of the page is highlighted.
    expect(html.match(/class="[^"]*\b(changed|consequence)\b[^"]*"/g)?.length).toBe(marks.length);
    expect(marks.filter((m) => m.mark === 'changed').map((m) => m.text)).toEqual(c.changed);
    expect(marks.filter((m) => m.mark === 'consequence').map((m) => m.text)).toEqual(c.consequences);
  });

  it("names the same consequences in the text diff and in the page's list", () => {
    for (const figure of new Set(c.consequences)) {
      // A heading's counts are named after its heading; the rest as printed after the arrow.
      const after = /（(達成 .*)）$/.exec(figure)?.[1] ?? figure.replace(/^達成度: /, '');
      expect(text).toContain(`→ ${after}`);
      // The page lists them above the tables too.
      expect(html).toContain(`→ <ins>${after}</ins>`);
    }
  });

  it("marks the same cells in the preview's diff view (reform preview --base)", async () => {
    const quiet = { write: () => undefined };
    const ctx = { cwd: tmp.dir, env: {}, lang: 'ja' as const, color: false, stdout: quiet, stderr: quiet };
    const preview = await startPreview(ctx, 'head', { watch: false, base: 'base' });
    if (typeof preview === 'number') throw new Error(`preview exited with ${preview}`);
    try {
      const pages = await Promise.all(
        preview.session.site!.tables.tables.map((t) => fetchText(`${preview.url}${t.page}`)),
      );
      const marks = pages.flatMap(marked);
      expect(marks.filter((m) => m.mark === 'changed').map((m) => m.text)).toEqual(c.changed);
      expect(marks.filter((m) => m.mark === 'consequence').map((m) => m.text)).toEqual(c.consequences);
    } finally {
      await preview.stop();
    }
  }, 60_000);

  it('embeds the shipped fonts and keeps its CSP', () => {
    expect(html).toMatch(/@font-face \{[^}]*src: url\(data:font\/woff;base64,/);
    expect(html).toContain('font-src data:');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/url\(\.\//);
  });
});

describe('reform diff --format html: other edits', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  afterEach(() => tmp?.cleanup());
  const marksOf = async (example: string, c: Pick<Case, 'file' | 'from' | 'to'>) => {
    tmp = await tempDir('reform-diff-html-edit-');
    await sides(tmp.dir, path.join(repoRoot, 'examples', example), c);
    const r = await runCli(['diff', 'base', 'head', '--format', 'html', '--out', 'diff.html'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    return marked(await readFile(path.join(tmp.dir, 'diff.html'), 'utf8'));
  };

  it('a renamed phase of the 工程 marks its slot and its 取組項目 only', async () => {
    const marks = await marksOf('kpi', { file: '02.yaml', from: '- label: 検討\n', to: '- label: 調査検討\n' });
    expect(marks).toEqual([
      { mark: 'changed', text: 'オンライン化' },
      { mark: 'changed', text: '調査検討' },
    ]);
  }, 60_000);

  it('a changed target marks it and the 進捗率 computed from it', async () => {
    const marks = await marksOf('kpi', { file: '02.yaml', from: '      value: 80\n', to: '      value: 100\n' });
    expect(marks).toEqual([
      { mark: 'changed', text: '100件' },
      { mark: 'consequence', text: '70.0%' },
    ]);
  }, 60_000);

  it("a card's text and a figure of its indicators are marked where the card prints them", async () => {
    const marks = await marksOf('roadmap', {
      file: '01.yaml',
      from: '職員の入力作業を減らす。\n',
      to: '職員の入力作業を半減する。\n',
    });
    expect(marks).toEqual([{ mark: 'changed', text: expect.stringContaining('職員の入力作業を半減する。') }]);
    const figure = await marksOf('roadmap', { file: '01.yaml', from: '      2025: 44.2\n', to: '      2025: 46.1\n' });
    expect(figure).toEqual([{ mark: 'changed', text: '46.1' }]);
  }, 60_000);

  it('a 内数 row moves its own 差額 and no 小計 or 合計 (they leave it out)', async () => {
    const marks = await marksOf('effects', { file: '01.yaml', from: 'actual: 15640', to: 'actual: 15000' });
    expect(marks).toEqual([
      { mark: 'changed', text: '(15,000千円)' },
      { mark: 'consequence', text: '(3,000千円)' },
    ]);
  }, 60_000);
});

describe("reform diff HEAD --dir rep --format html (the issue's steps)", () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  afterAll(() => tmp?.cleanup());

  it('compares the working tree with the last commit and marks the same cells', async () => {
    tmp = await tempDir('reform-diff-html-git-');
    await cp(path.join(repoRoot, 'examples', 'effects'), path.join(tmp.dir, 'rep'), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=reform test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd: tmp.dir,
          encoding: 'utf8',
          env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
        },
      );
    git('init', '-q');
    git('add', 'rep');
    git('commit', '-q', '-m', 'effects');
    const c = CASES.effects;
    const p = path.join(tmp.dir, 'rep', 'initiatives', c.file);
    await writeFile(p, (await readFile(p, 'utf8')).replace(c.from, c.to));
    const r = await runCli(['diff', 'HEAD', '--dir', 'rep', '--format', 'html', '--out', 'd.html'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const marks = marked(await readFile(path.join(tmp.dir, 'd.html'), 'utf8'));
    expect(marks.filter((m) => m.mark === 'changed').map((m) => m.text)).toEqual(c.changed);
    expect(marks.filter((m) => m.mark === 'consequence').map((m) => m.text)).toEqual(c.consequences);
  }, 60_000);
});

describe('reform diff --format html on the sample (the seed tables)', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  afterAll(() => tmp?.cleanup());

  it('draws 別表1 and 別表2 with the changed 年次計画 marked, nothing else', async () => {
    tmp = await tempDir('reform-diff-html-sample-');
    await sides(tmp.dir, sampleDir, { file: '05.yaml', from: '・事務的経費の節減', to: '・事務的経費の削減' });
    const r = await runCli(['diff', 'base', 'head', '--format', 'html', '--out', 'diff.html'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(path.join(tmp.dir, 'diff.html'), 'utf8');
    // Both tables, by their titles (whichever engine draws them).
    const manifest = (await import('yaml')).parse(await readFile(path.join(sampleDir, 'report.yaml'), 'utf8'));
    expect(html).toContain(manifest.progressTable.title);
    expect(html).toContain(manifest.verificationTable.title);
    const marks = marked(html);
    expect(marks).toHaveLength(1);
    expect(marks[0].mark).toBe('changed');
    expect(marks[0].text).toContain('・事務的経費の削減');
    expect(html).toMatch(/url\(data:font\/woff;base64,/);
  }, 60_000);
});

/** The YAML of docs/formats.md's worked case: the seed's 別表1・別表2 declared in report.yaml (rows: verification). */
async function seedDeclaration(): Promise<string> {
  const docs = await readFile(path.join(repoRoot, 'docs/formats.md'), 'utf8');
  const block = /```yaml\n([\s\S]*?)```/.exec(docs.slice(docs.indexOf('## 別表1・別表2 を自分で書く')));
  if (!block) throw new Error('docs/formats.md has no YAML block for the seed tables');
  return block[1];
}

describe.each(['built-in', 'declared'])('verification rows matched by their 取組項目 (%s 別表2)', (variant) => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  afterEach(() => tmp?.cleanup());
  const ROW = [
    '  - item: 職場環境改善の相談窓口',
    '    content: 相談窓口の設置(R1～)',
    '    outcome: 相談件数 R1:12件',
    '    direction: A',
    '    reason: 窓口を統合するため。',
    '',
  ].join('\n');
  const marksOf = async (c: Pick<Case, 'file' | 'from' | 'to'>) => {
    tmp = await tempDir('reform-diff-html-verification-');
    const source = path.join(tmp.dir, 'source');
    await cp(sampleDir, source, { recursive: true });
    if (variant === 'declared') {
      const manifest = path.join(source, 'report.yaml');
      await writeFile(manifest, `${await readFile(manifest, 'utf8')}\n${await seedDeclaration()}`);
    }
    await sides(tmp.dir, source, c);
    const r = await runCli(['diff', 'base', 'head', '--format', 'html', '--out', 'diff.html'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(path.join(tmp.dir, 'diff.html'), 'utf8');
    return marked(html);
  };

  it('a row inserted in the middle is one added row; the rows below it are not changed', async () => {
    const at = '  - item: ストレスチェック実施体制の整備\n';
    const marks = await marksOf({ file: '07.yaml', from: at, to: `${ROW}${at}` });
    expect(marks).toEqual([
      { mark: 'changed', text: '職場環境改善の相談窓口' },
      { mark: 'changed', text: '相談窓口の設置(R1～)' },
      { mark: 'changed', text: '相談件数 R1:12件' },
      { mark: 'changed', text: 'A' },
      { mark: 'changed', text: '窓口を統合するため。' },
      { mark: 'changed', text: '行財政改革推進課' },
    ]);
    // The text diff: one added row, nothing of the rows below it.
    const t = await runCli(['diff', 'base', 'head'], { cwd: tmp.dir });
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toContain('検証の行「職場環境改善の相談窓口」（追加）');
    expect(t.stdout).not.toContain('ストレスチェック');
    expect(t.stdout).toContain('変更点 1 件');
  }, 60_000);

  it('a renamed 取組項目 is a change of that cell, its row paired by its place', async () => {
    const marks = await marksOf({
      file: '07.yaml',
      from: '  - item: ストレスチェック実施体制の整備\n',
      to: '  - item: ストレスチェック実施体制の充実\n',
    });
    expect(marks).toEqual([{ mark: 'changed', text: 'ストレスチェック実施体制の充実' }]);
  }, 60_000);
});

const browser = findBrowser(undefined, defaultFinderDeps(process.env)).found;

/** A font file fontconfig knows that has no Japanese (a Latin font), or undefined. */
function latinFont(): string | undefined {
  try {
    const list = (args: string[]) =>
      execFileSync('fc-list', args, { encoding: 'utf8' })
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const ja = new Set(list(['-f', '%{file}\n', ':lang=ja']));
    return list(['-f', '%{file}\n', ':lang=en']).find((f) => !ja.has(f) && /\.(ttf|otf)$/i.test(f));
  } catch {
    return undefined;
  }
}

/** The fonts of a PDF (pdffonts): name and type. */
function pdfFonts(file: string): { name: string; type: string }[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => ({ name: l.split(/\s+/)[0], type: /\bType 3\b/.test(l) ? 'Type 3' : l.slice(37, 55).trim() }));
}

describe.skipIf(process.platform !== 'linux' || !browser)('the diff page on a machine without Japanese fonts', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  afterAll(() => tmp?.cleanup());

  it('prints its Japanese in the embedded fonts (a PDF of the page holds the changed text)', async () => {
    tmp = await tempDir('reform-diff-html-fonts-');
    await sides(tmp.dir, path.join(repoRoot, 'examples', 'effects'), CASES.effects);
    const r = await runCli(['diff', 'base', 'head', '--format', 'html', '--out', 'diff.html'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(path.join(tmp.dir, 'diff.html'), 'utf8');
    // fontconfig knows one Latin font and nothing else: no Japanese font on this "machine".
    const fonts = path.join(tmp.dir, 'fonts');
    await mkdir(fonts);
    const latin = latinFont();
    if (latin) await symlink(latin, path.join(fonts, path.basename(latin)));
    const conf = path.join(tmp.dir, 'fonts.conf');
    await writeFile(
      conf,
      `<?xml version="1.0"?>\n<fontconfig><dir>${fonts}</dir><cachedir>${tmp.dir}/fc-cache</cachedir></fontconfig>\n`,
    );
    expect(
      execFileSync('fc-list', [':lang=ja'], { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: conf } }),
    ).toBe('');
    const b = await puppeteer.launch({
      executablePath: browser!.path,
      headless: true,
      env: { ...process.env, FONTCONFIG_FILE: conf },
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const print = async (page: string, file: string) => {
      const tab = await b.newPage();
      await tab.setContent(page, { waitUntil: 'load' });
      await tab.evaluate(() => document.fonts.ready.then(() => undefined));
      await tab.pdf({ path: file, format: 'A4', landscape: true, printBackground: true });
      await tab.close();
      return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    };
    try {
      const withFonts = await print(html, path.join(tmp.dir, 'diff.pdf'));
      expect(withFonts).toContain('110,000千円');
      expect(withFonts).toContain('職員数の適正化');
      expect(withFonts).toContain('効果実績額');
      // Every character in the shipped fonts: no box (a Type 3 font is what Chromium draws for a missing glyph).
      const used = pdfFonts(path.join(tmp.dir, 'diff.pdf'));
      expect(used.some((f) => f.name.includes('BIZUDPGothic'))).toBe(true);
      expect(used.filter((f) => !/BIZUDPGothic|NotoSansJP/.test(f.name))).toEqual([]);
      // The same page without its embedded fonts draws its Japanese as boxes here: the embedded fonts did it.
      await print(html.replace(/@font-face \{[^}]*\}/g, ''), path.join(tmp.dir, 'bare.pdf'));
      expect(pdfFonts(path.join(tmp.dir, 'bare.pdf')).some((f) => f.type === 'Type 3')).toBe(true);
    } finally {
      await b.close();
    }
  }, 180_000);
});
