/**
 * XMP metadata for the printed PDFs: PDF/UA wants the title in the document's XMP metadata (dc:title), and
 * readers take the language and author from it too. Chromium writes only the Info dictionary; this adds a
 * Metadata stream to the catalog by an incremental update, from the Info /Title, the catalog's /Lang and the
 * author. The packet is written by hand: it is a few fixed elements, and an XMP library would bring a DOM.
 */
import { appendUpdate, nextObjectNumber, readObject, readXref, type Replacement, type Xref } from './pdf-file.js';

const PDF_STRING = String.raw`(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)`;

/** The text of a PDF string token: a literal (PDFDocEncoding or UTF-16BE with its BOM) or a hex string. */
export function decodePdfString(token: string): string {
  let bytes: number[] = [];
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    for (let i = 0; i < hex.length; i += 2) bytes.push(Number.parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
  } else {
    const inner = token.slice(1, -1);
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
    for (let i = 0; i < inner.length; i++) {
      const c = inner[i];
      if (c !== '\\') {
        bytes.push(c.charCodeAt(0) & 0xff);
        continue;
      }
      const next = inner[++i] ?? '';
      const octal = /^[0-7]{1,3}/.exec(inner.slice(i))?.[0];
      if (octal) {
        bytes.push(Number.parseInt(octal, 8) & 0xff);
        i += octal.length - 1;
      } else if (next === '\r' || next === '\n') {
        if (next === '\r' && inner[i + 1] === '\n') i++;
      } else bytes.push(escapes[next] ?? next.charCodeAt(0));
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    bytes = bytes.slice(2);
    let s = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return s;
  }
  return String.fromCharCode(...bytes);
}

const xml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The XMP packet: title and author in the document's language, the language itself. */
export function xmpPacket(meta: { title: string; lang: string; author: string }): string {
  const lang = xml(meta.lang || 'x-default');
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li>` +
      `<rdf:li xml:lang="${lang}">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/**
 * Adds the XMP metadata (title from the Info dictionary, /Lang of the catalog, the author); the PDF unchanged
 * when its structure is not the simple one Chromium writes.
 */
export function addXmpMetadata(pdf: Uint8Array, info: { author: string }): Uint8Array {
  const xref = readXref(pdf);
  if (!xref) return pdf;
  const replacements = xmpReplacements(pdf, xref, info);
  return replacements.length === 0 ? pdf : appendUpdate(pdf, xref, replacements);
}

/** The catalog with /Metadata and the new metadata stream (numbered from nextObjectNumber), or none. */
export function xmpReplacements(pdf: Uint8Array, xref: Xref, info: { author: string }): Replacement[] {
  const rootNum = /\/Root\s+(\d+)\s+\d+\s+R/.exec(xref.trailer)?.[1];
  const infoNum = /\/Info\s+(\d+)\s+\d+\s+R/.exec(xref.trailer)?.[1];
  const root = rootNum === undefined ? undefined : readObject(pdf, xref, Number(rootNum));
  if (!root || root.stream) return [];
  const infoObj = infoNum === undefined ? undefined : readObject(pdf, xref, Number(infoNum));
  const titleToken = infoObj && new RegExp(String.raw`\/Title\s*${PDF_STRING}`).exec(infoObj.dict)?.[1];
  const langToken = new RegExp(String.raw`\/Lang\s*${PDF_STRING}`).exec(root.dict)?.[1];
  const packet = Buffer.from(
    xmpPacket({
      title: titleToken ? decodePdfString(titleToken) : '',
      lang: langToken ? decodePdfString(langToken) : '',
      author: info.author,
    }),
    'utf8',
  );
  const num = nextObjectNumber(xref);
  const dict = `${root.dict.replace(/\/Metadata\s+\d+\s+\d+\s+R/, '').trim()}\n/Metadata ${num} 0 R`;
  return [
    { num: root.num, gen: root.gen, dict },
    { num, gen: 0, dict: '/Type /Metadata\n/Subtype /XML', stream: packet, plain: true },
  ];
}
