/**
 * Each validation rule on its own, from YAML texts (test/rule-tester.ts): what it accepts, what it reports, at
 * which line and column, and that its English messages hold no Japanese of reform's own. The end-to-end tests of
 * `reform validate` (validate.test.ts, formats-validate.test.ts) stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { edited, INITIATIVE, lintYaml, MANIFEST, ruleTester } from './rule-tester.js';
import { rules } from '../src/validate/rules/index.js';
import afterEdition from '../src/validate/rules/after-edition.js';
import answerLength from '../src/validate/rules/answer-length.js';
import computedFigures from '../src/validate/rules/computed-figures.js';
import editionAnswers from '../src/validate/rules/edition-answers.js';
import figureNotes from '../src/validate/rules/figure-notes.js';
import knownDirection from '../src/validate/rules/known-direction.js';
import knownDivision from '../src/validate/rules/known-division.js';
import knownRating from '../src/validate/rules/known-rating.js';
import knownReferences from '../src/validate/rules/known-references.js';
import knownSection from '../src/validate/rules/known-section.js';
import noControlChars from '../src/validate/rules/no-control-chars.js';
import noDuplicates from '../src/validate/rules/no-duplicates.js';
import noGlyph from '../src/validate/rules/no-glyph.js';
import noInvisibleChars from '../src/validate/rules/no-invisible-chars.js';
import numbering from '../src/validate/rules/numbering.js';
import openDataFiles from '../src/validate/rules/open-data-files.js';
import phaseParts from '../src/validate/rules/phase-parts.js';
import phases from '../src/validate/rules/phases.js';
import planPeriod from '../src/validate/rules/plan-period.js';
import requiredParts from '../src/validate/rules/required-parts.js';
import tableColumns from '../src/validate/rules/table-columns.js';
import verificationReasons from '../src/validate/rules/verification-reasons.js';
import waveDash from '../src/validate/rules/wave-dash.js';
import yearInPlan from '../src/validate/rules/year-in-plan.js';
import { areas } from '../src/messages/index.js';

/** A report with declared tables: scales, categories, units, subsections. */
const DECLARED = `title: 行政改革 取組状況
organisation: 見本町
planPeriod:
  from: 2023
  to: 2026
edition:
  fiscalYear: 2025
  period: fullYear
sections:
  - id: S1
    mark: "1"
    title: 財政運営
    subsections:
      - id: 1-1
        title: 歳入の確保
  - id: S2
    mark: "2"
    title: サービスの向上
    subsections:
      - id: 2-1
        title: デジタル化
departments:
  - name: 総務部
    divisions:
      - 財政課
units:
  - 千円
  - 件
categories:
  - id: revenue
    label: 歳入の確保
ratingScales:
  - id: achievement
    title: 達成度
    levels:
      - code: A
        label: 達成
        symbol: ◎
        description: 目標を達成した
      - code: B
        label: 未達成
        description: 目標を達成していない
tables:
  - id: t1
    label: 別表1
    title: 取組の評価
    rows: initiatives
    columns:
      - kind: number
        heading: 番号
        width: 6
      - kind: title
        heading: 取組項目
        width: 16
      - kind: rating
        heading: 達成度
        width: 4
        scale: achievement
`;

/** An initiative of DECLARED with an indicator, an effect and a rating. */
const DECLARED_INITIATIVE = `number: 1
section: S1
subsection: 1-1
title: 県税の徴収対策
division: 総務部/財政課
ratings:
  2025:
    achievement: A
indicators:
  - label: 収納件数
    unit: 件
    target:
      value: 100
      year: 2026
    actuals:
      2024: 30
      2025: 40
effects:
  - category: revenue
    planned: 800
    actual: 500
`;

const second = edited(INITIATIVE, ['number: 1', 'number: 2']);

