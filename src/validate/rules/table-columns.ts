/**
 * A declared table's columns fit it: a column of indicators or effects only in a table of those rows, a rating
 * column with its scale, a text column with its field, an effect.year column with its year inside the plan
 * period, groupBy: category only for effects, and a lead sentence whose figures name columns of the table. A table of
 * cards (個票) has one card per initiative (rows: initiatives), no 工程 columns, and the columns of each small table
 * of its cards fit that table's rows.
 */
import { defineRule } from '../rule.js';
import { fiscalYearLong } from '../../era.js';
import { kindOf } from '../../model/column-kinds.js';
import { leadProblems } from '../../model/tables.js';

export default defineRule({
  name: 'table-columns',
  description: "each declared column fits its table's rows and has the keys its kind needs",
  severity: 'error',
  messages: {
    'fmt-column-needs': {
      ja: (p) => `列「${p.heading}」（${p.kind}）には ${p.key} を書いてください。`,
      en: (p) => `Column "${p.heading}" (${p.kind}) needs ${p.key}.`,
    },
    'fmt-column-rows': {
      ja: (p) =>
        `列「${p.heading}」（${p.kind}）は、行の単位（rows）が ${p.rows} の表では使えません。${p.need} の表で使ってください。`,
      en: (p) =>
        `Column "${p.heading}" (${p.kind}) cannot be used in a table whose rows are ${p.rows}; use it in a table ` +
        `of ${p.need}.`,
    },
    'fmt-lead-unknown': {
      ja: (p) =>
        `前文の ${p.place} は表の列の記号（id）を指していません。{total.列の記号} または ` +
        `{subtotal.区分の記号.列の記号} と書いてください。記号のある列: ${p.allowed}。`,
      en: (p) =>
        `${p.place} in the lead sentence names no column id of the table. Write {total.<column id>} or ` +
        `{subtotal.<group id>.<column id>}. Columns with an id: ${p.allowed}.`,
    },
    'fmt-group-category': {
      ja: () => 'まとめ方 category（区分ごと）は、行の単位（rows）が effects の表でだけ使えます。',
      en: () => 'groupBy: category is only for tables whose rows are effects.',
    },
    'fmt-cards-rows': {
      ja: (p) =>
        `個票（layout: cards）の表は取組ごとに1枚なので、行の単位（rows）は initiatives にしてください（今は ${p.rows}）。` +
        '指標や効果額は card の tables に小さな表として書きます。',
      en: (p) =>
        `A table of cards (layout: cards) has one card per initiative: its rows must be initiatives (now ${p.rows}). ` +
        'Put indicators or effects in a small table of card.tables.',
    },
    'fmt-cards-column': {
      ja: (p) =>
        `列「${p.heading}」（${p.kind}）は個票（layout: cards）では使えません。` +
        '個票の行は「見出し｜内容」の1セルずつです。工程は行の表（layout: rows）に書いてください。',
      en: (p) =>
        `Column "${p.heading}" (${p.kind}) cannot be used in cards (layout: cards), whose rows are one ` +
        'label and one value each; put the schedule in a table of rows (layout: rows).',
    },
    'fmt-card-layout': {
      ja: () => '個票の形（card）は、表の組み方（layout）が cards の表でだけ使えます。layout: cards と書いてください。',
      en: () => 'card is only for a table laid out as cards: add layout: cards.',
    },
    'fmt-year-outside': {
      ja: (p) => `${p.label}の年度 ${p.year}（${p.yearLabel}）は計画期間（${p.from}～${p.to}年度）の外です。`,
      en: (p) => `The year ${p.year} of column "${p.label}" is outside the plan period (${p.from}–${p.to}).`,
    },
  },
  check: {
    manifest({ manifest: { data }, report }) {
      const { from, to } = data.planPeriod;
      (data.tables ?? []).forEach((t, ti) => {
        if (t.groupBy === 'category' && t.rows !== 'effects')
          report({ code: 'fmt-group-category', path: ['tables', ti, 'groupBy'] });
        if (t.lead !== undefined) {
          const allowed = t.columns.flatMap((c) => (c.id ? [c.id] : [])).join(', ') || '（なし）';
          for (const place of leadProblems(t.lead, t))
            report({ code: 'fmt-lead-unknown', path: ['tables', ti, 'lead'], params: { place, allowed } });
        }
        const cards = t.layout === 'cards';
        if (cards && t.rows !== 'initiatives')
          report({ code: 'fmt-cards-rows', path: ['tables', ti, 'rows'], params: { rows: t.rows } });
        if (!cards && t.card !== undefined)
          report({ code: 'fmt-card-layout', path: ['tables', ti, 'card'], prefer: 'key' });
        const tables = [
          { rows: t.rows as string, columns: t.columns, at: ['tables', ti, 'columns'] },
          ...(cards ? (t.card?.tables ?? []) : []).map((x, xi) => ({
            rows: x.rows as string,
            columns: x.columns,
            at: ['tables', ti, 'card', 'tables', xi, 'columns'],
          })),
        ];
        for (const { rows, columns, at: base } of tables)
          columns.forEach((c, ci) => {
            const at = [...base, ci];
            const p = { heading: c.heading, kind: c.kind };
            // What the kind applies to and needs: the column-kind table (model/column-kinds.ts).
            const kind = kindOf(c.kind);
            if (kind.rows !== 'any' && rows !== kind.rows)
              report({ code: 'fmt-column-rows', path: [...at, 'kind'], params: { ...p, rows, need: kind.rows } });
            if (cards && kind.layout !== 'cell') report({ code: 'fmt-cards-column', path: [...at, 'kind'], params: p });
            const missing = kind.needs.find((key) => c[key] === undefined);
            if (missing) report({ code: 'fmt-column-needs', path: at, params: { ...p, key: missing } });
            // A target (目標（参考）) may be for a year after the plan; figures of the plan's years may not.
            if (c.year !== undefined && c.kind !== 'indicator.yearTarget' && (c.year < from || c.year > to))
              report({
                code: 'fmt-year-outside',
                path: [...at, 'year'],
                params: { label: c.heading, year: c.year, yearLabel: fiscalYearLong(c.year), from, to },
              });
          });
      });
    },
  },
});
