/**
 * One edit per example of examples/ (and the sample) for the preview's tests: a figure as printed, the file
 * and the edit that changes it, and what the page prints before and after. Shared by the HTTP test
 * (test/preview-declared.test.ts) and the real-browser one (test/preview-tables-browser.test.ts).
 */
export interface PreviewCase {
  figure: string;
  file: string;
  from: string;
  to: string;
  before: string;
  after: string;
}

export const PREVIEW_CASES: Record<string, PreviewCase> = {
  effects: {
    figure: '△66,669千円',
    file: 'initiatives/02.yaml',
    from: 'actual: 13331\n    difference: -66669',
    to: 'actual: 13332\n    difference: -66668',
    before: '△66,669千円',
    after: '△66,668千円',
  },
  kpi: {
    figure: '137.5%',
    file: 'initiatives/01.yaml',
    from: '2025: 6\n    progressRate: 137.5',
    to: '2025: 7\n    progressRate: 150',
    before: '137.5%',
    after: '150.0%',
  },
  ratings: {
    figure: '1-(1)-①',
    file: 'initiatives/01.yaml',
    from: '・県税の収納率 98.9%（前年度 98.4%）',
    to: '・県税の収納率 99.1%（前年度 98.4%）',
    before: '98.9%（前年度',
    after: '99.1%',
  },
  roadmap: {
    figure: '71,050',
    file: 'initiatives/01.yaml',
    from: '2025: 18400',
    to: '2025: 19900',
    before: '71,050',
    after: '72,550',
  },
  savings: {
    figure: '13,500',
    file: 'initiatives/01.yaml',
    from: 'actual: 13500',
    to: 'actual: 13600',
    before: '13,500',
    after: '13,600',
  },
};

/** The sample's (data/): a line of a 年次計画 in 別表1. */
export const SAMPLE_CASE: PreviewCase = {
  figure: '・事務的経費の節減',
  file: 'initiatives/05.yaml',
  from: '・事務的経費の節減',
  to: '・事務的経費の圧縮',
  before: '・事務的経費の節減',
  after: '・事務的経費の圧縮',
};
