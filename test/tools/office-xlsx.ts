/**
 * Workbooks in the shape of an office's own files, written part by part without reform's writer or
 * exceljs: inline-string cells, merged ranges, solid fills, Alt+Enter line breaks, and a drawing part
 * with connectors (arrowheads, right-to-left with flipH), text boxes and rounded rectangles anchored to
 * cells (xdr:twoCellAnchor), and groups of them (xdr:grpSp: the group anchored to cells, its shapes placed in
 * the group's own coordinates, scaled as after the group was resized), as Excel saves them.
 */
import { deflateRawSync } from 'node:zlib';

export interface OfficeCell {
  row: number;
  col: number;
  text?: string | number;
  fill?: boolean;
  rowSpan?: number;
  colSpan?: number;
  /** A formula saved without its result (as tools that do not calculate write one). */
  formula?: string;
}

export interface Anchor {
  col: number;
  row: number;
  colOff?: number;
  rowOff?: number;
}

export interface OfficeShape {
  /** A group (grpSp) holds `children`, placed in the group's own coordinates, the group anchored to cells. */
  kind: 'connector' | 'text' | 'roundRect' | 'leftRightArrow' | 'group';
  children?: OfficeShape[];
  /** Wrapped in mc:AlternateContent, as Excel saves some shapes. */
  wrapped?: boolean;
  name: string;
  from: Anchor;
  to: Anchor;
  /** Arrowheads at both ends (default), at the end only, or none. */
  heads?: 'both' | 'end' | 'none';
  /** Drawn right to left: flipH and the ends swapped, as Excel saves such a line. */
  rightToLeft?: boolean;
  text?: string;
}

