/**
 * A careless or hostile 課: every tampering with a returned form is refused, with a message naming
 * the file (and cell), and no YAML byte changes; values that are not answers (a formula without a
 * saved result, an emptied cell, an over-long text, escape sequences) are refused or warned about.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { copySample, expectSameBytes, runCli, snapshotReport, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let data: string;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('reform-tamper-'));
  data = await copySample(dir);
});
afterEach(() => cleanup());

const snapshot = (): Promise<Map<string, Buffer>> => snapshotReport(data);

async function nextAndForms(): Promise<string> {
  expect((await runCli(['next', 'data'], { cwd: dir })).code).toBe(0);
  const r = await runCli(['forms', 'data', '--out', 'forms'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return path.join(dir, 'forms');
}

/** Fills the 年間実績 column (F of 実績) and applies `change`, as a 課 would in Excel. */
async function edit(file: string, out: string, change?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('実績')!;
  for (let r = 4; r <= ws.rowCount; r++)
    if (typeof ws.getCell(r, 1).value === 'number') ws.getCell(r, 6).value = `番号${ws.getCell(r, 1).value}の実績`;
  change?.(wb);
  await wb.xlsx.writeFile(out);
}

async function tokenOf(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return String(wb.getWorksheet('reform_id')!.getCell('B2').value);
}

async function refused(form: string, expected: string | RegExp): Promise<string> {
  const before = await snapshot();
  const r = await runCli(['import', form], { cwd: dir });
  expect(r.code, r.stdout).toBe(1);
  if (typeof expected === 'string') expect(r.stderr).toContain(expected);
  else expect(r.stderr).toMatch(expected);
  expect(r.stderr).toContain(`${form} は取り込んでいません`);
  expect(r.stderr).not.toMatch(/at .*\.[jt]s:\d+/);
  expectSameBytes(before, await snapshot());
  return r.stderr;
}

describe('import trusts nothing in the file but the answers', () => {
  it("another 課's token: the form is read on that 課's layout, and its locked cells do not match", async () => {
    const forms = await nextAndForms();
    const other = await tokenOf(path.join(forms, '総務部財政課.xlsx'));
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'), (wb) => {
      const id = wb.getWorksheet('reform_id')!;
      id.state = 'visible';
      id.getCell('B2').value = other;
    });
    await refused('f.xlsx', 'f.xlsx!実績!A4: 変更できないセル（灰色）が書き換えられています');
  });

  it.each([
    ['a path to another field', ['fill', '実績', 'F4', 2, 'x', '["division"]', '']],
    ['a path that is the whole file', ['fill', '実績', 'F4', 1, 'x', '[]', '']],
    ['a key outside the file', ['fill', '実績', 'F4', 1, 'x', '["../../etc/passwd"]', '']],
    ['a prototype key', ['fill', '実績', 'F4', 1, 'x', '["__proto__","dryRun"]', '']],
    ['a malformed path', ['fill', '実績', 'F4', 1, 'x', '[1,', '']],
    ['a malformed cell', ['fill', '実績', 'ZZZZ1', 1, 'x', '["plans","2019"]', '']],
    ['a lock digest recomputed', ['lock', '実績', 'B4', '0123456789abcdef']],
  ])('an identifier sheet with extra rows (%s) is refused', async (_, row) => {
    const forms = await nextAndForms();
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'), (wb) => {
      wb.getWorksheet('reform_id')!.addRow(row);
    });
    await refused('f.xlsx', 'f.xlsx: reform の照会様式ではないか、識別用の非表示シート「reform_id」が壊れています');
  });

  it('a token that the report never issued', async () => {
    const forms = await nextAndForms();
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'), (wb) => {
      wb.getWorksheet('reform_id')!.getCell('B2').value = '0123456789abcdef0123456789abcdef';
    });
    await refused(
      'f.xlsx',
      'f.xlsx: この報告書が発行した照会様式ではありません（data/forms-ledger.yaml に控えがありません）',
    );
  });

  it('a form of another report (its token is in that report’s ledger, not in this one)', async () => {
    await runCli(['next', 'data'], { cwd: dir });
    await cp(data, path.join(dir, 'other'), { recursive: true });
    const m = path.join(dir, 'other', 'report.yaml');
    await writeFile(m, (await readFile(m, 'utf8')).replace(/^title: .*$/m, 'title: 別の報告書'));
    expect((await runCli(['forms', 'other', '--out', 'of'], { cwd: dir })).code).toBe(0);
    await runCli(['forms', 'data', '--out', 'forms'], { cwd: dir });
    await edit(path.join(dir, 'of', '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'));
    await refused('f.xlsx', 'この報告書が発行した照会様式ではありません');
  });

  it('a form issued again (the older token is revoked)', async () => {
    const forms = await nextAndForms();
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'));
    const three = path.join(data, 'initiatives', '03.yaml');
    await writeFile(three, (await readFile(three, 'utf8')).replace(/^title: (.*)$/m, 'title: $1（改）'));
    expect((await runCli(['forms', 'data', '--out', 'forms2'], { cwd: dir })).code).toBe(0);
    await refused('f.xlsx', 'f.xlsx: 総務部人事課 の様式は作り直されているため、この古い様式は取り込めません');
    // The new form is taken.
    await edit(path.join(dir, 'forms2', '総務部人事課.xlsx'), path.join(dir, 'g.xlsx'));
    const r = await runCli(['import', 'g.xlsx'], { cwd: dir });
    expect(r.stdout, r.stderr).toContain('g.xlsx（総務部人事課）: 3 項目を取り込みます');
  });

  it('a symbolic link given as a form gets advice about forms', async () => {
    const forms = await nextAndForms();
    await symlink(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'link.xlsx'));
    await refused(
      'link.xlsx',
      'link.xlsx: ふつうのファイルではありません（シンボリックリンク、フォルダなど）。返送された照会様式',
    );
  });

  it('a form can change only the answers it asks: a changed title is refused', async () => {
    const forms = await nextAndForms();
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'), (wb) => {
      wb.getWorksheet('実績')!.getCell('B4').value = '別の取組名';
    });
    await refused('f.xlsx', 'f.xlsx!実績!B4: 変更できないセル（灰色）が書き換えられています');
  });
});

