/**
 * `reform adopt WORKBOOK… --out DIR [--map adopt.yaml] [--dry-run] [--force]`: an office's existing
 * Excel tables become a report directory (report.yaml, initiatives/*.yaml in fmt's canonical form)
 * and adopt.yaml, the mapping it inferred, for the office to correct and rerun with --map. Prints
 * what it read per sheet and every uncertain reading with its file!sheet!cell or shape. The work is
 * in src/adopt/ (pure); this file reads, prints and writes.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Document } from 'yaml';
import { adopt, openWorkbook, type AdoptRefusal } from '../adopt/index.js';
import type { Note } from '../adopt/mapping.js';
import { readMappingFile, writeMappingFile, yearWord } from '../adopt/mapping-file.js';
import { columnLetter } from '../adopt/mapping.js';
import { FIELD_LABEL, type Field } from '../adopt/headings.js';
import { declaredColumnLabel } from '../adopt/declared.js';
import { formatText } from '../diagnostics/format.js';
import { readSource } from '../load/source.js';
import type { Manifest } from '../model/schema-types.js';
import { checkSchema } from '../validate/check-schema.js';
import type { Sheet } from '../adopt/workbook.js';
import { visible } from '../diagnostics/visible.js';
import { ExitCode, UserError } from '../errors.js';
import { canonicalize, CANONICAL_TO_STRING } from '../fmt/canonical.js';
import { writeFileAtomic } from '../io/atomic.js';
import { readRegularFile } from '../load/read.js';
import { t, type MessageKey } from '../messages/index.js';
import { loadReport } from '../pipeline/load-report.js';
import type { Context } from '../context.js';
import type { CommandRun } from './spec.js';

export type AdoptCommandOptions = { out?: string; map?: string; manifest?: string; dryRun?: boolean; force?: boolean };

/** An office's workbook of tables is a few MB; a file above this is not one. */
export const MAX_WORKBOOK_BYTES = 64 * 1024 * 1024;

const say = (ctx: Context, key: MessageKey, params: Record<string, string | number> = {}) =>
  ctx.stdout.write(`${visible(t(ctx.lang, key, params), { keepNewlines: true })}\n`);

function refuse(ctx: Context, r: AdoptRefusal): number {
  const { key, ...params } = r;
  ctx.stderr.write(`${visible(t(ctx.lang, key, params as Record<string, string | number>), { keepNewlines: true })}\n`);
  return ExitCode.userError;
}

function toYaml(value: unknown): string {
  return new Document(value).toString(CANONICAL_TO_STRING);
}

function canonical(value: unknown, kind: 'manifest' | 'initiative', file: string): string {
  const r = canonicalize(toYaml(value), kind, file);
  if (!r.ok) throw new Error(`adopt: ${file} could not be formatted (${r.reason})`);
  return r.text;
}

function printNotes(ctx: Context, notes: Note[]): void {
  if (notes.length === 0) {
    say(ctx, 'adopt-summary-none');
    return;
  }
  say(ctx, 'adopt-summary-notes', { count: notes.length });
  for (const n of notes)
    ctx.stdout.write(`  ${visible(n.where)}: ${visible(t(ctx.lang, n.key as MessageKey, n.params ?? {}))}\n`);
}

