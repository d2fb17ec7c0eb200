/**
 * CSV as RFC 4180 describes it: records end with CRLF, a field is quoted when it holds a comma, a
 * double quote, CR or LF (quotes doubled inside), every record has the same number of fields.
 * Line breaks inside a field are LF. The tests read it back with csv-parse.
 */

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text (without a BOM) of a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((r) => {
    if (r.length !== header.length) throw new Error(`CSV record with ${r.length} fields, header has ${header.length}`);
    return r.map(csvField).join(',');
  });
  return lines.map((l) => `${l}\r\n`).join('');
}
