/**
 * The open-data files of the declared tables (`openData`, and the small tables of cards) have names of their own:
 * two files of one name would overwrite each other in opendata/, silently. A `schedule` file is declared only on a
 * table with a 工程 column (otherwise there is nothing to publish, and no file would be made).
 */
import { defineRule, type Segs } from '../rule.js';
import { canPublish, cardTableId, openDataEntries } from '../../model/open-data-files.js';

export default defineRule({
  name: 'open-data-files',
  description: 'each open-data file of the declared tables has a name of its own, and a table can make it',
  severity: 'error',
  messages: {
    'fmt-open-data-same-file': {
      ja: (p) =>
        `オープンデータのファイル「opendata/${p.key}」は、表「${p.table}」でも作ります（同じ名前のファイルは上書きされます）。` +
        'どちらかに別の記号（id）を書いてください。',
      en: (p) =>
        `The open-data file "opendata/${p.key}" is also made by table "${p.table}" (one would overwrite the other). ` +
        'Give one of them another id.',
    },
    'fmt-open-data-no-schedule': {
      ja: () => 'rows: schedule（工程の段階ごとに1行）は、工程の列（kind: schedule）のある表にだけ書けます。',
      en: () =>
        'rows: schedule (one row per phase of the schedule) needs a schedule column (kind: schedule) in the table.',
    },
  },
  check: {
    manifest({ manifest: { data }, report }) {
      // By file name: a file's column dictionary (<id>-columns.csv) may meet another file's CSV (id: <id>-columns).
      const seen = new Map<string, string>();
      const claim = (id: string, table: string, path: Segs) => {
        const names = [`${id}.csv`, `${id}.json`, `${id}-columns.csv`];
        const clash = names.find((n) => seen.has(n));
        if (clash !== undefined)
          report({ code: 'fmt-open-data-same-file', path, params: { key: clash, table: seen.get(clash)! } });
        else for (const n of names) seen.set(n, table);
      };
      (data.tables ?? []).forEach((t, ti) => {
        const kinds = t.columns.map((c) => c.kind);
        (t.openData ?? []).forEach((e, ei) => {
          if (!canPublish(e.rows, kinds))
            report({ code: 'fmt-open-data-no-schedule', path: ['tables', ti, 'openData', ei, 'rows'] });
        });
        // At the entry's id where it is written, else at the entry (or the table's id, for the default files).
        for (const e of openDataEntries({ id: t.id, openData: t.openData, kinds })) {
          const entry: Segs =
            e.declaredAt === undefined ? ['tables', ti, 'id'] : ['tables', ti, 'openData', e.declaredAt];
          claim(e.id, t.id, t.openData?.[e.declaredAt ?? -1]?.id !== undefined ? [...entry, 'id'] : entry);
        }
        (t.card?.tables ?? []).forEach((x, xi) => {
          claim(`${t.id}-${cardTableId(x, xi)}`, t.id, ['tables', ti, 'card', 'tables', xi]);
        });
      });
    },
  },
});
