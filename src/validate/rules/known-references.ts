/**
 * What the declared tables and their fields refer to is defined in report.yaml: a table's summary scale and a
 * rating column's scale (ratingScales), an initiative's subsection and alsoUnder (sections' subsections), an
 * effect's category (categories), an indicator's unit (units), the scales of its ratings — with "did you mean".
 */
import { defineRule } from '../rule.js';
import type { Params } from '../../messages/catalog.js';
import { maybeEn, maybeJa, unknownRef } from './shared.js';

/** Where a reference is defined: `subsections` of one section names that section. */
const whereJa = (p: Params) => (p.section !== undefined ? `sections（${p.section}）の ${p.where}` : `${p.where}`);
const whereEn = (p: Params) => (p.section !== undefined ? `${p.where} of section "${p.section}"` : `${p.where}`);

export default defineRule({
  name: 'known-references',
  description: 'summary, scale, subsection, alsoUnder, category, unit and rating scales name what report.yaml defines',
  severity: 'error',
  messages: {
    'fmt-unknown-ref': {
      ja: (p) =>
        `「${p.value}」は report.yaml の ${whereJa(p)} にありません。書けるもの: ${p.allowed || '（なし）'}。${maybeJa(p)}`,
      en: (p) =>
        `"${p.value}" is not among report.yaml's ${whereEn(p)}. ` +
        `${p.allowed ? `Allowed: ${p.allowed}.` : 'None are defined.'}${maybeEn(p)}`,
    },
  },
  check: {
    manifest({ manifest: { data }, report }) {
      const scaleIds = (data.ratingScales ?? []).map((s) => s.id);
      (data.tables ?? []).forEach((t, ti) => {
        if (t.summary !== undefined && !scaleIds.includes(t.summary))
          report({
            code: 'fmt-unknown-ref',
            path: ['tables', ti, 'summary'],
            params: unknownRef(t.summary, scaleIds, 'ratingScales'),
          });
        t.columns.forEach((c, ci) => {
          if (
            (c.kind === 'rating' || c.kind === 'rating.change') &&
            c.scale !== undefined &&
            !scaleIds.includes(c.scale)
          )
            report({
              code: 'fmt-unknown-ref',
              path: ['tables', ti, 'columns', ci, 'scale'],
              params: unknownRef(c.scale, scaleIds, 'ratingScales'),
            });
        });
      });
    },
    initiative({ initiative: { data }, manifest: m, report }) {
      const section = m.sections.find((s) => s.id === data.section);
      const ownSubs = (section?.subsections ?? []).map((s) => s.id);
      if (data.subsection !== undefined && section && !ownSubs.includes(data.subsection))
        report({
          code: 'fmt-unknown-ref',
          path: ['subsection'],
          params: unknownRef(data.subsection, ownSubs, 'subsections', { section: section.id }),
        });
      const allSubs = m.sections.flatMap((s) => (s.subsections ?? []).map((x) => x.id));
      (data.alsoUnder ?? []).forEach((id, k) => {
        if (!allSubs.includes(id))
          report({ code: 'fmt-unknown-ref', path: ['alsoUnder', k], params: unknownRef(id, allSubs, 'subsections') });
      });
      const catIds = (m.categories ?? []).map((c) => c.id);
      (data.effects ?? []).forEach((e, k) => {
        if (!catIds.includes(e.category))
          report({
            code: 'fmt-unknown-ref',
            path: ['effects', k, 'category'],
            params: unknownRef(e.category, catIds, 'categories'),
          });
      });
      const units = m.units;
      (data.indicators ?? []).forEach((ind, k) => {
        if (units && !units.includes(ind.unit))
          report({
            code: 'fmt-unknown-ref',
            path: ['indicators', k, 'unit'],
            params: unknownRef(ind.unit, units, 'units'),
          });
      });
      const scaleIds = (m.ratingScales ?? []).map((s) => s.id);
      for (const [period, byScale] of Object.entries(data.ratings ?? {})) {
        for (const scaleId of Object.keys(byScale)) {
          if (!scaleIds.includes(scaleId))
            report({
              code: 'fmt-unknown-ref',
              path: ['ratings', period, scaleId],
              params: unknownRef(scaleId, scaleIds, 'ratingScales'),
              prefer: 'key',
            });
        }
      }
    },
  },
});