export const run: CommandRun<AdoptCommandOptions> = async (ctx, args, opts) => {
  // commander hands a variadic argument over as one array.
  const flat = (args as unknown[]).flat().filter((a): a is string => typeof a === 'string');
  if (!opts.out && !opts.dryRun) {
    ctx.stderr.write(`${t(ctx.lang, 'adopt-no-out')}\n`);
    return ExitCode.usage;
  }
  const workbooks: { file: string; sheets: Sheet[] }[] = [];
  for (const file of flat) {
    const read = await readRegularFile(path.resolve(ctx.cwd, file), MAX_WORKBOOK_BYTES).catch(() => undefined);
    if (!read || !('bytes' in read)) {
      if (read && 'tooLarge' in read)
        return refuse(ctx, { file, key: 'adopt-too-large', part: file, limit: MAX_WORKBOOK_BYTES });
      throw new UserError('adopt-file-missing', { file });
    }
    const sheets = openWorkbook({ file, bytes: read.bytes });
    if (!Array.isArray(sheets)) return refuse(ctx, sheets);
    workbooks.push({ file, sheets });
  }

  let manifest: { value: Manifest; text: string } | undefined;
  if (opts.manifest) {
    const abs = path.resolve(ctx.cwd, opts.manifest);
    const read = await readSource(abs, opts.manifest);
    const diagnostics = [...read.diagnostics, ...(read.source ? checkSchema('manifest', read.source) : [])];
    if (!read.source || diagnostics.some((d) => d.severity === 'error')) {
      const texts = new Map(read.text !== undefined ? [[opts.manifest, read.text]] : []);
      ctx.stderr.write(`${formatText(diagnostics, ctx.lang, texts, ctx.color)}\n`);
      throw new UserError('adopt-manifest-invalid', { file: opts.manifest });
    }
    manifest = { value: read.source.value as Manifest, text: read.source.text };
  }

  let mapping: Parameters<typeof adopt>[1]['mapping'];
  if (opts.map) {
    const read = await readRegularFile(path.resolve(ctx.cwd, opts.map)).catch(() => undefined);
    if (!read || !('bytes' in read)) throw new UserError('adopt-file-missing', { file: opts.map });
    const parsed = readMappingFile(new TextDecoder('utf-8').decode(read.bytes), manifest?.value);
    if ('problem' in parsed) throw new UserError('adopt-map-invalid', { file: opts.map, detail: parsed.problem });
    mapping = parsed.mapping;
  }

  const result = adopt(workbooks, {
    ...(mapping ? { mapping } : {}),
    ...(manifest ? { manifest: structuredClone(manifest.value) } : {}),
    thisYear: new Date().getUTCFullYear(),
  });
  if ('key' in result) return refuse(ctx, result);

  for (const r of result.readings) {
    const where = `${r.file}!${r.sheet}`;
    if (r.declared) {
      const d = r.declared;
      say(ctx, 'adopt-summary-declared', {
        where,
        table: r.table,
        rows: d.rows,
        records: d.records,
        totals: d.totals,
        skipped: d.skipped,
        phases: d.phases ? d.phases.shape + d.phases.typed + d.phases.fill : -1,
        shapes: d.phases?.shape ?? 0,
        typed: d.phases?.typed ?? 0,
        fills: d.phases?.fill ?? 0,
      });
      const spec = manifest?.value.tables?.find((t) => t.id === r.table);
      const columns = d.placement.columns
        .map((c, ci) => (c && spec ? `${columnLetter(c)}=${declaredColumnLabel(spec, ci)}` : ''))
        .filter(Boolean)
        .join(' ');
      say(ctx, 'adopt-summary-columns', { header: `${d.placement.header.first}-${d.placement.header.last}`, columns });
      continue;
    }
    if (!r.reading) {
      say(ctx, 'adopt-summary-skip', { where });
      continue;
    }
    const x = r.reading;
    const items = x.initiatives.reduce((n, i) => n + i.items.length, 0);
    const checks = x.initiatives.reduce((n, i) => n + i.verification.length, 0);
    say(ctx, 'adopt-summary-sheet', {
      where,
      table: r.table === 'progress' ? '別表1' : '別表2',
      rows: x.rows,
      initiatives: x.initiatives.length,
      items,
      checks,
      phases: x.phases.shape + x.phases.typed + x.phases.fill,
      shapes: x.phases.shape,
      typed: x.phases.typed,
      fills: x.phases.fill,
      skipped: x.skipped,
    });
    const m = x.mapping;
    const columns = [
      ...Object.entries(m.columns).map(([f, c]) => [c as number, FIELD_LABEL[f as Field]] as const),
      ...m.years.map((y) => [y.col, yearWord(y)] as const),
    ]
      .sort((a, b) => a[0] - b[0])
      .map(([c, v]) => `${columnLetter(c)}=${v}`)
      .join(' ');
    say(ctx, 'adopt-summary-columns', { header: `${m.header.first}-${m.header.last}`, columns });
  }
  printNotes(ctx, result.notes);

  if (opts.dryRun) {
    say(ctx, 'adopt-dry-run');
    return ExitCode.ok;
  }
  const out = path.resolve(ctx.cwd, opts.out!);
  const shown = path.relative(ctx.cwd, out) || '.';
  const existing = await readdir(out).catch(() => []);
  if (existing.length > 0 && !opts.force) throw new UserError('adopt-out-not-empty', { dir: shown });

  // A given report.yaml is written as it was (comments and all) unless divisions had to be added to it.
  const manifestText =
    manifest && !result.manifestChanged ? manifest.text : canonical(result.manifest, 'manifest', 'report.yaml');
  const texts: [string, string][] = [['report.yaml', manifestText]];
  for (const ini of result.initiatives)
    texts.push([`initiatives/${ini.file}`, canonical(ini.data, 'initiative', `initiatives/${ini.file}`)]);
  const mapFile = 'adopt.yaml';
  texts.push([mapFile, writeMappingFile(result.mapping, manifest?.value)]);
  for (const [name, text] of texts) await writeFileAtomic(path.join(out, name), text);

  const mapShown = path.join(shown, mapFile);
  say(ctx, 'adopt-written', { dir: shown, count: result.initiatives.length, map: mapShown });
  const loaded = await loadReport(out, { cwd: ctx.cwd });
  say(ctx, 'adopt-validate', { errors: loaded.stats.errors, warnings: loaded.stats.warnings, dir: shown });
  return loaded.stats.errors === 0 ? ExitCode.ok : ExitCode.userError;
};