export interface OfficeSheet {
  name: string;
  cells: OfficeCell[];
  shapes?: OfficeShape[];
  /** Column widths in characters, from column A. */
  widths?: number[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function colName(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function sheetXml(sheet: OfficeSheet, hasDrawing: boolean): string {
  const rows = new Map<number, OfficeCell[]>();
  for (const c of sheet.cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  // The cells a merge covers carry the fill too (Excel styles every cell of a filled merged range).
  const body = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const cells = rows
        .get(r)!
        .sort((a, b) => a.col - b.col)
        .map((c) => {
          const ref = `${colName(c.col)}${c.row}`;
          const s = c.fill ? 2 : 1;
          if (c.formula) return `<c r="${ref}" s="${s}"><f>${esc(c.formula)}</f></c>`;
          if (c.text === undefined || c.text === '') return `<c r="${ref}" s="${s}"/>`;
          if (typeof c.text === 'number') return `<c r="${ref}" s="${s}"><v>${c.text}</v></c>`;
          return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${esc(c.text)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r}">${cells}</row>`;
    })
    .join('');
  const merges = sheet.cells
    .filter((c) => (c.rowSpan ?? 1) > 1 || (c.colSpan ?? 1) > 1)
    .map(
      (c) =>
        `<mergeCell ref="${colName(c.col)}${c.row}:` +
        `${colName(c.col + (c.colSpan ?? 1) - 1)}${c.row + (c.rowSpan ?? 1) - 1}"/>`,
    );
  const cols = (sheet.widths ?? [])
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${body}</sheetData>` +
    `${merges.length ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : ''}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `${hasDrawing ? '<drawing r:id="rId1"/>' : ''}</worksheet>`
  );
}

function point(tag: string, a: Anchor): string {
  return (
    `<xdr:${tag}><xdr:col>${a.col}</xdr:col><xdr:colOff>${a.colOff ?? 0}</xdr:colOff>` +
    `<xdr:row>${a.row}</xdr:row><xdr:rowOff>${a.rowOff ?? 0}</xdr:rowOff></xdr:${tag}>`
  );
}

/** A shape's element (xfrm: its box in its group's coordinates, for a shape inside a group). */
function shapeXml(s: OfficeShape, id: number, xfrm?: string): string {
  if (s.kind === 'connector') {
    const heads = s.heads ?? 'both';
    const start = heads === 'both' ? '<a:headEnd type="triangle"/>' : '<a:headEnd type="none"/>';
    const end = heads === 'none' ? '<a:tailEnd type="none"/>' : '<a:tailEnd type="triangle"/>';
    // Drawn right to left: Excel flips the line and keeps the arrowhead at the point drawn last.
    const ends = s.rightToLeft ? start.replace('headEnd', 'tailEnd') + end.replace('tailEnd', 'headEnd') : start + end;
    const box = xfrm ?? '<a:off x="0" y="0"/><a:ext cx="1000000" cy="0"/>';
    return (
      `<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="${id}" name="${esc(s.name)}"/><xdr:cNvCxnSpPr/>` +
      `</xdr:nvCxnSpPr><xdr:spPr><a:xfrm${s.rightToLeft ? ' flipH="1"' : ''}>${box}</a:xfrm>` +
      '<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>' +
      `<a:ln w="19050"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>${ends}</a:ln></xdr:spPr></xdr:cxnSp>`
    );
  }
  const paragraphs = (s.text ?? '')
    .split('\n')
    .map((p) => `<a:p><a:r><a:rPr lang="ja-JP" sz="900"/><a:t>${esc(p)}</a:t></a:r></a:p>`)
    .join('');
  return (
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="${esc(s.name)}"/>` +
    `<xdr:cNvSpPr${s.kind === 'text' ? ' txBox="1"' : ''}/></xdr:nvSpPr><xdr:spPr>` +
    `${xfrm ? `<a:xfrm>${xfrm}</a:xfrm>` : ''}` +
    `<a:prstGeom prst="${s.kind === 'text' ? 'rect' : s.kind}"><a:avLst/></a:prstGeom></xdr:spPr>` +
    `<xdr:txBody><a:bodyPr/><a:lstStyle/>${paragraphs}</xdr:txBody></xdr:sp>`
  );
}

/** Sheet positions in EMU of anchors: columns of trunc(w·7+5) pixels, rows of 15 points. */
function positions(widths: number[]) {
  const colPx = (c: number) => Math.trunc((widths[c] ?? 8.43) * 7 + 5);
  const x = (a: Anchor) => {
    let at = 0;
    for (let c = 0; c < a.col; c++) at += colPx(c) * 9525;
    return at + (a.colOff ?? 0);
  };
  const y = (a: Anchor) => a.row * 190500 + (a.rowOff ?? 0);
  return { x, y };
}

/** A group: anchored over its shapes' cells; inside, each shape's box in coordinates twice the EMU plus 500. */
function groupXml(g: OfficeShape, id: number, widths: number[]): { xml: string; from: Anchor; to: Anchor } {
  const kids = g.children ?? [];
  const { x, y } = positions(widths);
  const x0 = Math.min(...kids.map((k) => x(k.from)));
  const y0 = Math.min(...kids.map((k) => y(k.from)));
  const x1 = Math.max(...kids.map((k) => x(k.to)));
  const y1 = Math.max(...kids.map((k) => y(k.to)));
  // The group's anchor: the column of its leftmost point and the row of its topmost, and so on.
  const at = (px: number, py: number, end: 'from' | 'to'): Anchor => {
    const c = kids.find((k) => x(k[end]) === px)![end];
    const r = kids.find((k) => y(k[end]) === py)![end];
    return { col: c.col, colOff: c.colOff, row: r.row, rowOff: r.rowOff };
  };
  const inner = (px: number, py: number) => [(px - x0) * 2 + 500, (py - y0) * 2 + 500];
  const body = kids
    .map((k, i) => {
      const [ax, ay] = inner(x(k.from), y(k.from));
      const [bx, by] = inner(x(k.to), y(k.to));
      return shapeXml(k, id + i + 1, `<a:off x="${ax}" y="${ay}"/><a:ext cx="${bx - ax}" cy="${by - ay}"/>`);
    })
    .join('');
  const xml =
    `<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="${id}" name="${esc(g.name)}"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr>` +
    `<xdr:grpSpPr><a:xfrm><a:off x="${x0}" y="${y0}"/><a:ext cx="${x1 - x0}" cy="${y1 - y0}"/>` +
    `<a:chOff x="500" y="500"/><a:chExt cx="${(x1 - x0) * 2}" cy="${(y1 - y0) * 2}"/></a:xfrm></xdr:grpSpPr>` +
    `${body}</xdr:grpSp>`;
  return { xml, from: at(x0, y0, 'from'), to: at(x1, y1, 'to') };
}

function drawingXml(shapes: OfficeShape[], widths: number[]): string {
  let nextId = 2;
  const anchors = shapes.map((s) => {
    const id = nextId;
    nextId += 1 + (s.children?.length ?? 0);
    let body: string;
    let from = s.from;
    let to = s.to;
    if (s.kind === 'group') {
      const g = groupXml(s, id, widths);
      body = g.xml;
      from = g.from;
      to = g.to;
    } else body = shapeXml(s, id);
    const corners = point('from', from) + point('to', to);
    if (s.wrapped)
      body =
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
        `<mc:Choice xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" Requires="a14">${body}` +
        '</mc:Choice><mc:Fallback/></mc:AlternateContent>';
    return `<xdr:twoCellAnchor>${corners}${body}<xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join('')}</xdr:wsDr>`
  );
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="9"/><name val="ＭＳ Ｐゴシック"/><family val="3"/><charset val="128"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FF9BC2E6"/><bgColor indexed="64"/></patternFill></fill>' +
  '</fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">' +
  '<alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1" applyAlignment="1">' +
  '<alignment horizontal="center" vertical="center" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="標準" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export function officeXlsx(sheets: OfficeSheet[]): Uint8Array {
  const parts: [string, string][] = [];
  const ct: string[] = [];
  const wbRels: string[] = [];
  sheets.forEach((s, i) => {
    const n = i + 1;
    const hasDrawing = (s.shapes?.length ?? 0) > 0;
    parts.push([`xl/worksheets/sheet${n}.xml`, sheetXml(s, hasDrawing)]);
    ct.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ` +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
    wbRels.push(`<Relationship Id="rId${n}" Type="${REL}worksheet" ` + `Target="worksheets/sheet${n}.xml"/>`);
    if (hasDrawing) {
      parts.push([`xl/drawings/drawing${n}.xml`, drawingXml(s.shapes!, s.widths ?? [])]);
      parts.push([
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${REL}drawing" ` +
          `Target="../drawings/drawing${n}.xml"/></Relationships>`,
      ]);
      ct.push(
        `<Override PartName="/xl/drawings/drawing${n}.xml" ` +
          'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
      );
    }
  });
  const n = sheets.length;
  wbRels.push(`<Relationship Id="rId${n + 1}" Type="${REL}styles" ` + 'Target="styles.xml"/>');
  parts.unshift(
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        `${ct.join('')}</Types>`,
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" ' +
        `Type="${REL}officeDocument" ` +
        'Target="xl/workbook.xml"/></Relationships>',
    ],
    [
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join('')}` +
        '</Relationships>',
    ],
    ['xl/styles.xml', STYLES],
  );
  return zip(parts.map(([name, text]) => [name, new TextEncoder().encode(text)]));
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of deflated entries; `sizes` may declare other uncompressed sizes (for the zip-bomb test). */
export function zip(entries: [string, Uint8Array][], declared?: Record<string, number>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = new TextEncoder().encode(name);
    const packed = deflateRawSync(data);
    const size = declared?.[name] ?? data.length;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, crc32(data), true);
    local.setUint32(18, packed.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, nameBytes.length, true);
    const head = new Uint8Array(local.buffer);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(8, 0x0800, true);
    cd.setUint16(10, 8, true);
    cd.setUint32(16, crc32(data), true);
    cd.setUint32(20, packed.length, true);
    cd.setUint32(24, size, true);
    cd.setUint16(28, nameBytes.length, true);
    cd.setUint32(42, offset, true);
    chunks.push(head, nameBytes, packed);
    central.push(new Uint8Array(cd.buffer), nameBytes);
    offset += head.length + nameBytes.length + packed.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of all) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
