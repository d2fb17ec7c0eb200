/**
 * `reform adopt`, the pure part: workbooks (bytes) in; the mapping it used, what it read per sheet,
 * the notes (file!sheet!cell or shape) and the report (report.yaml and one initiative per file, as
 * data) out. The command reads the files, prints and writes.
 */
import { isXlsxProblem, ZipPackage } from '../load/xlsx-package.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import {
  declaredColumnLabel,
  declaredSheetMapping,
  placeDeclared,
  readDeclared,
  type DeclaredPlacement,
  type DeclaredReading,
} from './declared.js';
import { cardLabelCount, type CardReading, readCards } from './cards.js';
import { cleanName, Departments, parseDivisionCell, refString, type DivisionRef } from './divisions.js';
import {
  readProgressSheet,
  readVerificationSheet,
  type ReadInitiative,
  type ReadItem,
  type SheetReading,
} from './extract.js';
import { Grid } from './grid.js';
import { yearInText } from './headings.js';
import { inferSheet, type Mapping, type Note, type SheetMapping } from './mapping.js';
import { placeShapes, type ReadPhase } from './schedule.js';
import { readSheets, type Sheet, type WorkbookProblem } from './workbook.js';

export interface AdoptInput {
  /** The name shown in messages (as given on the command line). */
  file: string;
  bytes: Uint8Array;
}

export type AdoptRefusal =
  | { file: string; key: 'adopt-not-xlsx'; kind: string }
  | { file: string; key: 'adopt-unreadable'; detail: string }
  | { file: string; key: 'adopt-too-large'; part: string; limit: number }
  | { file: string; key: 'adopt-no-tables' }
  | { file: string; key: 'adopt-layout-unsupported'; table: string; layout: string };

export interface AdoptResult {
  mapping: Mapping;
  readings: {
    file: string;
    sheet: string;
    reading?: SheetReading;
    declared?: DeclaredReading;
    cards?: CardReading;
    table: string;
  }[];
  notes: Note[];
  manifest: Manifest;
  initiatives: { file: string; data: Initiative }[];
  /** With --manifest: whether the manifest was changed (departments added); else it is written as given. */
  manifestChanged?: boolean;
}

function refusalOf(file: string, p: WorkbookProblem): AdoptRefusal {
  if (p.problem === 'not-xlsx' && 'kind' in p) return { file, key: 'adopt-not-xlsx', kind: p.kind };
  if (p.problem === 'too-large') return { file, key: 'adopt-too-large', part: p.part || file, limit: p.max };
  if (p.problem === 'sheet-too-large') return { file, key: 'adopt-too-large', part: p.sheet, limit: 0 };
  if (p.problem === 'corrupt') return { file, key: 'adopt-unreadable', detail: p.detail };
  return { file, key: 'adopt-unreadable', detail: p.problem };
}