describe('values', () => {
  it('a formula without a saved result is refused with file!sheet!cell', async () => {
    const forms = await nextAndForms();
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'), (wb) => {
      wb.getWorksheet('実績')!.getCell('F5').value = { formula: 'B5&"の実績"' } as ExcelJS.CellFormulaValue;
    });
    await refused('f.xlsx', 'f.xlsx!実績!F5: 数式の結果が保存されていません');
  });

  it("a formula's saved result is taken", async () => {
    const forms = await nextAndForms();
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'), (wb) => {
      wb.getWorksheet('実績')!.getCell('F5').value = { formula: 'B5', result: '計算された実績' } as never;
    });
    const r = await runCli(['import', 'f.xlsx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(path.join(data, 'initiatives', '03.yaml'), 'utf8')).toContain('fullYear: 計算された実績');
  });

  it('an emptied answer is a warning naming the cell, and the value stays', async () => {
    const forms = await nextAndForms();
    const before = await readFile(path.join(data, 'initiatives', '01.yaml'), 'utf8');
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'), (wb) => {
      wb.getWorksheet('検証')!.getCell('D4').value = null;
    });
    const r = await runCli(['import', 'f.xlsx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('f.xlsx!検証!D4: 内容 が空欄にされています（今の値「');
    const after = await readFile(path.join(data, 'initiatives', '01.yaml'), 'utf8');
    const content = /content: .*/.exec(before)![0];
    expect(after).toContain(content);
  });

  it('the length limit: a data validation in the form, a warning naming the cell on import', async () => {
    const forms = await nextAndForms();
    const wb0 = new ExcelJS.Workbook();
    await wb0.xlsx.readFile(path.join(forms, '総務部人事課.xlsx'));
    const v = wb0.getWorksheet('実績')!.getCell('F4').dataValidation;
    expect(v.type).toBe('textLength');
    expect(v.formulae).toEqual([1000]);
    expect(v.prompt).toContain('1000字まで');
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'), (wb) => {
      wb.getWorksheet('実績')!.getCell('F4').value = 'あ'.repeat(10_000);
    });
    const r = await runCli(['import', 'f.xlsx'], { cwd: dir });
    expect(r.stderr).toContain('f.xlsx!実績!F4: 令和元年度 年間実績（4月～3月） が 10000 字あります（1000 字まで）');
  });

  it('an imported value that validate refuses names the form cell, and import exits 1', async () => {
    const forms = await nextAndForms();
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'), (wb) => {
      wb.getWorksheet('実績')!.getCell('F4').value = 'い'.repeat(25_000);
    });
    const r = await runCli(['import', 'f.xlsx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/data\/initiatives\/01\.yaml:\d+:\d+/);
    expect(r.stderr).toContain('照会様式 f.xlsx!実績!F4 から取り込んだもの');
  });

  it('control and invisible characters of a cell are shown escaped by import and its dry run', async () => {
    const forms = await nextAndForms();
    // (exceljs drops ESC itself when writing; a C1 control, CSI, and bidi overrides reach the file)
    const hostile = '\u009b31m赤い\u202e実績\u200b';
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'f.xlsx'), (wb) => {
      wb.getWorksheet('実績')!.getCell('F4').value = hostile;
      wb.getWorksheet('検証')!.getCell('F4').value = '\u009b2J\u202e';
    });
    const bad = await runCli(['import', 'f.xlsx', '--dry-run'], { cwd: dir });
    expect(bad.stderr + bad.stdout).not.toMatch(/[\u009b\u202e\u200b]/);
    expect(bad.stderr).toContain('<U+202E>');
    await edit(path.join(forms, '総務部人事課.xlsx'), path.join(dir, 'g.xlsx'), (wb) => {
      wb.getWorksheet('実績')!.getCell('F4').value = hostile;
    });
    const dry = await runCli(['import', 'g.xlsx', '--dry-run'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout + dry.stderr).not.toMatch(/[\u009b\u202e\u200b]/);
    expect(dry.stdout).toContain('赤い<U+202E>実績');
  });
});

