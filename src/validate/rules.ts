/**
 * Rules that a schema cannot express: they look across files (番号 unique and without gaps,
 * sections, 区分 and 担当課 known to the manifest) or across fields (phases not overlapping,
 * years inside the plan period, the edition's plan and results present).
 */
import type { SourceFile } from '../load/source.js';
import { locate, positionAt } from '../load/locate.js';
import { charactersWithoutGlyph } from '../fonts/shipped.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import { fiscalYearLong } from '../era.js';
import { pathToString, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageKey } from '../messages/index.js';
import { fieldTitle, type SchemaName } from './schema.js';
import { suggest } from './suggest.js';
import { classicInitiative } from '../model/report.js';
import { checkText, positionOfChar } from './text.js';
import { CONTROL, firstHidden, INVISIBLE } from '../diagnostics/visible.js';

export interface Checked<T> {
  source: SourceFile;
  data: T;
}

type Params = Record<string, string | number>;

export function diag(
  schema: SchemaName,
  source: SourceFile,
  segs: (string | number)[],
  code: MessageKey,
  params: Params,
  prefer: 'value' | 'key' = 'value',
): Diagnostic {
  return {
    severity: 'error',
    code,
    file: source.displayPath,
    field: fieldTitle(schema, segs),
    path: pathToString(segs),
    ...positionAt(source, segs, prefer),
    params,
  };
}

export function checkManifest(m: Checked<Manifest>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { data, source } = m;
  const d = (segs: (string | number)[], code: MessageKey, params: Params) =>
    out.push(diag('manifest', source, segs, code, params));
  if (data.planPeriod.from > data.planPeriod.to) {
    d(['planPeriod', 'to'], 'rule-period-order', { from: data.planPeriod.from, to: data.planPeriod.to });
  } else if (data.planPeriod.to - data.planPeriod.from > 20) {
    d(['planPeriod', 'to'], 'rule-period-too-long', { years: data.planPeriod.to - data.planPeriod.from + 1 });
  }
  const e = data.edition.fiscalYear;
  if (e < data.planPeriod.from || e > data.planPeriod.to)
    d(['edition', 'fiscalYear'], 'rule-year-outside-plan', yearParams(e, data));
  duplicates(data.sections.map((s) => s.id)).forEach((i) => {
    d(['sections', i, 'id'], 'rule-duplicate', { value: data.sections[i].id });
  });
  const directions = data.directions ?? [];
  duplicates(directions.map((s) => s.code)).forEach((i) => {
    d(['directions', i, 'code'], 'rule-duplicate', { value: directions[i].code });
  });
  // Without declared tables the report prints 別表1 and 別表2, which need their settings.
  if (!data.tables) {
    for (const key of ['progressTable', 'verificationTable', 'directions'] as const) {
      if (data[key] === undefined) out.push(diag('manifest', source, [], 'schema-required', { key }, 'key'));
    }
  }
  duplicates(data.departments.map((s) => s.name)).forEach((i) => {
    d(['departments', i, 'name'], 'rule-duplicate', { value: data.departments[i].name });
  });
  data.departments.forEach((dep, di) => {
    duplicates(dep.divisions).forEach((i) => {
      d(['departments', di, 'divisions', i], 'rule-duplicate', { value: dep.divisions[i] });
    });
  });
  // The manifest's texts land in every page's title, heading and metadata: the same rule as the initiatives'.
  out.push(...checkText('manifest', source, data));
  walkStrings(data, [], (value, segs) => {
    for (const ch of charactersWithoutGlyph(value)) out.push(noGlyph('manifest', source, segs, ch));
  });
  return out;
}

/** Indexes of the values that repeat an earlier one. */
export function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) out.push(i);
    else seen.add(v);
  });
  return out;
}

function yearParams(year: number, m: Manifest): Params {
  return {
    year,
    yearLabel: fiscalYearLong(year),
    from: m.planPeriod.from,
    to: m.planPeriod.to,
    fromLabel: fiscalYearLong(m.planPeriod.from),
    toLabel: fiscalYearLong(m.planPeriod.to),
  };
}

/** 番号 unique and without gaps; read from the raw values so a file with other faults still counts. */
/** The schema's maximum of 番号. */
const MAX_NUMBER = 100000;

export function checkNumbers(sources: readonly SourceFile[], unreadable = 0): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byNumber = new Map<number, SourceFile>();
  let unknown = unreadable;
  for (const s of sources) {
    const n = (s.value as { number?: unknown } | null)?.number;
    // Numbers the schema refuses (not an integer, out of range) are reported there, not as gaps.
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1 || n > MAX_NUMBER) {
      unknown++;
      continue;
    }
    const first = byNumber.get(n);
    if (first)
      out.push(diag('initiative', s, ['number'], 'rule-duplicate-number', { number: n, other: first.displayPath }));
    else byNumber.set(n, s);
  }
  // A file whose number cannot be read may fill a gap: only look for gaps when every number is known.
  if (unknown > 0) return out;
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  let expected = 1;
  for (const n of numbers) {
    if (n > expected) {
      const missing = n - 1 === expected ? String(expected) : `${expected}～${n - 1}`;
      out.push(diag('initiative', byNumber.get(n)!, ['number'], 'rule-number-gap', { missing, number: n }));
    }
    expected = n + 1;
  }
  return out;
}

