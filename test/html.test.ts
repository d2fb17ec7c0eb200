/** The HTML pages without a browser: escaping, headings from the model, layout, highlight keys, templates. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadReport } from '../src/pipeline/load-report.js';
import { PAGES } from '../src/render/html.js';
import { renderPages as renderHtmlPages } from '../src/render/pages.js';
import * as fontkit from 'fontkit';
import { buildFonts, charactersWithoutGlyph, codePointsOf, fontCoverage } from '../src/render/fonts.js';
import { decideTables } from '../src/render/report-tables.js';
import type { BlockView, RowView, TableView } from '../src/model/tables.js';
import type { Report } from '../src/model/report.js';
import { copySample, normalizeForCompare, repoRoot, seedPhrases, tempDir } from './helpers.js';
import { htmlText } from './html-text.js';

const page = (pages: { name: string; data: string }[], name: string) => pages.find((p) => p.name === name)!.data;

let sample: Report;
let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  const loaded = await loadReport('data', { cwd: repoRoot });
  sample = loaded.report!;
  tmp = await tempDir('reform-html-');
});
afterAll(() => tmp.cleanup());

describe('the pages of the sample (the built-in 別表1 and 別表2)', () => {
  it('renders an index and one page per table, in Japanese, with titles and captions', () => {
    const pages = renderHtmlPages(sample);
    expect(pages.map((p) => p.name)).toEqual([PAGES.index, PAGES.progress, PAGES.verification]);
    for (const p of pages) {
      // reform's CSP comes first, whatever the template (render/csp.ts), then the template's <html lang>.
      expect(p.data).toMatch(
        new RegExp(
          String.raw`^<!DOCTYPE html>\n<meta http-equiv="Content-Security-Policy" ` +
            String.raw`content="default-src 'none'; script-src 'none';[^"]*">\n<html lang="ja">`,
        ),
      );
      expect(p.data).toContain(`<title>${p.title}</title>`);
      expect(p.data).toContain('<meta name="author" content="三重県">');
    }
    expect(pages[1].title).toBe('別表1 三重県行財政改革取組 令和元年度上半期の取組状況');
    expect(pages[2].title).toBe('別表2 現行の「三重県行財政改革取組」の検証');
    const progress = page(pages, PAGES.progress);
    expect(progress.match(/<caption>/g)).toHaveLength(3);
    expect(progress).toContain('<th scope="col" rowspan="2">番号</th>');
    expect(progress).toContain('<th scope="colgroup" colspan="5">工程</th>');
    expect(progress).toMatch(/<th scope="rowgroup" class="text title"/);
    expect(progress).toMatch(/<th scope="row" class="text item"/);
    // the index links both tables, as HTML and PDF
    const index = page(pages, PAGES.index);
    for (const href of ['progress.html', 'progress.pdf', 'verification.html', 'verification.pdf'])
      expect(index).toContain(`href="${href}"`);
    expect(renderHtmlPages(sample, { outputs: { pdf: false } })[0].data).not.toContain('.pdf"');
  });

  it('contains every phrase of the seed', () => {
    const text = normalizeForCompare(
      renderHtmlPages(sample)
        .map((p) => htmlText(p.data))
        .join('\n'),
    );
    const missing = seedPhrases().filter((p) => !text.includes(normalizeForCompare(p)));
    expect(missing, `missing from the HTML: ${missing.join(' | ')}`).toEqual([]);
  });

  it('lays out 別表1 as the seed does: two-row header from the model, section rows, rowspans, bars', () => {
    const html = page(renderHtmlPages(sample), PAGES.progress);
    // The era is in the text too (visually hidden): a screen reader reads 平成28年度, not 28年度.
    const yearHeads = [
      ...html.matchAll(/<th scope="col" class="part"><span class="vh">([^<]+)<\/span>([^<]+)<\/th>/g),
    ].map((m) => `${m[1]}+${m[2]}`);
    expect(yearHeads.slice(0, 4)).toEqual(['平成+28年度', '平成+29年度', '平成+30年度', '令和+元年度']);
    expect(html).toContain('<th scope="col" rowspan="2">令和元年度 年次計画</th>');
    expect(html).toContain('<th scope="col" rowspan="2">上半期実績(4月～9月)</th>');
    // Each section: a heading (visually hidden: the section row shows it) and the section row as a row header.
    expect(html).toContain('<h2 class="section-heading vh" id="s0">I 協創・現場重視の推進に向けて</h2>');
    expect(html).toContain(
      '<th scope="row" colspan="10" class="section"><strong>I 協創・現場重視の推進に向けて</strong></th>',
    );
    expect(html.match(/<h2 /g)).toHaveLength(3);
    // 4: three items of one lane each → 番号 spans 3 rows; the first item's phase is a bar over 4 years
    const four = /<tbody class="initiative" id="progress-4">([\s\S]*?)<\/tbody>/.exec(html)![1];
    expect(four).toContain('<td class="center number" rowspan="3">4</td>');
    expect(four).toContain(
      '<td class="yr wide " colspan="4"><span class="bar"><span class="head">←</span><span class="label"><span ' +
        'class="word">随時実施</span></span>' +
        '<span class="head">→</span></span><span class="vh">（平成28年度～令和元年度）</span></td>',
    );
    // the second item: a one-year bar then a three-year bar
    expect(four).toMatch(/colspan="1"><span class="bar">.*検討.*colspan="3"><span class="bar">.*実施/);
    // 8: one item with two lanes → two rows, the label spanning both
    const eight = /<tbody class="initiative" id="progress-8">([\s\S]*?)<\/tbody>/.exec(html)![1];
    expect(eight.match(/<tr/g)).toHaveLength(2);
    expect(eight).toContain('<th scope="row" class="text item" rowspan="2">□MMKの利用環境整備</th>');
    // 1: a change within a year
    const one = /<tbody class="initiative" id="progress-1">([\s\S]*?)<\/tbody>/.exec(html)![1];
    expect(htmlText(one).replace(/\s+/g, ' ')).toContain('検討 → 順次実施 （平成28年度）');
    expect(one).toContain('(H28年度達成済)');
  });

  it('lays out 別表2 with the legend and the merged cells of the seed', () => {
    const html = page(renderHtmlPages(sample), PAGES.verification);
    expect(html.indexOf('<dt>A: 現在の取組を基本的に継続するもの</dt>')).toBeLessThan(html.indexOf('<table'));
    expect(html).toContain('<th scope="colgroup" colspan="2">今後の取組方向</th>');
    const seven = /<tbody class="initiative" id="verification-7">([\s\S]*?)<\/tbody>/.exec(html)![1];
    expect(seven).toContain('<td class="center number" rowspan="3">7</td>');
    // the shared reason spans rows 1 and 2; row 2 has no reason cell of its own
    const rows = seven.split('<tr class="data">').slice(1);
    expect(rows[0]).toMatch(/rowspan="2"><p class="rt plain" style="--lv:0">職員が業務・職場環境/);
    expect(rows[1]).not.toMatch(/rowspan=/);
    expect(rows[1].match(/<td/g)).toHaveLength(4);
    expect(rows[2].match(/<td/g)).toHaveLength(5);
    // 福利厚生課 exists under one 部 only: the 課 alone, kept on one line
    expect(seven).toContain('<td class="text division"><span class="nw">福利厚生課</span></td>');
  });

  it("marks the cells diff marked on the tables' views with the class changed", () => {
    // diff's marks on the views (diff/figures.ts): the same path for the seed's tables as for declared ones.
    const decided = decideTables(sample);
    const mark = (t: TableView, number: number, at: (row: RowView, r: number) => RowView): TableView => {
      let r = 0;
      return {
        ...t,
        blocks: t.blocks.map((b): BlockView => {
          if (!('row' in b) || b.row.number !== number) return b;
          return { row: at(b.row, r++) };
        }),
      };
    };
    const markKinds = (row: RowView, t: TableView, kinds: string[]): RowView => ({
      ...row,
      cells: row.cells.map((c, ci) => (kinds.includes(t.columns[ci].spec.kind) ? { ...c, diffMark: 'changed' } : c)),
    });
    const [progressView, verificationView] = decided.views;
    const progress4 = mark(progressView, 4, (row) => {
      const marked = markKinds(row, progressView, ['title', 'plan', 'result', 'division']);
      // 取組項目 1 and the slots of its lanes.
      const first = row.laneItems.slice(0, 1).reduce((n, it) => n + it.lanes, 0);
      return {
        ...marked,
        laneItems: row.laneItems.map((it, i) => (i === 1 ? { ...it, diffMark: 'changed' as const } : it)),
        lanes: row.lanes.map((lane, l) =>
          l >= first && l < first + row.laneItems[1].lanes
            ? lane.map((s) => (s.phase ? { ...s, diffMark: 'changed' as const } : s))
            : lane,
        ),
      };
    });
    let verification = mark(verificationView, 4, (row, r) =>
      r === 0 ? markKinds(row, verificationView, ['title']) : row,
    );
    verification = mark(verification, 7, (row, r) =>
      r === 1 ? markKinds(row, verificationView, ['verification.outcome']) : row,
    );
    verification = mark(verification, 9, (row, r) =>
      r === 0 ? markKinds(row, verificationView, ['verification.reason']) : row,
    );
    const views = [progress4, verification];
    const tables = {
      ...decided,
      views,
      tables: decided.tables.map((e, i) => (e.view ? { ...e, view: views[i] } : e)),
    };
    const [, progressPage, verificationPage] = renderHtmlPages(sample, { tables });
    const four = /<tbody class="initiative" id="progress-4">([\s\S]*?)<\/tbody>/.exec(progressPage.data)![1];
    expect(four).toContain('class="text title changed"');
    expect(four).toContain('class="text plan changed"');
    expect(four).toContain('class="text result changed"');
    expect(four).toContain('class="text division changed"');
    const phases = progress4.blocks.flatMap((b) =>
      'row' in b && b.row.number === 4 ? b.row.lanes.flat().filter((s) => s.diffMark) : [],
    ).length;
    expect(phases).toBeGreaterThan(0);
    // item 1: its label and each phase of its 工程
    expect(four.match(/changed/g)).toHaveLength(4 + 1 + phases);
    expect(progressPage.data.match(/changed/g)).toHaveLength(4 + 1 + phases);
    // 4's title, 7's row 1 outcome, 9's row 0 reason
    expect(verificationPage.data.match(/class="[^"]*changed/g)).toHaveLength(3);
  });
});

describe('escaping', () => {
  it('prints markup written in YAML as text, never as HTML', async () => {
    const dir = await copySample(path.join(tmp.dir, 'xss'));
    const file = path.join(dir, 'initiatives', '01.yaml');
    const { readFile } = await import('node:fs/promises');
    let text = await readFile(file, 'utf8');
    text = text
      .replace(
        'title: 現場重視でさまざまな主体との協創を促進する職員の人材育成',
        'title: "<script>alert(1)</script>人材育成"',
      )
      .replace('    ・新規採用職員研修における', '    <img src=x onerror=alert(1)>研修\n    ・新規採用職員研修における')
      .replace('  - label: 協創の取組を進めるための研修の充実', '  - label: "研修の充実 \\" onmouseover=\\"alert(2)"');
    await writeFile(file, text);
    const loaded = await loadReport(dir, { cwd: tmp.dir });
    expect(loaded.diagnostics).toEqual([]);
    const pages = renderHtmlPages(loaded.report!);
    const all = pages.map((p) => p.data).join('\n');
    expect(all).not.toMatch(/<script/i);
    expect(all).not.toMatch(/<img/i);
    expect(all).not.toMatch(/onmouseover="/);
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;人材育成');
    expect(all).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;研修');
    expect(htmlText(all)).toContain('<script>alert(1)</script>人材育成');
    expect(htmlText(all)).toContain('研修の充実 " onmouseover="alert(2)');
    // and the pages forbid scripts anyway
    expect(all).toContain(`script-src 'none'`);
  });

  it('says a △ figure of the text in words (visually hidden) in 別表1 and 別表2, printed as before', async () => {
    const dir = await copySample(path.join(tmp.dir, 'minus'));
    const file = path.join(dir, 'initiatives', '01.yaml');
    const { readFile } = await import('node:fs/promises');
    const text = (await readFile(file, 'utf8'))
      .replace('研修を実施(6月～7月)', '研修を実施(6月～7月、前年度比△１２．５％)')
      .replace('職員の割合100%)', '職員の割合100%、前年度比▲3.5%)');
    await writeFile(file, text);
    const loaded = await loadReport(dir, { cwd: tmp.dir });
    expect(loaded.diagnostics).toEqual([]);
    const pages = renderHtmlPages(loaded.report!);
    expect(page(pages, PAGES.progress)).toContain(
      '<span class="nw">△１２．５％</span><span class="vh words">（マイナス）</span>',
    );
    expect(page(pages, PAGES.verification)).toContain(
      '<span class="nw">▲3.5%</span><span class="vh words">（マイナス）</span>',
    );
    // Only there: a figure without a sign has no words.
    expect(page(pages, PAGES.progress).match(/class="vh words"/g)).toHaveLength(1);
  });

  it('refuses templates that print raw HTML', async () => {
    const dir = path.join(tmp.dir, 'raw-templates');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'declared.hbs'), '{{#> layout}}{{{title}}}{{/layout}}');
    expect(() => renderHtmlPages(sample, { templatesDir: dir })).toThrow(
      expect.objectContaining({ key: 'template-raw' }),
    );
    await writeFile(path.join(dir, 'declared.hbs'), '{{#> layout}}{{& title}}{{/layout}}');
    expect(() => renderHtmlPages(sample, { templatesDir: dir })).toThrow(
      expect.objectContaining({ key: 'template-raw' }),
    );
  });

  it("uses a user's template file and falls back to the built-in ones for the others", async () => {
    const dir = path.join(tmp.dir, 'own-templates');
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, 'declared.hbs'),
      '{{#> layout}}<p class="mine">{{title}}: {{pages.length}}</p>{{/layout}}',
    );
    const pages = renderHtmlPages(sample, { templatesDir: dir });
    expect(pages[2].data).toContain('<p class="mine">現行の「三重県行財政改革取組」の検証: 3</p>');
    expect(pages[2].data).toContain('<link rel="stylesheet" href="style.css">');
    expect(pages[0].data).toContain('<ul class="outputs">');
    await writeFile(path.join(dir, 'declared.hbs'), '{{#> layout}}{{#each}}{{/layout}}');
    expect(() => renderHtmlPages(sample, { templatesDir: dir })).toThrow(
      expect.objectContaining({ key: 'template-syntax' }),
    );
  });
});

describe('another report: plan period 2018–2022 across 平成→令和, a full-year edition', () => {
  it('computes the fiscal-year columns and the edition headings with no code change', async () => {
    const dir = path.join(tmp.dir, 'r2');
    await mkdir(path.join(dir, 'initiatives'), { recursive: true });
    await writeFile(
      path.join(dir, 'report.yaml'),
      [
        'title: テスト県行財政改革 進捗状況',
        'organisation: テスト県',
        'planPeriod: { from: 2018, to: 2022 }',
        'edition: { fiscalYear: 2020, period: fullYear }',
        'progressTable: { label: 別表1, title: 令和2年度の取組状況 }',
        'verificationTable: { label: 別表2, title: 検証, legendIntro: 区分は次のとおり }',
        'sections: [{ id: I, mark: Ⅰ, title: 第一の柱 }]',
        'directions: [{ code: A, label: 継続, description: 続けるもの }]',
        'departments: [{ name: 総務部, divisions: [人事課] }]',
        '',
      ].join('\n'),
    );
    await writeFile(
      path.join(dir, 'initiatives', '01.yaml'),
      [
        'number: 1',
        'section: I',
        'title: 取組その一',
        'division: 総務部/人事課',
        'items:',
        '  - label: 項目A',
        '    schedule:',
        '      - phases: [{ label: 検討, from: 2018 }, { label: 実施, from: 2019, to: 2022 }]',
        'plans: { 2020: 計画 }',
        'results: { 2020: { fullYear: 実績 } }',
        'verification:',
        '  - { item: 項目A, content: 内容, outcome: 効果, direction: A, reason: 理由 }',
        '',
      ].join('\n'),
    );
    const loaded = await loadReport(dir, { cwd: tmp.dir });
    expect(loaded.diagnostics).toEqual([]);
    const html = renderHtmlPages(loaded.report!)[1].data;
    const heads = [...html.matchAll(/<th scope="col" class="part"><span class="vh">([^<]+)<\/span>([^<]+)<\/th>/g)];
    expect(heads.map((m) => m[2])).toEqual(['30年度', '元年度', '2年度', '3年度', '4年度']);
    expect(heads.map((m) => `${m[1]}${m[2]}`)).toEqual([
      '平成30年度',
      '令和元年度',
      '令和2年度',
      '令和3年度',
      '令和4年度',
    ]);
    expect(html).toContain('<th scope="colgroup" colspan="6">工程</th>');
    expect(html).toContain('<th scope="col" rowspan="2">令和2年度 年次計画</th>');
    expect(html).toContain('<th scope="col" rowspan="2">年間実績(4月～3月)</th>');
    // The years share 25% of the width (5 each), the texts the rest.
    expect(html.match(/<col style="width:5.00%">/g)).toHaveLength(5);
    expect(html).toMatch(/<td class="yr wide " colspan="4"><span class="bar">.*実施/);
    expect(renderHtmlPages(loaded.report!)[0].data).toContain('令和2年度');
  });
});

describe('fonts', () => {
  it('reads coverage from the real cmap: main font, Noto Sans JP fallback, and what neither has', () => {
    const cov = fontCoverage(codePointsOf(['協創 ← 実施 → ①□～〜 Ⅱ 髙﨑 ﾊﾞﾟ 𠮷 ⇐ Ⓐ \u{1F9FF}']));
    const chars = (cps: number[]) => cps.map((c) => String.fromCodePoint(c)).join('');
    for (const ch of '協創←→①□～〜Ⅱ髙﨑ﾊﾞﾟ') expect(chars(cov.main)).toContain(ch);
    expect(chars(cov.fallback)).toBe('⇐Ⓐ𠮷');
    expect(cov.uncovered).toEqual(['\u{1F9FF}']);
    expect(charactersWithoutGlyph('協創\u{1F9FF}𠮷\u{1F9FF}')).toEqual(['\u{1F9FF}']);
  });

  it('subsets one WOFF per weight, plus the fallback for just the characters the main font lacks', async () => {
    const fonts = await buildFonts(codePointsOf(['協創 𠮷 abc']));
    expect(fonts.files.map((f) => f.name).sort()).toEqual([
      'LICENSE-noto-sans-jp.txt',
      'LICENSE.txt',
      'biz-udpgothic-400.woff',
      'biz-udpgothic-700.woff',
      'fonts.css',
      'noto-sans-jp-400.woff',
      'noto-sans-jp-700.woff',
    ]);
    expect(fonts.fallback).toEqual(['𠮷']);
    expect(fonts.css).toContain("font-family: 'BIZ UDPGothic'");
    expect(fonts.css).toContain('unicode-range: U+20BB7;');
    expect(fonts.css).not.toContain("Noto Sans JP'");
    // The subset draws exactly these characters (read back from its cmap).
    const woff = fonts.files.find((f) => f.name === 'biz-udpgothic-400.woff')!.data as Uint8Array;
    const font = fontkit.create(Buffer.from(woff)) as fontkit.Font;
    expect(font.hasGlyphForCodePoint('協'.codePointAt(0)!)).toBe(true);
    expect(font.hasGlyphForCodePoint(' '.codePointAt(0)!)).toBe(true);
    expect(font.hasGlyphForCodePoint('実'.codePointAt(0)!)).toBe(false);
    expect(woff.byteLength).toBeLessThan(20_000);
    const plain = await buildFonts(codePointsOf(['協創']));
    expect(plain.files.map((f) => f.name)).not.toContain('noto-sans-jp-400.woff');
  });
});

describe('line breaking and names', () => {
  it('keeps numbers with sign, separators and unit together, and splits phase labels into words', async () => {
    const { keepNumbersTogether, wordsOfLabel } = await import('../src/render/linebreak.js');
    const nw = (t: string) =>
      keepNumbersTogether(t)
        .filter((p) => p.nw)
        .map((p) => p.text);
    expect(nw('利用率は９４．２％、委託料２，３８１千円（前年度△１２３千円）、H30:7,654件、12名')).toEqual([
      '９４．２％',
      '２，３８１千円',
      '△１２３千円',
      '30',
      '7,654件',
      '12名',
    ]);
    expect(keepNumbersTogether('数字なし').map((p) => p.text)).toEqual(['数字なし']);
    expect(keepNumbersTogether('第1段階').every((p) => !p.nw)).toBe(true);
    const url = keepNumbersTogether('・公開ページ:https://www.city.example.lg.jp/a/b/c.html で公開（２０２１年）');
    expect(url.filter((p) => p.bk).map((p) => p.text)).toEqual([':https://www.city.example.lg.jp/a/b/c.html']);
    expect(url.map((p) => p.text).join('')).toBe(
      '・公開ページ:https://www.city.example.lg.jp/a/b/c.html で公開（２０２１年）',
    );
    expect(wordsOfLabel('地域説明会・準備会設立・規約策定支援')).toEqual([
      '地域説明会・',
      '準備会設立・',
      '規約策定支援',
    ]);
  });

  it('prints 部 and 課 in 別表2 for a 課 name two 部 share, and breaks 担当課 only between them', async () => {
    const loaded = await loadReport('test/fixtures/city', { cwd: repoRoot });
    const [, progress, verification] = renderHtmlPages(loaded.report!);
    expect(verification.data).toContain('<span class="nw">市民協働部</span><wbr><span class="nw">総務課</span>');
    expect(verification.data).toContain('<span class="nw">総務部</span><wbr><span class="nw">総務課</span>');
    expect(verification.data).toContain('<td class="text division"><span class="nw">財政課</span></td>');
    expect(progress.data).toContain(
      '<p class="rt dept"><span class="nw">総務部</span><wbr><span class="nw">総務課</span></p>',
    );
    expect(progress.data).toContain('<span class="nw">２，３８１千円</span>');
  });
});
