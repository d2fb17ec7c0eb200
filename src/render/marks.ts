/**
 * diff's marks (model/table-view.ts CellMark): every highlighted cell is `changed` (yellow); a figure the table
 * computes from an edit is `changed consequence` (blue); above the declared tables' own backgrounds (小計・合計
 * rows, headings). Also the preview's diff view's.
 */
export const MARK_CSS = `
table.sheet tr td.changed, table.sheet tr th.changed, p.changed { background: var(--changed-bg, #fff1a6); }
table.sheet tr td.consequence, table.sheet tr th.consequence, p.consequence { background: #d6e9ff; }
`;