/** Slots per year of the 工程: 2 or 4 when a declared table prints half-years or quarters. */
function scheduleParts(m: Manifest): number {
  const col = (m.tables ?? []).flatMap((t) => t.columns).find((c) => c.kind === 'schedule' && c.resolution);
  return col?.resolution === 'half' ? 2 : col?.resolution === 'quarter' ? 4 : 1;
}

export function divisionCandidates(m: Manifest): string[] {
  // A 部 without 課 (監査委員事務局) is written as the 部 alone.
  return m.departments.flatMap((d) => (d.divisions.length === 0 ? [d.name] : d.divisions.map((v) => `${d.name}/${v}`)));
}

/**
 * 担当課 of a file with schema errors, said with them: the schema cannot require it, since only 別表1・別表2
 * need it (checkInitiative says it for a file without schema errors).
 */
export function missingDivision(source: Checked<Initiative>['source'], m: Manifest): Diagnostic[] {
  const v = source.value;
  if (m.tables || v === null || typeof v !== 'object' || Array.isArray(v) || 'division' in v) return [];
  return [diag('initiative', source, [], 'schema-required', { key: 'division' }, 'key')];
}

export function checkInitiative(i: Checked<Initiative>, m: Manifest): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { source } = i;
  if (!m.tables) {
    // 別表1 and 別表2 need every part of the initiative.
    const missing = (['division', 'items', 'plans', 'results', 'verification'] as const).filter(
      (k) => i.data[k] === undefined,
    );
    for (const key of missing) out.push(diag('initiative', source, [], 'schema-required', { key }, 'key'));
    if (missing.length > 0) return out;
  }
  const data = classicInitiative(i.data);
  const d = (segs: (string | number)[], code: MessageKey, params: Params = {}, prefer: 'value' | 'key' = 'value') =>
    out.push(diag('initiative', source, segs, code, params, prefer));
  const { from, to } = m.planPeriod;
  const inPlan = (y: number) => y >= from && y <= to;

  const sectionIds = m.sections.map((s) => s.id);
  if (!sectionIds.includes(data.section)) {
    const guess = suggest(data.section, sectionIds);
    d(['section'], 'rule-unknown-section', {
      value: data.section,
      allowed: sectionIds.join(', '),
      ...(guess ? { suggestion: guess } : {}),
    });
  }

  const divisions = divisionCandidates(m);
  // 担当課 holding an invisible character looks like a known one: said once, by name, at the character.
  const divisionSegs = new Set<string>();
  // Text rules common to every file (control and invisible characters), run last.
  const finish = (): Diagnostic[] => {
    out.push(...checkText('initiative', source, i.data, (segs) => divisionSegs.has(pathToString(segs))));
    // A character that no shipped font draws: a warning at the character itself.
    walkStrings(i.data, [], (value, segs) => {
      for (const ch of charactersWithoutGlyph(value)) out.push(noGlyph('initiative', source, segs, ch));
    });
    return out;
  };
  const checkDivision = (segs: (string | number)[], ref: string | undefined) => {
    if (ref === undefined || divisions.includes(ref)) return;
    const hidden = firstHidden(ref);
    if (hidden) {
      divisionSegs.add(pathToString(segs));
      const cleaned = ref.replace(new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, 'gu'), '');
      out.push({
        ...diag('initiative', source, segs, 'rule-division-hidden-char', {
          value: ref,
          codePoint: hidden.ch.codePointAt(0)!,
          ...(divisions.includes(cleaned) ? { suggestion: cleaned } : {}),
        }),
        ...positionOfChar(source, segs, hidden.ch),
      });
      return;
    }
    const [dep, div] = ref.split('/');
    const sameDivision = divisions.filter((c) => c.endsWith(`/${div}`));
    const guess = sameDivision.length === 1 ? sameDivision[0] : suggest(ref, divisions);
    const depKnown = m.departments.some((x) => x.name === dep);
    d(segs, depKnown ? 'rule-unknown-division' : 'rule-unknown-department', {
      value: ref,
      department: dep,
      ...(guess ? { suggestion: guess } : {}),
    });
  };
  checkDivision(['division'], i.data.division);
  (data.coDivisions ?? []).forEach((ref, k) => {
    checkDivision(['coDivisions', k], ref);
  });

  const edition = m.edition;
  const editionLabel = fiscalYearLong(edition.fiscalYear);
  const afterEdition = (y: number) => ({ ...yearParams(y, m), edition: edition.fiscalYear, editionLabel });
  if (data.achievedIn !== undefined && !inPlan(data.achievedIn))
    d(['achievedIn'], 'rule-year-outside-plan', yearParams(data.achievedIn, m));
  else if (data.achievedIn !== undefined && data.achievedIn > edition.fiscalYear) {
    d(['achievedIn'], 'rule-achieved-after-edition', afterEdition(data.achievedIn));
  }

  data.items.forEach((item, ii) => {
    checkDivision(['items', ii, 'division'], item.division);
    item.schedule.forEach((lane, li) => {
      const taken = new Map<number, number>();
      lane.phases.forEach((phase, pi) => {
        const at = ['items', ii, 'schedule', li, 'phases', pi];
        const last = phase.to ?? phase.from;
        if (!inPlan(phase.from)) d([...at, 'from'], 'rule-year-outside-plan', yearParams(phase.from, m));
        if (phase.to !== undefined && !inPlan(phase.to))
          d([...at, 'to'], 'rule-year-outside-plan', yearParams(phase.to, m));
        if (last < phase.from) {
          d([...at, 'to'], 'rule-phase-order', { from: phase.from, to: last });
          return;
        }
        if (phase.then !== undefined && last !== phase.from)
          d([...at, 'then'], 'rule-then-single-year', { from: phase.from, to: last });
        // Slots of a year (halves or quarters when a declared 工程 column has them): phases may share a year.
        const parts = scheduleParts(m);
        const firstSlot = phase.from * parts + Math.min(phase.fromPart ?? 1, parts) - 1;
        const lastSlot = last * parts + Math.min(phase.toPart ?? parts, parts) - 1;
        for (let slot = firstSlot; slot <= lastSlot; slot++) {
          const other = taken.get(slot);
          if (other !== undefined) {
            const y = Math.floor(slot / parts);
            d(at, 'rule-phase-overlap', {
              year: y,
              yearLabel: fiscalYearLong(y),
              label: phase.label,
              other: lane.phases[other].label,
            });
            break;
          }
          taken.set(slot, pi);
        }
      });
    });
  });

  for (const year of Object.keys(data.plans))
    if (!inPlan(Number(year))) d(['plans', year], 'rule-year-outside-plan', yearParams(Number(year), m), 'key');
  for (const year of Object.keys(data.results)) {
    const y = Number(year);
    if (!inPlan(y)) d(['results', year], 'rule-year-outside-plan', yearParams(y, m), 'key');
    else if (y > edition.fiscalYear) d(['results', year], 'rule-result-after-edition', afterEdition(y), 'key');
  }
  if (m.tables) return finish();
  if (data.plans[String(edition.fiscalYear)] === undefined) {
    d(['plans'], 'rule-missing-plan', { year: edition.fiscalYear, yearLabel: editionLabel }, 'key');
  }
  if (data.results[String(edition.fiscalYear)]?.[edition.period] === undefined) {
    d(
      ['results'],
      'rule-missing-result',
      { year: edition.fiscalYear, yearLabel: editionLabel, period: edition.period },
      'key',
    );
  }

  const codes = (m.directions ?? []).map((x) => x.code);
  data.verification.forEach((row, ri) => {
    const at = ['verification', ri];
    if (!codes.includes(row.direction))
      d([...at, 'direction'], 'rule-unknown-direction', { value: row.direction, allowed: codes.join(', ') });
    checkDivision([...at, 'division'], row.division);
    const shared = row.reasonSharedWithAbove === true;
    if (shared && row.reason !== undefined) d([...at, 'reason'], 'rule-reason-both');
    else if (!shared && row.reason === undefined) d(at, 'rule-reason-missing', {}, 'value');
    if (shared && ri === 0) d([...at, 'reasonSharedWithAbove'], 'rule-reason-shared-first');
    if (shared && ri > 0 && data.verification[ri - 1].direction !== row.direction) {
      d([...at, 'direction'], 'rule-reason-shared-direction', {
        value: row.direction,
        above: data.verification[ri - 1].direction,
      });
    }
  });

  return finish();
}