describe('the rule list', () => {
  it('has each rule once, with codes of its own that the message catalogue does not declare again', () => {
    const names = rules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const owner = new Map<string, string>();
    const catalogue = Object.values(areas).flatMap((a) => Object.entries(a));
    for (const rule of rules) {
      for (const [code, message] of Object.entries(rule.messages)) {
        // A rule may speak with the catalogue's own message (a missing field is a missing field): the same object.
        const shared = catalogue.find(([k]) => k === code);
        if (shared) expect(shared[1], code).toBe(message);
        else {
          expect(owner.get(code), `${code} of ${rule.name}`).toBeUndefined();
          owner.set(code, rule.name);
        }
      }
    }
    expect(owner.size).toBeGreaterThan(30);
  });

  it('renders every message in both languages without failing, with no Japanese of its own in English', () => {
    const params = {
      value: 'x',
      allowed: 'a, b',
      allowedEn: 'a (b)',
      where: 'units',
      year: 2020,
      yearLabel: 'Y',
      from: 2016,
      to: 2019,
      fromLabel: 'F',
      toLabel: 'T',
      edition: 2019,
      editionLabel: 'E',
      period: 'firstHalf',
      codePoint: 0x200b,
      count: 2,
      number: 3,
      other: 'o.yaml',
      missing: '1',
      first: 1,
      last: 1,
      label: 'l',
      heading: 'h',
      kind: 'text',
      key: 'field',
      rows: 'effects',
      need: 'indicators',
      resolution: 'half',
      max: 2,
      char: 'c',
      given: '1',
      computed: '2',
      actual: '3',
      planned: '4',
      upTo: 2019,
      upToLabel: 'U',
      measure: 'level',
      scale: 's',
      department: 'd',
      above: 'B',
      years: 30,
      place: '{total.x}',
      table: 't',
      length: 1,
    };
    for (const rule of rules) {
      for (const [code, message] of Object.entries(rule.messages)) {
        for (const figure of ['difference', 'cumulative', 'progressRate']) {
          const p = { ...params, figure };
          expect(message.ja(p), code).not.toMatch(/undefined/);
          expect(message.en(p), code).not.toMatch(/undefined|[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/u);
        }
      }
    }
  });

  it('lintYaml refuses input that the schema refuses (a rule only sees valid data)', () => {
    expect(() => lintYaml(knownSection, { initiative: 'number: one\n' })).toThrow(/not valid against the schema/);
  });
});

ruleTester.run(requiredParts, {
  valid: [
    { name: 'a classic report with every part', initiative: INITIATIVE },
    { name: 'a report with declared tables needs no 別表 parts', manifest: DECLARED, initiative: DECLARED_INITIATIVE },
  ],
  invalid: [
    {
      name: 'an initiative without verification',
      initiative: INITIATIVE.slice(0, INITIATIVE.indexOf('verification:')),
      errors: [{ code: 'schema-required', line: 1, column: 1, params: { key: 'verification' } }],
    },
    {
      name: 'report.yaml without directions',
      manifest: MANIFEST.replace(/directions:\n(?: {2}.*\n)+/, ''),
      errors: [{ code: 'schema-required', file: 'report.yaml', params: { key: 'directions' } }],
    },
  ],
});

ruleTester.run(planPeriod, {
  valid: [{ name: 'the sample period' }],
  invalid: [
    {
      name: 'a period ending before it starts',
      manifest: edited(MANIFEST, ['to: 2019', 'to: 2015'], ['fiscalYear: 2019', 'fiscalYear: 2015']),
      errors: [{ code: 'rule-period-order', line: 5, column: 7, field: '計画期間の最後の年度' }],
      messages: { en: 'The plan period ends (2015) before it starts (2016).' },
    },
    {
      name: 'a period of 22 years',
      manifest: edited(MANIFEST, ['to: 2019', 'to: 2037']),
      errors: [{ code: 'rule-period-too-long', line: 5, params: { years: 22 } }],
    },
  ],
});

ruleTester.run(yearInPlan, {
  valid: [{ name: 'years inside the plan', initiative: INITIATIVE }],
  invalid: [
    {
      name: 'a phase, a plan and a result after the plan period',
      initiative: edited(INITIATIVE, ['to: 2017', 'to: 2020'], ['  2019: 研修', '  2020: 研修']),
      errors: [
        { code: 'rule-year-outside-plan', line: 11, column: 17, params: expect.objectContaining({ year: 2020 }) },
        { code: 'rule-year-outside-plan', line: 13, column: 3 },
      ],
      messages: {
        ja: '2020（令和2年度）は計画期間 2016～2019（平成28年度～令和元年度）の外です。',
        en: 'The fiscal year 2020 is outside the plan period 2016–2019.',
      },
    },
    {
      name: "the edition's year",
      manifest: edited(MANIFEST, ['fiscalYear: 2019', 'fiscalYear: 2021']),
      errors: [{ code: 'rule-year-outside-plan', file: 'report.yaml', line: 7, column: 15 }],
    },
  ],
});

ruleTester.run(afterEdition, {
  valid: [{ name: 'achieved in the edition', initiative: edited(INITIATIVE, ['title:', 'achievedIn: 2019\ntitle:']) }],
  invalid: [
    {
      name: 'achieved in a year to come',
      manifest: edited(MANIFEST, ['fiscalYear: 2019', 'fiscalYear: 2018']),
      initiative: edited(INITIATIVE, ['title:', 'achievedIn: 2019\ntitle:'], ['  2019: 研修', '  2018: 研修']),
      errors: [
        { code: 'rule-achieved-after-edition', line: 3, column: 13, field: '達成年度' },
        { code: 'rule-result-after-edition', line: 16, column: 3 },
      ],
      messages: { ja: '達成年度 2019（令和元年度）は', en: "is after this edition's fiscal year 2018" },
    },
  ],
});

ruleTester.run(noDuplicates, {
  valid: [{ name: 'distinct ids' }, { name: 'declared tables', manifest: DECLARED }],
  invalid: [
    {
      name: 'a division twice',
      manifest: edited(MANIFEST, ['      - 財政課\n', '      - 財政課\n      - 人事課\n']),
      errors: [{ code: 'rule-duplicate', line: 29, column: 9, params: { value: '人事課' } }],
      messages: { ja: '「人事課」が重複しています。', en: '"人事課" is duplicated.' },
    },
    {
      name: 'a level code twice',
      manifest: edited(DECLARED, ['code: B', 'code: A']),
      errors: [{ code: 'rule-duplicate', path: 'ratingScales[0].levels[1].code' }],
    },
  ],
});

ruleTester.run(numbering, {
  valid: [{ name: '1 and 2', initiative: [INITIATIVE, second] }],
  invalid: [
    {
      name: 'the same number twice',
      initiative: [INITIATIVE, INITIATIVE],
      errors: [
        { code: 'rule-duplicate-number', file: 'initiatives/02.yaml', line: 1, column: 9, params: expect.anything() },
      ],
      messages: { en: 'Number 1 is also used by initiatives/01.yaml.' },
    },
    {
      name: 'a gap of two numbers',
      initiative: [INITIATIVE, edited(INITIATIVE, ['number: 1', 'number: 4'])],
      errors: [{ code: 'rule-number-gap', file: 'initiatives/02.yaml', line: 1 }],
      messages: { ja: '番号 2～3 の取組がありません', en: 'There is no initiative numbered 2–3 ' },
    },
  ],
});

ruleTester.run(knownSection, {
  valid: [{ name: 'section I', initiative: INITIATIVE }],
  invalid: [
    {
      name: 'a section in lower case',
      initiative: edited(INITIATIVE, ['section: I', 'section: i']),
      errors: [{ code: 'rule-unknown-section', line: 2, column: 10, field: '章', params: expect.anything() }],
      messages: { en: 'Section "i" is not in report.yaml\'s sections. Allowed: I. Did you mean "I"?' },
    },
  ],
});

ruleTester.run(knownDivision, {
  valid: [{ name: 'a known 部/課', initiative: INITIATIVE }],
  invalid: [
    {
      name: 'an unknown 課, an unknown 部 and a zero-width space',
      initiative: edited(
        INITIATIVE,
        ['division: 総務部/人事課', 'division: 総務部/人事科'],
        ['    direction: A', '    direction: A\n    division: 企画部/人事課'],
        ['  - label: 研修の充実', '  - label: 研修の充実\n    division: "総務部/\\u200B財政課"'],
      ),
      errors: [
        { code: 'rule-unknown-division', line: 4, column: 11, field: '担当課' },
        { code: 'rule-division-hidden-char', line: 7, column: 20, params: expect.anything() },
        { code: 'rule-unknown-department', line: 23, column: 15, params: expect.anything() },
      ],
      messages: { ja: 'もしかして「総務部/人事課」ですか？', en: 'Did you mean "総務部/人事課"?' },
    },
  ],
});

ruleTester.run(phases, {
  valid: [{ name: 'one phase', initiative: INITIATIVE }],
  invalid: [
    {
      name: 'a phase ending before it starts',
      initiative: edited(INITIATIVE, ['to: 2017', 'to: 2015']),
      errors: [{ code: 'rule-phase-order', line: 11, column: 17 }],
    },
    {
      name: 'then on two years, and two phases of one lane in the same year',
      initiative: edited(INITIATIVE, [
        '            to: 2017\n',
        '            to: 2017\n            then: 実施\n          - label: 実施\n            from: 2017\n',
      ]),
      errors: [
        { code: 'rule-then-single-year', line: 12, column: 19 },
        { code: 'rule-phase-overlap', line: 13, column: 13, params: expect.objectContaining({ year: 2017 }) },
      ],
      messages: { en: '"then" (a change within a year) is only allowed on a phase of one fiscal year.' },
    },
  ],
});

ruleTester.run(editionAnswers, {
  valid: [{ name: "the edition's plan and result", initiative: INITIATIVE }],
  invalid: [
    {
      name: 'a plan and a result of another year',
      initiative: edited(
        INITIATIVE,
        ['  2019: 研修', '  2018: 研修'],
        ['  2019:\n    firstHalf', '  2018:\n    firstHalf'],
      ),
      errors: [
        { code: 'rule-missing-plan', line: 12, column: 1 },
        { code: 'rule-missing-result', line: 14, column: 1 },
      ],
      messages: { en: 'The annual plan for the published fiscal year 2019 is missing: add 2019: under plans.' },
    },
  ],
});

ruleTester.run(knownDirection, {
  valid: [{ name: '区分 A', initiative: INITIATIVE }],
  invalid: [
    {
      name: '区分 C',
      initiative: edited(INITIATIVE, ['direction: A', 'direction: C']),
      errors: [{ code: 'rule-unknown-direction', line: 21, column: 16, params: { value: 'C', allowed: 'A' } }],
    },
  ],
});

ruleTester.run(verificationReasons, {
  valid: [{ name: 'a reason', initiative: INITIATIVE }],
  invalid: [
    {
      name: 'no reason, a shared first row',
      initiative: edited(INITIATIVE, ['    reason: 引き続き実施する。', '    reasonSharedWithAbove: true']),
      errors: [{ code: 'rule-reason-shared-first', line: 22, column: 28 }],
    },
    {
      name: 'a missing reason',
      initiative: edited(INITIATIVE, ['    reason: 引き続き実施する。\n', '']),
      errors: [{ code: 'rule-reason-missing', line: 18, column: 5, field: '検証の行' }],
      messages: { en: 'The reason is missing.' },
    },
  ],
});

ruleTester.run(noControlChars, {
  valid: [{ name: 'plain texts', initiative: INITIATIVE }],
  invalid: [
    {
      name: 'an ESC written as an escape, at the character',
      initiative: edited(INITIATIVE, ['title: 職員の人材育成', 'title: "職員の\\e[2J人材育成"']),
      errors: [{ code: 'rule-control-char', line: 3, column: 12, severity: 'error', params: expect.anything() }],
      messages: { en: 'The text contains an escape character' },
    },
  ],
});

ruleTester.run(noInvisibleChars, {
  valid: [{ name: 'plain texts', initiative: INITIATIVE }],
  invalid: [
    {
      name: 'a zero-width space in a title',
      initiative: edited(INITIATIVE, ['title: 職員の人材育成', 'title: 職員の\u200b人材育成']),
      errors: [{ code: 'rule-invisible-char', line: 3, column: 11, severity: 'warning' }],
      messages: { ja: 'ゼロ幅スペース（U+200B）が含まれています', en: 'zero-width space (U+200B)' },
    },
  ],
});

ruleTester.run(noGlyph, {
  valid: [{ name: '𠮷 is in a shipped font', initiative: edited(INITIATIVE, ['title: 職員', 'title: 𠮷田の職員']) }],
  invalid: [
    {
      name: 'a character no shipped font has',
      initiative: edited(INITIATIVE, ['title: 職員', 'title: 🀄職員']),
      errors: [{ code: 'rule-no-glyph', line: 3, column: 8, params: { char: '🀄', codePoint: 'U+1F004' } }],
    },
  ],
});

ruleTester.run(waveDash, {
  valid: [{ name: 'a full-width tilde', initiative: edited(INITIATIVE, ['to: 2017', 'to: 2017']) }],
  invalid: [
    {
      name: 'a wave dash in report.yaml',
      manifest: edited(MANIFEST, ['title: 検証', 'title: 検証（H28〜R1）']),
      // At the character itself, not at the value.
      errors: [{ code: 'rule-wave-dash', file: 'report.yaml', line: 14, column: 16, severity: 'warning' }],
      messages: { en: 'The WAVE DASH (U+301C) is not read aloud' },
    },
    {
      name: 'a wave dash on the second line of a block scalar',
      initiative: edited(INITIATIVE, [
        'firstHalf: 研修を実施した。',
        'firstHalf: |\n      研修を実施した。\n      6月〜7月に実施。',
      ]),
      errors: [{ code: 'rule-wave-dash', line: 18, column: 9, severity: 'warning' }],
    },
  ],
});

ruleTester.run(answerLength, {
  valid: [{ name: 'answers that fit', initiative: INITIATIVE }],
  invalid: [
    {
      name: 'a 実績 over the default limit, a 区分の理由 over the limit report.yaml sets',
      manifest: `${MANIFEST}forms:\n  maxLength:\n    verification: 8\n`,
      initiative: edited(INITIATIVE, ['firstHalf: 研修を実施した。', `firstHalf: ${'あ'.repeat(1001)}`]),
      errors: [
        {
          code: 'rule-answer-too-long',
          line: 16,
          column: 16,
          severity: 'warning',
          params: { length: 1001, max: 1000 },
        },
        { code: 'rule-answer-too-long', line: 22, column: 13, severity: 'warning', params: { length: 9, max: 8 } },
      ],
      messages: { ja: '1001 字あります（1000 字まで）' },
    },
  ],
});

/** DECLARED with a table of cards (個票): label/value rows, then a small table of 主要事業 with their budgets. */
const CARDS = `${DECLARED}  - id: cards
    title: 個票
    rows: initiatives
    layout: cards
    card:
      tables:
        - title: 主要事業
          rows: projects
          total: true
          columns:
            - kind: project.name
              heading: 事業名
            - kind: project.budget
              heading: 予算額
              year: 2025
            - kind: indicator.yearTarget
              heading: 目標
              year: 2030
    columns:
      - kind: text
        heading: 目的
        field: purpose
`;
/** Line and column (1-based) of the first occurrence of `needle` in `text` at or after the line holding `after`. */
function at(text: string, needle: string, after = ''): { line: number; column: number } {
  const lines = text.split('\n');
  const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
  const line = lines.findIndex((l, i) => i >= from && l.includes(needle));
  return { line: line + 1, column: lines[line].indexOf(needle) + 1 };
}

const BAD_CARDS = edited(
  CARDS,
  ['rows: initiatives\n    layout: cards', 'rows: indicators\n    layout: cards'],
  ['              heading: 予算額\n              year: 2025\n', '              heading: 予算額\n'],
  [
    '      - kind: text\n        heading: 目的\n        field: purpose\n',
    '      - kind: schedule\n        heading: 工程\n',
  ],
);
const ROW_CARDS = edited(CARDS, ['    layout: cards\n', '']);

ruleTester.run(tableColumns, {
  valid: [
    { name: 'a table of ratings', manifest: DECLARED },
    {
      name: 'cards with a table of 主要事業 and a target after the plan period',
      manifest: CARDS.replace(
        '            - kind: indicator.yearTarget\n              heading: 目標\n              year: 2030\n',
        '',
      ),
    },
  ],
  invalid: [
    {
      name: 'an indicator column in a table of initiatives, a rating column without scale',
      manifest: edited(
        DECLARED,
        ['      - kind: title', '      - kind: indicator.label'],
        ['        scale: achievement\n', ''],
      ),
      errors: [
        { code: 'fmt-column-rows', line: 52, column: 15, params: expect.objectContaining({ need: 'indicators' }) },
        { code: 'fmt-column-needs', line: 55, column: 9, params: expect.objectContaining({ key: 'scale' }) },
      ],
    },
    {
      name: 'cards of indicators, a 工程 in a card, an indicator and a budget without year among 主要事業',
      manifest: BAD_CARDS,
      errors: [
        { code: 'fmt-cards-rows', ...at(BAD_CARDS, 'indicators', 'id: cards'), params: { rows: 'indicators' } },
        {
          code: 'fmt-column-needs',
          ...at(BAD_CARDS, 'kind: project.budget'),
          params: expect.objectContaining({ key: 'year' }),
        },
        {
          code: 'fmt-column-rows',
          ...at(BAD_CARDS, 'indicator.yearTarget'),
          params: expect.objectContaining({ heading: '目標', rows: 'projects', need: 'indicators' }),
        },
        {
          code: 'fmt-cards-column',
          ...at(BAD_CARDS, 'schedule'),
          params: expect.objectContaining({ heading: '工程' }),
        },
      ],
      messages: {
        ja: '個票（layout: cards）の表は取組ごとに1枚なので、行の単位（rows）は initiatives に',
        en: 'A table of cards (layout: cards) has one card per initiative: its rows must be initiatives',
      },
    },
    {
      name: 'card on a table laid out in rows',
      manifest: ROW_CARDS,
      errors: [{ code: 'fmt-card-layout', ...at(ROW_CARDS, 'card:', 'id: cards') }],
    },
  ],
});

/** DECLARED's table publishing the normalised tables too, under ids of its own or by default. */
const PUBLISHING = edited(DECLARED, [
  '    rows: initiatives\n',
  '    rows: initiatives\n    openData:\n      - rows: table\n      - rows: initiatives\n' +
    '      - rows: plans-results\n        id: plans\n        title: 計画と実績\n',
]);
const SAME_IN_TABLE = edited(
  PUBLISHING,
  ['        id: plans\n', '        id: t1\n'],
  ['      - rows: initiatives\n', '      - rows: initiatives\n      - rows: schedule\n'],
);
const DICTIONARY = edited(PUBLISHING, ['        id: plans\n', '        id: t1-columns\n']);
const SAME_ACROSS = `${PUBLISHING}  - id: t1-initiatives
    title: 一覧
    rows: initiatives
    columns:
      - kind: title
        heading: 取組名
`;
const CARDS_AND_TABLE = `${CARDS}  - id: cards-projects
    title: 主要事業
    rows: initiatives
    columns:
      - kind: title
        heading: 取組名
`;

ruleTester.run(openDataFiles, {
  valid: [
    { name: 'a table with its default file', manifest: DECLARED },
    { name: 'a table publishing its rows and normalised tables', manifest: PUBLISHING },
    { name: 'cards and their small tables', manifest: CARDS },
  ],
  invalid: [
    {
      name: 'two files of one table with one name, a schedule without a 工程 column',
      manifest: SAME_IN_TABLE,
      errors: [
        { code: 'fmt-open-data-no-schedule', ...at(SAME_IN_TABLE, 'schedule', 'openData:') },
        {
          code: 'fmt-open-data-same-file',
          ...at(SAME_IN_TABLE, 't1', 'plans-results'),
          params: { key: 't1.csv', table: 't1' },
        },
      ],
    },
    {
      name: "a file named as another file's column dictionary",
      manifest: DICTIONARY,
      errors: [
        {
          code: 'fmt-open-data-same-file',
          ...at(DICTIONARY, 't1-columns', 'plans-results'),
          params: { key: 't1-columns.csv', table: 't1' },
        },
      ],
    },
    {
      name: "a table whose id is another table's file",
      manifest: SAME_ACROSS,
      errors: [
        {
          code: 'fmt-open-data-same-file',
          ...at(SAME_ACROSS, 't1-initiatives', '  - id: t1-initiatives'),
          params: { key: 't1-initiatives.csv', table: 't1' },
        },
      ],
      messages: { ja: '表「t1」でも作ります', en: 'is also made by table "t1"' },
    },
    {
      name: "a table whose id is a card's small table's file",
      manifest: CARDS_AND_TABLE,
      errors: [
        {
          code: 'fmt-open-data-same-file',
          ...at(CARDS_AND_TABLE, 'cards-projects', '  - id: cards-projects'),
          params: { key: 'cards-projects.csv', table: 'cards' },
        },
      ],
    },
  ],
});

ruleTester.run(knownReferences, {
  valid: [{ name: 'known references', manifest: DECLARED, initiative: DECLARED_INITIATIVE }],
  invalid: [
    {
      name: "another section's subsection, an unknown unit and category",
      manifest: DECLARED,
      initiative: edited(
        DECLARED_INITIATIVE,
        ['subsection: 1-1', 'subsection: 2-1'],
        ['unit: 件', 'unit: 個'],
        ['category: revenue', 'category: revenu'],
      ),
      errors: [
        { code: 'fmt-unknown-ref', line: 3, column: 13, params: expect.objectContaining({ section: 'S1' }) },
        { code: 'fmt-unknown-ref', line: 11, column: 11 },
        { code: 'fmt-unknown-ref', line: 19, column: 15, params: expect.objectContaining({ suggestion: 'revenue' }) },
      ],
      messages: {
        ja: '「2-1」は report.yaml の sections（S1）の subsections にありません。書けるもの: 1-1。',
        en: '"2-1" is not among report.yaml\'s subsections of section "S1". Allowed: 1-1.',
      },
    },
    {
      name: 'an effect category when none is defined',
      manifest: DECLARED.replace(/categories:\n(?: {2}.*\n)+/, ''),
      initiative: DECLARED_INITIATIVE,
      errors: [{ code: 'fmt-unknown-ref', line: 19, column: 15, params: expect.objectContaining({ allowed: '' }) }],
      messages: { ja: '書けるもの: （なし）。', en: 'None are defined.' },
    },
  ],
});

ruleTester.run(knownRating, {
  valid: [{ name: 'code A', manifest: DECLARED, initiative: DECLARED_INITIATIVE }],
  invalid: [
    {
      name: 'the symbol instead of the code',
      manifest: DECLARED,
      initiative: edited(DECLARED_INITIATIVE, ['achievement: A', 'achievement: ◎']),
      errors: [
        { code: 'fmt-unknown-rating', line: 8, column: 18, params: expect.objectContaining({ suggestion: 'A' }) },
      ],
      messages: {
        ja: '書ける記号: A（達成）, B（未達成）。もしかして「A」ですか？',
        en: 'Allowed: A (達成), B (未達成). Did you mean "A"?',
      },
    },
  ],
});

ruleTester.run(figureNotes, {
  valid: [
    {
      name: 'notes on a written 実績値 and on a computed 累計',
      manifest: DECLARED,
      initiative: edited(DECLARED_INITIATIVE, [
        '      2025: 40\n',
        '      2025: 40\n    figureNotes:\n      actuals.2025: 3月末の見込みです。\n      cumulative: 再計算しました。\n',
      ]),
    },
  ],
  invalid: [
    {
      name: 'a note on a year with no 実績値 and on an unwritten 効果実績額',
      manifest: DECLARED,
      initiative: edited(
        DECLARED_INITIATIVE,
        ['      2025: 40\n', '      2025: 40\n    figureNotes:\n      actuals.2026: 見込みです。\n'],
        ['    actual: 500\n', '    figureNotes:\n      actual: 補正後の額です。\n'],
      ),
      errors: [
        { code: 'rule-figure-note-without-figure', line: 19, column: 7, params: { key: 'actuals.2026' } },
        { code: 'rule-figure-note-without-figure', line: 24, column: 7, params: { key: 'actual' } },
      ],
      messages: {
        en:
          'The figure "actuals.2026" this note is attached to is not written. Write the figure or remove the note ' +
          '(as it is, the note is printed under no table).',
      },
    },
  ],
});

ruleTester.run(computedFigures, {
  valid: [{ name: 'nothing computed written', manifest: DECLARED, initiative: DECLARED_INITIATIVE }],
  invalid: [
    {
      name: 'a wrong 差額 and 累計',
      manifest: DECLARED,
      initiative: edited(
        DECLARED_INITIATIVE,
        ['    actual: 500\n', '    actual: 500\n    difference: -200\n'],
        ['      2025: 40\n', '      2025: 40\n    cumulative: 60\n'],
      ),
      errors: [
        {
          code: 'fmt-computed-mismatch',
          line: 18,
          column: 17,
          params: expect.objectContaining({ figure: 'cumulative' }),
        },
        { code: 'fmt-computed-mismatch', line: 23, column: 17, params: expect.objectContaining({ computed: '△300' }) },
      ],
      messages: {
        ja: '累計に 60件 と書かれていますが、計算すると 70件 です（実績値の合計（令和7年度まで））。',
        en: 'The cumulative total is written as 60件, but it computes to 70件 (the sum of the actual values up to',
      },
    },
  ],
});

ruleTester.run(phaseParts, {
  valid: [{ name: 'no parts', initiative: INITIATIVE }],
  invalid: [
    {
      name: 'a half-year part when the 工程 counts years',
      initiative: edited(INITIATIVE, ['            to: 2017\n', '            to: 2017\n            toPart: 2\n']),
      errors: [{ code: 'fmt-part-range', line: 12, column: 21, params: { value: 2, resolution: 'year', max: 1 } }],
      messages: { en: 'Part 2 does not exist when the schedule counts years; write 1–1.' },
    },
  ],
});

describe('lintYaml', () => {
  it('gives every report with file, line, column and the printed field', () => {
    const [d] = lintYaml(knownSection, { initiative: edited(INITIATIVE, ['section: I', 'section: IV']) });
    expect(d).toMatchObject({ file: 'initiatives/01.yaml', line: 2, column: 10, field: '章', path: 'section' });
    expect(d.message.ja).toContain('章「IV」は report.yaml の sections にありません。');
  });
});