/** The sheets of one workbook, or why it is refused. */
export function openWorkbook(input: AdoptInput): Sheet[] | AdoptRefusal {
  const pkg = ZipPackage.open(input.bytes, input.file);
  if (isXlsxProblem(pkg)) return refusalOf(input.file, pkg);
  const sheets = readSheets(pkg);
  return Array.isArray(sheets) ? sheets : refusalOf(input.file, sheets);
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

export function adopt(
  workbooks: { file: string; sheets: Sheet[] }[],
  opts: { mapping?: Mapping; thisYear: number; manifest?: Manifest },
): AdoptResult | AdoptRefusal {
  if (opts.manifest?.tables?.length) return adoptDeclared(workbooks, opts.manifest, opts.mapping);
  const notes: Note[] = [];
  const given = opts.mapping;
  const decisions = given?.phases ?? {};
  const sheetMappings: SheetMapping[] = [];
  const readings: AdoptResult['readings'] = [];
  const progress: SheetReading[] = [];
  const verification: SheetReading[] = [];
  for (const wb of workbooks) {
    for (const sheet of wb.sheets) {
      const grid = new Grid(sheet);
      if (grid.tooManyMerges) return { file: wb.file, key: 'adopt-too-large', part: sheet.name, limit: 0 };
      const fromMap = given?.sheets.find((s) => baseName(s.file) === baseName(wb.file) && s.sheet === sheet.name);
      const m = fromMap ? { ...fromMap, file: wb.file } : inferSheet(grid, wb.file, opts.thisYear, notes);
      sheetMappings.push(m);
      if (m.table === 'skip' || m.table === 'declared') {
        readings.push({ file: wb.file, sheet: sheet.name, table: 'skip' });
        continue;
      }
      if (m.table === 'progress') {
        const shapes = placeShapes(grid, m, decisions, wb.file, notes);
        const r = readProgressSheet(grid, m, shapes, {
          decisions,
          ...(given?.fillLabel ? { fillLabel: given.fillLabel } : {}),
          file: wb.file,
          notes,
        });
        progress.push(r);
        readings.push({ file: wb.file, sheet: sheet.name, table: m.table, reading: r });
      } else {
        const r = readVerificationSheet(grid, m, { file: wb.file, notes });
        verification.push(r);
        readings.push({ file: wb.file, sheet: sheet.name, table: m.table, reading: r });
      }
    }
  }
  if (progress.every((p) => p.initiatives.length === 0))
    return { file: workbooks.map((w) => w.file).join(', '), key: 'adopt-no-tables' };
  const fromManifest: Partial<Mapping> = opts.manifest
    ? {
        title: opts.manifest.title,
        organisation: opts.manifest.organisation,
        planPeriod: opts.manifest.planPeriod,
        edition: {
          fiscalYear: opts.manifest.edition.fiscalYear,
          period: opts.manifest.edition.period === 'firstHalf' ? 'firstHalf' : 'fullYear',
        },
      }
    : {};
  const built = buildReport(progress, verification, { sheets: [], phases: {}, ...fromManifest, ...given }, notes);
  const mapping: Mapping = {
    ...built.settings,
    ...(given?.fillLabel ? { fillLabel: given.fillLabel } : {}),
    sheets: sheetMappings,
    phases: decisions,
  };
  // The seed's tables make their own report.yaml (sections, legend, departments read from the sheets).
  return { mapping, readings, notes, manifest: built.manifest, initiatives: built.initiatives, manifestChanged: true };
}

type Settings = Pick<Mapping, 'title' | 'organisation' | 'planPeriod' | 'edition'>;

function editionOf(p: SheetReading, given: Mapping | undefined, notes: Note[]): NonNullable<Mapping['edition']> {
  if (given?.edition) return given.edition;
  const m = p.mapping;
  const planHead = p.headings.plan ?? '';
  const resultHead = p.headings.result ?? '';
  const title = p.titleRows.join('\n');
  const year = yearInText(planHead) ?? yearInText(resultHead) ?? yearInText(title);
  const period = /上半期|上期|中間/.test(resultHead + title) ? 'firstHalf' : 'fullYear';
  if (year === undefined) notes.push({ where: `${m.file}!${m.sheet}`, key: 'adopt-note-edition-guessed' });
  return { fiscalYear: year ?? m.years[m.years.length - 1].year, period };
}

function splitTitleRows(rows: string[]): { label?: string; title?: string; rest: string[] } {
  let label: string | undefined;
  const rest: string[] = [];
  for (const r of rows) {
    if (!label && /^(別表|別紙|様式)[\s\u3000]*[0-9０-９一二三四五六七八九十]+$/u.test(r.trim())) label = r.trim();
    else rest.push(r);
  }
  const title = rest.find((r) => !r.includes('\n') && !/^[・※]/u.test(r));
  return { ...(label ? { label } : {}), ...(title ? { title } : {}), rest: rest.filter((r) => r !== title) };
}

function legendOf(rows: string[]): { intro?: string; directions: Manifest['directions'] } {
  const directions: NonNullable<Manifest['directions']> = [];
  let intro: string | undefined;
  for (const cell of rows) {
    const lines = cell.split('\n');
    for (const line of lines) {
      const t = line.trim();
      const d = /^([A-ZＡ-Ｚ])[\s\u3000]*[：:][\s\u3000]*(.+)$/u.exec(t);
      if (d) directions.push({ code: d[1].normalize('NFKC'), label: d[2].trim(), description: '' });
      else if (directions.length > 0 && t && !/^[・※]/u.test(t))
        directions[directions.length - 1].description += t.replace(/^[\s\u3000]+/u, '');
      else if (!intro && /区分/.test(t)) intro = t;
    }
  }
  return { ...(intro ? { intro } : {}), directions };
}

function sectionId(mark: string, index: number, used: Set<string>): string {
  const k = mark.normalize('NFKC').replace(/[\s.．]/g, '');
  let id = /^[A-Za-z0-9_-]{1,20}$/.test(k) ? k : `S${index + 1}`;
  while (used.has(id)) id = `${id}_${index + 1}`;
  used.add(id);
  return id;
}

function phaseData(p: Pick<ReadPhase, 'label' | 'then' | 'from' | 'to' | 'fromPart' | 'toPart' | 'arrow'>) {
  // reform draws an arrow over more than one year by default (the seed's 工程), or over more than one half (the
  // declared tables' half-year 工程): the arrow is written wherever either rule would draw it otherwise.
  const halves = p.fromPart ? p.to * 2 + (p.toPart ?? 2) > p.from * 2 + p.fromPart : p.to > p.from;
  const defaultArrow = halves === p.to > p.from ? halves : !p.arrow;
  return {
    label: p.label,
    from: p.from,
    ...(p.to !== p.from ? { to: p.to } : {}),
    ...(p.fromPart && p.fromPart !== 1 ? { fromPart: p.fromPart } : {}),
    ...(p.toPart && p.toPart !== 2 ? { toPart: p.toPart } : {}),
    ...(p.arrow !== defaultArrow ? { arrow: p.arrow } : {}),
    ...(p.then ? { then: p.then } : {}),
  };
}

/**
 * The seed's 別表1 draws its 工程 by fiscal year: phases read from half-year columns (上期・下期) are given
 * their years, and phases that then share a year go to lanes of their own, so that nothing is lost from
 * view. The office is told, with the item's cell, how to keep the halves (a table declared with
 * `resolution: half`, read with --manifest).
 */
function yearLanes(item: ReadItem, notes: Note[]): ReadPhase[][] {
  const halves = item.lanes.some((l) => l.some((p) => (p.fromPart ?? 1) !== 1 || (p.toPart ?? 2) !== 2));
  const whole = item.lanes.map((l) =>
    l.map(({ fromPart: _f, toPart: _t, ...p }) => (p.barArrow ? { ...p, arrow: p.to > p.from } : p)),
  );
  if (!halves) return whole;
  notes.push({ where: item.where, key: 'adopt-note-halves-as-years', params: { item: item.label } });
  const out: ReadPhase[][] = [];
  for (const lane of whole) {
    const mine: ReadPhase[][] = [];
    for (const p of lane) {
      const free = mine.find((l) => l.every((q) => q.to < p.from || p.to < q.from));
      if (free) free.push(p);
      else mine.push([p]);
    }
    out.push(...mine);
  }
  return out;
}

function buildReport(
  progress: SheetReading[],
  verification: SheetReading[],
  given: Mapping | undefined,
  notes: Note[],
): { manifest: Manifest; initiatives: { file: string; data: Initiative }[]; settings: Settings } {
  const first = progress[0];
  const years = first.mapping.years.map((y) => y.year);
  const planPeriod = given?.planPeriod ?? { from: years[0], to: years[years.length - 1] };
  const edition = editionOf(first, given, notes);
  const progressTitle = splitTitleRows(first.titleRows);
  const verificationSheet = verification[0];
  const verificationTitle = verificationSheet ? splitTitleRows(verificationSheet.titleRows) : undefined;
  const legend = legendOf(verificationTitle?.rest ?? []);
  const title = given?.title ?? progressTitle.title ?? '（表題）';
  let organisation = given?.organisation;
  if (!organisation) {
    organisation = /^(.{1,12}?[都道府県市町村区])/u.exec(title)?.[1];
    notes.push({
      where: `${first.mapping.file}!${first.mapping.sheet}`,
      key: 'adopt-note-organisation-guessed',
      params: { name: organisation ?? '（団体名）' },
    });
    organisation ??= '（団体名）';
  }

  // Initiatives of 別表1 in order; 別表2's rows joined by 番号.
  const all: ReadInitiative[] = progress.flatMap((p) => p.initiatives);
  const byNumber = new Map<number, ReadInitiative>();
  for (const ini of all) if (!byNumber.has(ini.number)) byNumber.set(ini.number, ini);
  for (const v of verification.flatMap((p) => p.initiatives)) {
    const target = byNumber.get(v.number);
    if (target) target.verification.push(...v.verification);
    else notes.push({ where: v.where, key: 'adopt-note-not-in-progress', params: { number: v.number } });
  }
  const distinct = [...byNumber.values()];
  const sequential = distinct.every((ini, i) => ini.number === i + 1);
  if (!sequential && distinct.length > 0) notes.push({ where: distinct[0].where, key: 'adopt-note-renumbered' });

  // Sections in order of appearance.
  const sections: Manifest['sections'] = [];
  const usedIds = new Set<string>();
  const sectionOf = new Map<ReadInitiative, string>();
  let currentSection: string | undefined;
  for (const ini of distinct) {
    if (ini.section || currentSection === undefined) {
      const s = ini.section ?? { mark: '', title: '（章）' };
      const id = sectionId(s.mark, sections.length, usedIds);
      sections.push({ id, mark: s.mark || id, title: s.title });
      currentSection = id;
    }
    sectionOf.set(ini, currentSection);
  }

  // Departments: two-line and clearly split cells first, then the rest against them.
  const departments = new Departments();
  const parsed = new Map<ReadInitiative, ReturnType<typeof parseDivisionCell>>();
  for (let pass = 0; pass < 2; pass++) {
    for (const ini of distinct) {
      if (!ini.division) continue;
      const result = parseDivisionCell(ini.division.text, departments);
      for (const b of result.blocks) for (const r of b.refs) departments.add(r);
      parsed.set(ini, result);
    }
  }
  const verificationDivision = (text: string, where: string, fallback: string): string => {
    const name = cleanName(text);
    const dept = departments.departmentOf(name);
    if (dept) return `${dept}/${name}`;
    const ref = departments.split(name);
    if (ref) {
      departments.add(ref);
      return refString(ref);
    }
    notes.push({ where, key: 'adopt-note-division-unknown', params: { text } });
    return fallback;
  };

  const directionCodes = new Set<string>();
  const initiatives = distinct.map((ini, index): { file: string; data: Initiative } => {
    const number = sequential ? ini.number : index + 1;
    const division = parsed.get(ini);
    for (const u of division?.unsure ?? [])
      notes.push({ where: ini.division!.where, key: 'adopt-note-division-split', params: { text: u } });
    const blocks = division?.blocks ?? [];
    const firstRef: DivisionRef | undefined = blocks.find((b) => b.refs.length > 0)?.refs[0];
    if (!firstRef)
      notes.push({ where: ini.where, key: 'adopt-note-division-unknown', params: { text: ini.division?.text ?? '' } });
    const main = firstRef ? refString(firstRef) : '（部）/（課）';
    if (!firstRef) departments.add({ department: '（部）', division: '（課）' });
    const headed = blocks.length > 1 || blocks.some((b) => b.heading);
    const items = ini.items.map((item, i) => {
      const block = headed ? (blocks.find((b) => b.heading === item.label) ?? blocks[i]) : undefined;
      const ref = block?.refs[0];
      return {
        label: item.label,
        ...(item.checkbox ? {} : { checkbox: false }),
        ...(block?.heading && block.heading !== item.label ? { heading: block.heading } : {}),
        ...(headed && ref ? { division: refString(ref) } : {}),
        schedule: yearLanes(item, notes).map((lane) => ({ phases: lane.map(phaseData) })),
      };
    });
    const coDivisions = !headed && blocks[0] && blocks[0].refs.length > 1 ? blocks[0].refs.slice(1).map(refString) : [];
    const fy = String(edition.fiscalYear);
    const rows = ini.verification.map((v) => {
      directionCodes.add(v.direction);
      const d = v.division ? verificationDivision(v.division, v.where, main) : undefined;
      return {
        item: v.item,
        content: v.content,
        outcome: v.outcome,
        direction: v.direction,
        ...(v.reason !== undefined ? { reason: v.reason } : {}),
        ...(v.shared ? { reasonSharedWithAbove: true } : {}),
        ...(d && d !== main ? { division: d } : {}),
      };
    });
    const data = {
      number,
      section: sectionOf.get(ini)!,
      title: ini.title,
      ...(ini.achievedIn !== undefined ? { achievedIn: ini.achievedIn } : {}),
      division: main,
      ...(coDivisions.length > 0 ? { coDivisions } : {}),
      items,
      plans: ini.plan !== undefined ? { [fy]: ini.plan } : {},
      results: ini.result !== undefined ? { [fy]: { [edition.period]: ini.result } } : {},
      ...(rows.length > 0 ? { verification: rows } : {}),
    } as Initiative;
    return { file: `${String(number).padStart(2, '0')}.yaml`, data };
  });

  const directions = legend.directions ?? [];
  for (const code of directionCodes) {
    if (/^[A-Z]$/.test(code) && !directions.some((d) => d.code === code)) {
      directions.push({ code, label: `区分${code}`, description: `区分${code}` });
      notes.push({
        where: `${verificationSheet?.mapping.file}!${verificationSheet?.mapping.sheet}`,
        key: 'adopt-note-direction-unknown',
        params: { code },
      });
    }
  }
  for (const d of directions) if (!d.description) d.description = d.label;

  const manifest = {
    title,
    organisation,
    planPeriod,
    edition,
    progressTable: { label: progressTitle.label ?? '別表1', title: progressTitle.title ?? title },
    verificationTable: {
      label: verificationTitle?.label ?? '別表2',
      title: verificationTitle?.title ?? '検証',
      legendIntro: legend.intro ?? '・今後の取組方向は、次のとおり区分しています。',
    },
    sections,
    ...(directions.length > 0 ? { directions } : {}),
    departments: [...departments.map].map(([name, divisions]) => ({ name, divisions })),
  } as Manifest;
  return {
    manifest,
    initiatives,
    settings: { title, organisation, planPeriod, edition },
  };
}

/**
 * The tables declared in the manifest: each sheet is placed as the declared table whose headings it has
 * (or as adopt.yaml says), and read by declared.ts. The manifest is the report's; divisions it does not
 * list are added to it.
 */
function adoptDeclared(
  workbooks: { file: string; sheets: Sheet[] }[],
  manifest: Manifest,
  given: Mapping | undefined,
): AdoptResult | AdoptRefusal {
  const notes: Note[] = [];
  // Tables in rows are placed by their headings; cards (個票, one block per initiative) by their label cells
  // (cards.ts); a layout unknown to this version is named and left out.
  const layoutOf = (t: object) => ('layout' in t && typeof t.layout === 'string' ? t.layout : 'table');
  const isRows = (t: object) => ['table', 'rows'].includes(layoutOf(t));
  const cardTables = (manifest.tables ?? []).filter((t) => layoutOf(t) === 'cards');
  const other = (manifest.tables ?? []).filter((t) => !isRows(t) && layoutOf(t) !== 'cards');
  const tables = (manifest.tables ?? []).filter(isRows);
  const where = workbooks.map((w) => w.file).join(', ');
  if (tables.length === 0 && cardTables.length === 0 && other.length > 0)
    return { file: where, key: 'adopt-layout-unsupported', table: other[0].id, layout: layoutOf(other[0]) };
  for (const t of other)
    notes.push({ where, key: 'adopt-note-layout-unsupported', params: { table: t.id, layout: layoutOf(t) } });
  const cardSheets = new Set<Sheet>();
  const cardRead: { file: string; sheet: string; table: string; initiatives: Initiative[]; cards: CardReading }[] = [];
  for (const t of cardTables) {
    let best: { file: string; sheet: Sheet; grid: Grid; count: number } | undefined;
    for (const wb of workbooks)
      for (const sheet of wb.sheets) {
        if (cardSheets.has(sheet)) continue;
        const grid = new Grid(sheet);
        if (grid.tooManyMerges) return { file: wb.file, key: 'adopt-too-large', part: sheet.name, limit: 0 };
        const count = cardLabelCount(grid, t);
        if (count >= 2 && (!best || count > best.count)) best = { file: wb.file, sheet, grid, count };
      }
    if (!best) {
      notes.push({ where, key: 'adopt-note-declared-missing', params: { table: t.id, title: t.title } });
      continue;
    }
    cardSheets.add(best.sheet);
    const r = readCards(best.grid, best.file, t, manifest, notes);
    cardRead.push({
      file: best.file,
      sheet: best.sheet.name,
      table: t.id,
      initiatives: r.initiatives,
      cards: r.reading,
    });
  }
  const placed: { grid: Grid; file: string; placement: DeclaredPlacement }[] = [];
  const sheetMappings: SheetMapping[] = [];
  const readings: AdoptResult['readings'] = [];
  const done = new Set<string>();
  // Every sheet against every table first; then the best pairs are taken, each sheet and table once: the sheet
  // whose title names a table is that table, else the table whose headings it has most of.
  type Candidate = { sheet: number; placement: DeclaredPlacement; score: number };
  const sheets: { wb: (typeof workbooks)[number]; sheet: Sheet; grid: Grid; fromMap?: SheetMapping }[] = [];
  const candidates: Candidate[] = [];
  for (const wb of workbooks) {
    for (const sheet of wb.sheets) {
      if (cardSheets.has(sheet)) continue;
      const grid = new Grid(sheet);
      if (grid.tooManyMerges) return { file: wb.file, key: 'adopt-too-large', part: sheet.name, limit: 0 };
      const fromMap = given?.sheets.find((s) => baseName(s.file) === baseName(wb.file) && s.sheet === sheet.name);
      const index = sheets.push({ wb, sheet, grid, ...(fromMap ? { fromMap } : {}) }) - 1;
      if (fromMap?.table === 'declared' && fromMap.declared) {
        const placement = { table: fromMap.declared.table, header: fromMap.header, columns: fromMap.declared.columns };
        candidates.push({ sheet: index, placement, score: Number.MAX_SAFE_INTEGER });
        continue;
      }
      if (fromMap) continue;
      const tops = Array.from({ length: 6 }, (_, i) => grid.text(i + 1, 1) + grid.text(i + 1, 2)).join('\n');
      for (const t of tables) {
        const placement = placeDeclared(grid, t, manifest);
        if (placement)
          candidates.push({
            sheet: index,
            placement,
            score: placement.columns.filter((c) => c > 0).length + (tops.includes(t.title) ? 100 : 0),
          });
      }
    }
  }
  const chosen = new Map<number, DeclaredPlacement>();
  for (const c of candidates.sort((a, b) => b.score - a.score)) {
    if (chosen.has(c.sheet) || done.has(c.placement.table) || !tables.some((t) => t.id === c.placement.table)) continue;
    chosen.set(c.sheet, c.placement);
    done.add(c.placement.table);
  }
  for (const [i, { wb, sheet, grid }] of sheets.entries()) {
    const placement = chosen.get(i);
    if (!placement) {
      sheetMappings.push({
        file: wb.file,
        sheet: sheet.name,
        table: 'skip',
        header: { first: 0, last: 0 },
        columns: {},
        years: [],
      });
      readings.push({ file: wb.file, sheet: sheet.name, table: 'skip' });
      continue;
    }
    const spec = tables.find((t) => t.id === placement.table)!;
    spec.columns.forEach((_, ci) => {
      if (!placement.columns[ci])
        notes.push({
          where: `${wb.file}!${grid.where(placement.header.first, 1)}`,
          key: 'adopt-note-declared-column-missing',
          params: { table: spec.id, heading: declaredColumnLabel(spec, ci) },
        });
    });
    placed.push({ grid, file: wb.file, placement });
    sheetMappings.push(declaredSheetMapping(wb.file, sheet.name, placement));
  }
  for (const t of tables)
    if (!done.has(t.id))
      notes.push({
        where: workbooks.map((w) => w.file).join(', '),
        key: 'adopt-note-declared-missing',
        params: { table: t.id, title: t.title },
      });
  if (placed.length === 0 && cardRead.length === 0)
    return { file: workbooks.map((w) => w.file).join(', '), key: 'adopt-no-tables' };
  const result =
    placed.length > 0
      ? readDeclared(manifest, placed, notes, given?.phases ?? {})
      : { manifest, initiatives: [], readings: [], added: false };
  mergeCards(result.initiatives, cardRead);
  for (const c of cardRead) readings.push({ file: c.file, sheet: c.sheet, table: c.table, cards: c.cards });
  for (const r of result.readings)
    readings.push({ file: r.file, sheet: r.sheet, table: r.placement.table, declared: r });
  // In the workbooks' order of sheets.
  const order = (x: { file: string; sheet: string }) =>
    sheets.findIndex((s) => s.wb.file === x.file && s.sheet.name === x.sheet);
  readings.sort((a, b) => order(a) - order(b));
  const bySection =
    tables.length > 0 && cardTables.length === 0 && tables.every((t) => (t.groupBy ?? 'section') !== 'section');
  if (bySection && manifest.sections.length > 1)
    notes.push({
      where: workbooks.map((w) => w.file).join(', '),
      key: 'adopt-note-section-not-printed',
      params: { table: tables[0].id, section: `${manifest.sections[0].mark} ${manifest.sections[0].title}` },
    });
  return {
    mapping: { sheets: sheetMappings, phases: given?.phases ?? {} },
    readings,
    notes,
    manifest: result.manifest,
    initiatives: result.initiatives,
    manifestChanged: result.added,
  };
}

/**
 * The initiatives read from cards joined to those of the tables in rows: by title (a card adds its fields,
 * projects and indicators), else as new initiatives numbered after the others.
 */
function mergeCards(into: { file: string; data: Initiative }[], cards: { initiatives: Initiative[] }[]): void {
  for (const c of cards)
    for (const ini of c.initiatives) {
      const same = into.find((x) => x.data.title === ini.title);
      if (same) {
        const { number: _n, section: _s, title: _t, ...rest } = ini;
        const fields = { ...(same.data.fields ?? {}), ...(rest.fields ?? {}) };
        Object.assign(same.data, rest, Object.keys(fields).length > 0 ? { fields } : {});
        continue;
      }
      const number = into.length === 0 ? ini.number : Math.max(...into.map((x) => x.data.number)) + 1;
      const data = { ...ini, number };
      into.push({ file: `${String(number).padStart(2, '0')}.yaml`, data });
    }
}