/** A warning at the character itself: its first occurrence inside the value's source text. */
function noGlyph(schema: SchemaName, source: SourceFile, segs: (string | number)[], ch: string): Diagnostic {
  const base = diag(schema, source, segs, 'rule-no-glyph', { char: ch, codePoint: codePointLabel(ch) });
  const node = locate(source, segs).node;
  const at = node?.range ? source.text.indexOf(ch, node.range[0]) : -1;
  const position = at >= 0 && node?.range && at < node.range[1] ? source.lineCounter.linePos(at) : undefined;
  return {
    ...base,
    severity: 'warning',
    ...(position ? { start: { line: position.line, column: position.col }, end: undefined } : {}),
  };
}

const codePointLabel = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * 〜 (U+301C WAVE DASH) is not read aloud by Japanese screen readers (NVDA); ～ (U+FF5E) is, and
 * prints the same. A warning, not an error: the report stays valid.
 */
export function checkWaveDash(schema: SchemaName, source: SourceFile, data: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  walkStrings(data, [], (value, segs) => {
    if (value.includes('\u301C'))
      out.push({ ...diag(schema, source, segs, 'rule-wave-dash', {}), severity: 'warning' });
  });
  return out;
}

function walkStrings(
  value: unknown,
  segs: (string | number)[],
  visit: (v: string, segs: (string | number)[]) => void,
): void {
  if (typeof value === 'string') visit(value, segs);
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) walkStrings(v, [...segs, i], visit);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walkStrings(v, [...segs, k], visit);
}