describe('forms', () => {
  it('--due must be a date, in Japanese; --out is required, in Japanese; and not inside the report', async () => {
    await runCli(['next', 'data'], { cwd: dir });
    for (const due of ['2020-13-45', '明日', '2020-02-30']) {
      const r = await runCli(['forms', 'data', '--out', 'f', '--due', due], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`--due「${due}」は日付ではありません`);
    }
    const none = await runCli(['forms', 'data'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--out <dir> の指定が必要です');
    const inside = await runCli(['forms', 'data', '--out', 'data/forms'], { cwd: dir });
    expect(inside.code).toBe(1);
    expect(inside.stderr).toContain('報告書のフォルダと同じか、その中です');
  });

  it('the one --out guard: forms, build and diff refuse a system folder and the report directory', async () => {
    const build = await runCli(['build', 'data', '--no-pdf', '--out', 'data'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('報告書のフォルダと同じか、その中です');
    await runCli(['next', 'data'], { cwd: dir });
    const forms = await runCli(['forms', 'data', '--out', '/etc/reform-forms'], { cwd: dir });
    expect(forms.code).toBe(1);
    expect(forms.stderr).toContain('出力先「/etc/reform-forms」には書き出せません');
    for (const out of ['/etc/reform-diff.txt', 'data/diff.txt']) {
      const diff = await runCli(['diff', 'data', 'data', '--out', out], { cwd: dir });
      expect(diff.code, out).toBe(1);
    }
  });

  it('a long 課 name is shortened safely in the file name, whole inside the form', async () => {
    const m = path.join(data, 'report.yaml');
    const long = '課'.repeat(100);
    await writeFile(m, (await readFile(m, 'utf8')).replace('      - 人事課\n', `      - 人事課\n      - ${long}\n`));
    const one = path.join(data, 'initiatives', '01.yaml');
    await writeFile(one, (await readFile(one, 'utf8')).replace('division: 総務部/人事課', `division: 総務部/${long}`));
    const r = await runCli(['forms', 'data', '--out', 'f'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const files = await readdir(path.join(dir, 'f'));
    const file = files.find((f) => f.startsWith('総務部課'))!;
    expect(Buffer.byteLength(file)).toBeLessThan(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'f', file));
    expect(wb.getWorksheet('記入のしかた')!.getCell('B6').value).toBe(long);
  });
});
