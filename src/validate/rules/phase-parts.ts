/** A phase's fromPart/toPart (half-year, quarter) exists at the resolution of the declared 工程 column. */
import { defineRule } from '../rule.js';
import { scheduleResolution } from './shared.js';

const RESOLUTION_EN: Record<string, string> = { year: 'years', half: 'half-years', quarter: 'quarters' };

export default defineRule({
  name: 'phase-parts',
  description: 'fromPart and toPart are at most 2 for half-years, 4 for quarters, 1 when the 工程 counts years',
  severity: 'error',
  messages: {
    'fmt-part-range': {
      ja: (p) => `期 ${p.value} は工程の刻み（${p.resolution}）にありません。1～${p.max} で書いてください。`,
      en: (p) => {
        const counted = RESOLUTION_EN[String(p.resolution)] ?? p.resolution;
        return `Part ${p.value} does not exist when the schedule counts ${counted}; write 1–${p.max}.`;
      },
    },
  },
  check: {
    initiative({ initiative: { data }, manifest, report }) {
      const { name, parts } = scheduleResolution(manifest);
      (data.items ?? []).forEach((item, ii) => {
        item.schedule.forEach((lane, li) => {
          lane.phases.forEach((phase, pi) => {
            for (const key of ['fromPart', 'toPart'] as const) {
              const value = phase[key];
              if (value !== undefined && value > parts)
                report({
                  code: 'fmt-part-range',
                  path: ['items', ii, 'schedule', li, 'phases', pi, key],
                  params: { value, resolution: name, max: parts },
                });
            }
          });
        });
      });
    },
  },
});
