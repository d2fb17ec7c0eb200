/**
 * Text typed into an Excel cell, made into the text the YAML files hold (the conventions of
 * src/model/richtext.ts): line breaks (Alt+Enter; CR LF; the `_x000D_` escape some writers leave)
 * become LF; spaces and full-width spaces at the end of lines and blank lines at both ends go;
 * full-width spaces that indent a line become two half-width spaces each (the same indentation
 * when printed); a bullet typed as 「･」 (half-width) or 「·」 becomes 「・」. A text of several
 * lines ends with a line break, as a literal block `|` holds it. 〜 (U+301C, typed on a Mac) becomes
 * ～ (U+FF5E), which screen readers read (validate warns about 〜). Pure.
 */
export function normaliseCellText(raw: string): string {
  const lines = raw
    .replace(/_x000D_/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u301C/g, '\uFF5E')
    .split('\n')
    .map((line) => {
      const indent = /^[ \u3000]*/.exec(line)?.[0] ?? '';
      const body = line
        .slice(indent.length)
        .replace(/[ \t\u3000]+$/u, '')
        .replace(/^[･·]/u, '・');
      return body === '' ? '' : indent.replace(/\u3000/g, '  ') + body;
    });
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return '';
  return lines.length === 1 ? lines[0] : `${lines.join('\n')}\n`;
}

/** A YAML text as shown in a cell: without the final line break. */
export function cellTextOf(yamlText: string | undefined): string {
  return (yamlText ?? '').replace(/\n+$/, '');
}
