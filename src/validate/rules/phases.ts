/**
 * The 工程's phases: each ends after it starts, `then` (a change within a year) only on a one-year phase, and the
 * phases of one lane (段) do not overlap — by year, or by half-year or quarter when a declared 工程 column has them.
 */
import { defineRule } from '../rule.js';
import { classicInitiative } from '../../model/report.js';
import { fiscalYearLong } from '../../era.js';
import { scheduleResolution } from './shared.js';

export default defineRule({
  name: 'phases',
  description: "a phase's to is not before its from, then only within one year, and phases of a lane do not overlap",
  severity: 'error',
  messages: {
    'rule-phase-order': {
      ja: (p) => `終了年度（${p.to}）が開始年度（${p.from}）より前です。`,
      en: (p) => `The last year (${p.to}) is before the first year (${p.from}).`,
    },
    'rule-then-single-year': {
      ja: () =>
        '「年度内の次の段階」（then）は、1つの年度の中の段階にだけ書けます（開始年度と終了年度を同じにしてください）。',
      en: () => '"then" (a change within a year) is only allowed on a phase of one fiscal year.',
    },
    'rule-phase-overlap': {
      ja: (p) =>
        `同じ段で段階「${p.label}」と「${p.other}」が ${p.yearLabel} に重なっています。並行する段階は別の段に書いてください。`,
      en: (p) =>
        `Phases "${p.label}" and "${p.other}" overlap in ${p.year} in the same lane. Put parallel phases into ` +
        `separate lanes.`,
    },
  },
  check: {
    initiative({ initiative, manifest, report }) {
      const { parts } = scheduleResolution(manifest);
      classicInitiative(initiative.data).items.forEach((item, ii) => {
        item.schedule.forEach((lane, li) => {
          const taken = new Map<number, number>();
          lane.phases.forEach((phase, pi) => {
            const at = ['items', ii, 'schedule', li, 'phases', pi];
            const last = phase.to ?? phase.from;
            if (last < phase.from) {
              report({ code: 'rule-phase-order', path: [...at, 'to'], params: { from: phase.from, to: last } });
              return;
            }
            if (phase.then !== undefined && last !== phase.from)
              report({ code: 'rule-then-single-year', path: [...at, 'then'], params: { from: phase.from, to: last } });
            const firstSlot = phase.from * parts + Math.min(phase.fromPart ?? 1, parts) - 1;
            const lastSlot = last * parts + Math.min(phase.toPart ?? parts, parts) - 1;
            for (let slot = firstSlot; slot <= lastSlot; slot++) {
              const other = taken.get(slot);
              if (other !== undefined) {
                const year = Math.floor(slot / parts);
                report({
                  code: 'rule-phase-overlap',
                  path: at,
                  params: {
                    year,
                    yearLabel: fiscalYearLong(year),
                    label: phase.label,
                    other: lane.phases[other].label,
                  },
                });
                break;
              }
              taken.set(slot, pi);
            }
          });
        });
      });
    },
  },
});
