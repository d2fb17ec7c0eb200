/**
 * Rules for the declared tables and the fields they print (manifest `tables`, `ratingScales`,
 * `categories`, `units`, sections' `subsections`; an initiative's `indicators`, `effects`, `ratings`,
 * `subsection`, `alsoUnder`): references known to the manifest (with "did you mean"), columns that fit
 * their table, and computed figures (差額, 累計, 進捗率) that, when written anyway, agree with the
 * computation — a disagreement is reported with both figures.
 */
import { fiscalYearLong } from '../era.js';
import { effectDifference, formatNumber, indicatorFigures } from '../model/figures.js';
import { leadProblems } from '../model/tables.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageKey } from '../messages/index.js';
import { diag, duplicates, type Checked } from './rules.js';
import { suggest } from './suggest.js';

type Params = Record<string, string | number>;
type Segs = (string | number)[];

function unknown(value: string, allowed: readonly string[], where: string): Params {
  const guess = suggest(value, allowed);
  return { value, where, allowed: allowed.join(', ') || '（なし）', ...(guess ? { suggestion: guess } : {}) };
}

const ROWS_OF: Record<string, 'indicators' | 'effects'> = {};
for (const k of ['label', 'unit', 'base', 'baseDate', 'target', 'targetYear', 'actual', 'cumulative', 'progress'])
  ROWS_OF[`indicator.${k}`] = 'indicators';
const EFFECT_KINDS = ['category', 'label', 'planned', 'actual', 'difference', 'year', 'yearTotal', 'cumulative'];
EFFECT_KINDS.push('yearPlanned', 'yearActual', 'plannedTotal', 'actualTotal', 'rate');
for (const k of EFFECT_KINDS) ROWS_OF[`effect.${k}`] = 'effects';

export function checkManifestFormat(m: Checked<Manifest>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { data, source } = m;
  const d = (segs: Segs, code: MessageKey, params: Params = {}) =>
    out.push(diag('manifest', source, segs, code, params));
  const scales = data.ratingScales ?? [];
  duplicates(scales.map((s) => s.id)).forEach((i) => {
    d(['ratingScales', i, 'id'], 'rule-duplicate', { value: scales[i].id });
  });
  scales.forEach((s, si) => {
    duplicates(s.levels.map((l) => l.code)).forEach((i) => {
      d(['ratingScales', si, 'levels', i, 'code'], 'rule-duplicate', { value: s.levels[i].code });
    });
  });
  const cats = data.categories ?? [];
  duplicates(cats.map((c) => c.id)).forEach((i) => {
    d(['categories', i, 'id'], 'rule-duplicate', { value: cats[i].id });
  });
  const subs = data.sections.flatMap((s, si) =>
    (s.subsections ?? []).map((x, k) => ({ id: x.id, at: ['sections', si, 'subsections', k, 'id'] })),
  );
  duplicates(subs.map((s) => s.id)).forEach((i) => {
    d(subs[i].at, 'rule-duplicate', { value: subs[i].id });
  });
  const tables = data.tables ?? [];
  duplicates(tables.map((t) => t.id)).forEach((i) => {
    d(['tables', i, 'id'], 'rule-duplicate', { value: tables[i].id });
  });
  const scaleIds = scales.map((s) => s.id);
  const { from, to } = data.planPeriod;
  tables.forEach((t, ti) => {
    if (t.summary !== undefined && !scaleIds.includes(t.summary))
      d(['tables', ti, 'summary'], 'fmt-unknown-ref', unknown(t.summary, scaleIds, 'ratingScales'));
    if (t.groupBy === 'category' && t.rows !== 'effects') d(['tables', ti, 'groupBy'], 'fmt-group-category');
    if (t.lead !== undefined) {
      const ids = t.columns.flatMap((c) => (c.id ? [c.id] : []));
      for (const place of leadProblems(t.lead, t))
        d(['tables', ti, 'lead'], 'fmt-lead-unknown', { place, allowed: ids.join(', ') || '（なし）' });
    }
    t.columns.forEach((c, ci) => {
      const at = ['tables', ti, 'columns', ci];
      const p = { heading: c.heading, kind: c.kind };
      const need = ROWS_OF[c.kind];
      if (need && t.rows !== need) d([...at, 'kind'], 'fmt-column-rows', { ...p, rows: t.rows, need });
      if (c.kind === 'rating' || c.kind === 'rating.change') {
        if (c.scale === undefined) d(at, 'fmt-column-needs', { ...p, key: 'scale' });
        else if (!scaleIds.includes(c.scale))
          d([...at, 'scale'], 'fmt-unknown-ref', unknown(c.scale, scaleIds, 'ratingScales'));
      }
      if (c.kind === 'text' && c.field === undefined) d(at, 'fmt-column-needs', { ...p, key: 'field' });
      const needsYear = ['effect.year', 'effect.yearPlanned', 'effect.yearActual'];
      if (needsYear.includes(c.kind) && c.year === undefined) d(at, 'fmt-column-needs', { ...p, key: 'year' });
      if (c.year !== undefined && (c.year < from || c.year > to)) {
        d([...at, 'year'], 'fmt-year-outside', {
          label: c.heading,
          year: c.year,
          yearLabel: fiscalYearLong(c.year),
          from,
          to,
        });
      }
    });
  });
  return out;
}

export function checkInitiativeFormat(i: Checked<Initiative>, m: Manifest): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { data, source } = i;
  const d = (segs: Segs, code: MessageKey, params: Params = {}, prefer: 'value' | 'key' = 'value') =>
    out.push(diag('initiative', source, segs, code, params, prefer));
  const section = m.sections.find((s) => s.id === data.section);
  const ownSubs = (section?.subsections ?? []).map((s) => s.id);
  const allSubs = m.sections.flatMap((s) => (s.subsections ?? []).map((x) => x.id));
  if (data.subsection !== undefined && section && !ownSubs.includes(data.subsection)) {
    d(['subsection'], 'fmt-unknown-ref', unknown(data.subsection, ownSubs, `sections（${section.id}）の subsections`));
  }
  (data.alsoUnder ?? []).forEach((id, k) => {
    if (!allSubs.includes(id)) d(['alsoUnder', k], 'fmt-unknown-ref', unknown(id, allSubs, 'subsections'));
  });

  // 担当課 is optional, but a table that prints it needs it.
  const divisionColumn = (m.tables ?? []).find((t) => t.columns.some((c) => c.kind === 'division'));
  if (m.tables && divisionColumn && data.division === undefined)
    d([], 'fmt-division-needed', { table: [divisionColumn.label, divisionColumn.title].filter(Boolean).join(' ') });

  const catIds = (m.categories ?? []).map((c) => c.id);
  (data.effects ?? []).forEach((e, k) => {
    if (!catIds.includes(e.category))
      d(['effects', k, 'category'], 'fmt-unknown-ref', unknown(e.category, catIds, 'categories'));
    const diff = effectDifference(e);
    if (e.difference !== undefined && diff !== undefined && Math.abs(diff - e.difference) > 1e-6) {
      const f = { unit: '', unitIn: 'cell' as const, negative: 'triangle' as const };
      d(['effects', k, 'difference'], 'fmt-computed-mismatch', {
        label: '差額',
        given: formatNumber(e.difference, f),
        computed: formatNumber(diff, f),
        how: `効果実績額 ${formatNumber(e.actual!, f)} − 効果見込額 ${formatNumber(e.planned!, f)}`,
      });
    }
  });

  const units = m.units;
  const fy = m.edition.fiscalYear;
  (data.indicators ?? []).forEach((ind, k) => {
    const at = ['indicators', k];
    if (units && !units.includes(ind.unit)) d([...at, 'unit'], 'fmt-unknown-ref', unknown(ind.unit, units, 'units'));
    const figs = indicatorFigures(ind, fy, m.planPeriod.from);
    const f = { unit: ind.unit, unitIn: 'cell' as const, negative: 'triangle' as const };
    if (ind.given === true && ind.cumulative === undefined) d([...at, 'given'], 'fmt-given-needs', {});
    if (ind.given === true && ind.cumulative !== undefined) {
      // A published total: checked only where the yearly actuals can produce it.
      if (figs.checkable !== undefined && Math.abs(figs.checkable - ind.cumulative) > 1e-6)
        d([...at, 'cumulative'], 'fmt-given-mismatch', {
          label: '累計',
          given: formatNumber(ind.cumulative, f),
          computed: formatNumber(figs.checkable, f),
          from: fiscalYearLong(m.planPeriod.from),
          to: fiscalYearLong(fy),
        });
    } else if (
      ind.cumulative !== undefined &&
      figs.cumulative !== undefined &&
      Math.abs(figs.cumulative - ind.cumulative) > 1e-6
    ) {
      d([...at, 'cumulative'], 'fmt-computed-mismatch', {
        label: '累計',
        given: formatNumber(ind.cumulative, f),
        computed: formatNumber(figs.cumulative, f),
        how: `実績値の合計（${fiscalYearLong(fy)}まで）`,
      });
    }
    if (
      ind.progressRate !== undefined &&
      figs.progressRate !== undefined &&
      Math.abs(figs.progressRate - ind.progressRate) >= 0.05
    ) {
      const pf = { unit: '%', unitIn: 'cell' as const, negative: 'triangle' as const, decimals: 1 };
      d([...at, 'progressRate'], 'fmt-computed-mismatch', {
        label: '進捗率',
        given: formatNumber(ind.progressRate, pf),
        computed: formatNumber(figs.progressRate, pf),
        how:
          (ind.measure ?? 'cumulative') === 'cumulative'
            ? '累計 ÷ 目標値'
            : '(最新の実績値 − 基準値) ÷ (目標値 − 基準値)',
      });
    }
  });

  // Halves or quarters of the 工程 columns: a phase's part must exist at that resolution.
  const res = (m.tables ?? []).flatMap((t) => t.columns).find((c) => c.kind === 'schedule' && c.resolution)?.resolution;
  const parts = res === 'half' ? 2 : res === 'quarter' ? 4 : 1;
  (data.items ?? []).forEach((it, ii) => {
    it.schedule.forEach((lane, li) => {
      lane.phases.forEach((ph, pi) => {
        for (const key of ['fromPart', 'toPart'] as const) {
          const v = ph[key];
          if (v !== undefined && v > parts) {
            d(['items', ii, 'schedule', li, 'phases', pi, key], 'fmt-part-range', {
              value: v,
              resolution: res ?? 'year',
              max: parts,
            });
          }
        }
      });
    });
  });

  const scales = m.ratingScales ?? [];
  const scaleIds = scales.map((s) => s.id);
  for (const [period, byScale] of Object.entries(data.ratings ?? {})) {
    for (const [scaleId, code] of Object.entries(byScale)) {
      const scale = scales.find((s) => s.id === scaleId);
      if (!scale) {
        d(['ratings', period, scaleId], 'fmt-unknown-ref', unknown(scaleId, scaleIds, 'ratingScales'), 'key');
        continue;
      }
      const codes = scale.levels.map((l) => l.code);
      if (codes.includes(code)) continue;
      // Someone may write the name (達成) or the symbol (◎) instead of the code: suggest its code.
      const byName = scale.levels.find((l) => l.label === code || l.symbol === code || l.text === code);
      const guess =
        byName?.code ??
        suggest(code, codes) ??
        suggest(
          code,
          scale.levels.map((l) => l.label),
        );
      const guessCode = scale.levels.find((l) => l.code === guess || l.label === guess)?.code;
      d(['ratings', period, scaleId], 'fmt-unknown-rating', {
        value: code,
        scale: scale.title,
        allowed: scale.levels.map((l) => `${l.code}（${l.label}）`).join(', '),
        ...(guessCode ? { suggestion: guessCode } : {}),
      });
    }
  }
  return out;
}
