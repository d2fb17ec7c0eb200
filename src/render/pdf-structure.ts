/**
 * What Chromium's tagged PDF cannot say about tables and lists, added to its structure tree in the lean
 * rewrite (pdf-lib's object model, before it is written again). Chromium makes the tree from the page's
 * accessibility tree and keeps only roles, a figure's /Alt and the cells' own row and column headers; it
 * has no /ActualText, ignores `<th scope="rowgroup">` beyond its own row, and puts a list item's text
 * straight under LI. So:
 * - a table cell the page marks as worded (a symbol with its words: ◎, ↑（○→◎）, △, 内数) gets /ActualText,
 *   the cell's text with its words, so that it is read as one unit;
 * - a cell under a row-group heading (`<th scope="rowgroup">` in its `<tbody>`: 歳入確保対策, I 効率的な行政運営)
 *   names that heading in its /Headers too, after its own row and column headers; the heading gets an /ID
 *   (and an entry in the IDTree) where Chromium gave it none;
 * - a list item's content other than its label (Lbl, from the list marker) goes into an LBody.
 * What the page says is read in the page just before printing (`structureHints`, run by the browser) as one
 * entry per table cell in document order; it is applied only where the PDF has the same tables with the same
 * number of cells, so that a cell is never given another cell's words.
 * No library amends a tagged PDF's structure tree this way; pdf-lib gives the objects.
 */
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from 'pdf-lib';

/** One table cell (th, td) of the page, in document order. */
export interface CellHint {
  /** The cell's text with its words, for /ActualText. */
  actual?: string;
  /** The index (among the table's cells) of the row-group heading over this cell. */
  group?: number;
}

export interface StructureHints {
  /** Per table of the page, in document order: its cells in document order. */
  tables: CellHint[][];
}

/**
 * Runs inside the page (puppeteer serialises it: nothing from this module's scope). A cell is worded when
 * it holds a `.words` span (visually hidden words of a symbol); its rows' heading is the `th[scope=rowgroup]`
 * of its own tbody.
 */
export function structureHints(): StructureHints {
  const tables = Array.from(document.querySelectorAll('table')).map((table) => {
    const cells = Array.from(table.querySelectorAll('th, td')).filter((c) => c.closest('table') === table);
    const index = new Map(cells.map((c, i) => [c, i]));
    // A tbody's heading, looked for once per tbody (not once per cell: a row group's cells times its size).
    const headings = new Map<ParentNode, HTMLTableCellElement | undefined>();
    const headingOf = (body: ParentNode) => {
      if (!headings.has(body))
        headings.set(
          body,
          Array.from(body.querySelectorAll<HTMLTableCellElement>('th[scope="rowgroup"]')).find(
            (h) => h.closest('table') === table,
          ),
        );
      return headings.get(body);
    };
    return cells.map((c) => {
      const hint: { actual?: string; group?: number } = {};
      if (c.querySelector('.words')) hint.actual = (c.textContent ?? '').replace(/\s+/g, ' ').trim();
      const body = c.closest('tbody');
      const heading = body ? headingOf(body) : undefined;
      if (c.tagName === 'TD' && heading) hint.group = index.get(heading);
      return hint;
    });
  });
  return { tables };
}

const N = {
  K: PDFName.of('K'),
  S: PDFName.of('S'),
  P: PDFName.of('P'),
  A: PDFName.of('A'),
  O: PDFName.of('O'),
  ID: PDFName.of('ID'),
  Pg: PDFName.of('Pg'),
  Type: PDFName.of('Type'),
  Names: PDFName.of('Names'),
  Kids: PDFName.of('Kids'),
  Headers: PDFName.of('Headers'),
  IDTree: PDFName.of('IDTree'),
  ActualText: PDFName.of('ActualText'),
  StructElem: PDFName.of('StructElem'),
  StructTreeRoot: PDFName.of('StructTreeRoot'),
  Table: PDFName.of('Table'),
} as const;

interface Element {
  dict: PDFDict;
  ref?: PDFRef;
  type: string;
}

/** Amends the document's structure tree as the page says; returns what was done (for tests and timings). */
export function amendStructure(
  doc: PDFDocument,
  hints: StructureHints,
): { actualTexts: number; groupHeaders: number; listBodies: number } {
  const done = { actualTexts: 0, groupHeaders: 0, listBodies: 0 };
  const root = doc.catalog.lookupMaybe(N.StructTreeRoot, PDFDict);
  if (!root) return done;
  const ctx = doc.context;
  const deref = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const typeOf = (d: PDFDict) => {
    const s = d.get(N.S);
    return s instanceof PDFName ? s.decodeText() : '';
  };
  const kidsOf = (d: PDFDict): Element[] => {
    const k = d.get(N.K);
    const list = k instanceof PDFArray ? k.asArray() : k === undefined ? [] : [k];
    const out: Element[] = [];
    for (const item of list) {
      const dict = deref(item);
      if (!(dict instanceof PDFDict)) continue;
      const t = dict.get(N.Type);
      if (t instanceof PDFName && t !== N.StructElem) continue; // MCR, OBJR
      out.push({ dict, ref: item instanceof PDFRef ? item : undefined, type: typeOf(dict) });
    }
    return out;
  };
  // The tables and list items in document order; a table's cells without those of a table inside it.
  const tables: Element[][] = [];
  const items: Element[] = [];
  const cellsOf = (e: Element, into: Element[]) => {
    for (const k of kidsOf(e.dict)) {
      if (k.type === 'TD' || k.type === 'TH') into.push(k);
      if (k.type !== 'Table') cellsOf(k, into);
    }
  };
  const walk = (e: Element, depth: number) => {
    if (depth > 200) return;
    if (e.type === 'Table') {
      const cells: Element[] = [];
      cellsOf(e, cells);
      tables.push(cells);
    }
    if (e.type === 'LI') items.push(e);
    for (const k of kidsOf(e.dict)) walk(k, depth + 1);
  };
  walk({ dict: root, type: '' }, 0);

  const ids = idTreeEntries(root, deref);
  let nextId = 1;
  const idOf = (e: Element): PDFObject | undefined => {
    const own = e.dict.get(N.ID);
    if (own instanceof PDFString || own instanceof PDFHexString) return own;
    if (!e.ref) return undefined;
    let name: string;
    do name = `rowgroup${String(nextId++).padStart(5, '0')}`;
    while (ids.has(name));
    const id = PDFString.of(name);
    e.dict.set(N.ID, id);
    ids.set(name, e.ref);
    return id;
  };
  if (tables.length === hints.tables.length) {
    tables.forEach((cells, ti) => {
      const hinted = hints.tables[ti];
      if (hinted.length !== cells.length) return;
      cells.forEach((cell, ci) => {
        const { actual, group } = hinted[ci];
        if (actual) {
          cell.dict.set(N.ActualText, PDFHexString.fromText(actual));
          done.actualTexts++;
        }
        const heading = group === undefined ? undefined : cells[group];
        if (!heading || heading.type !== 'TH' || cell.type !== 'TD') return;
        const id = idOf(heading);
        if (id && addHeader(cell.dict, id, ctx, deref)) done.groupHeaders++;
      });
    });
  }
  if (ids.size > 0)
    root.set(
      N.IDTree,
      ctx.obj({
        Names: [...ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([k, v]) => [PDFString.of(k), v]),
      }),
    );

  for (const li of items) if (li.ref && wrapBody(li, kidsOf, ctx)) done.listBodies++;
  return done;
}

/** The IDTree's entries (a flat /Names or /Kids of leaves, as Chromium writes it). */
function idTreeEntries(root: PDFDict, deref: (o: PDFObject | undefined) => PDFObject | undefined): Map<string, PDFRef> {
  const out = new Map<string, PDFRef>();
  const visit = (node: PDFObject | undefined, depth: number) => {
    const d = deref(node);
    if (!(d instanceof PDFDict) || depth > 20) return;
    const names = deref(d.get(N.Names));
    if (names instanceof PDFArray)
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const k = deref(names.get(i));
        const v = names.get(i + 1);
        if ((k instanceof PDFString || k instanceof PDFHexString) && v instanceof PDFRef) out.set(k.decodeText(), v);
      }
    const kids = deref(d.get(N.Kids));
    if (kids instanceof PDFArray) for (const k of kids.asArray()) visit(k, depth + 1);
  };
  visit(root.get(N.IDTree), 0);
  return out;
}

/** Appends a header ID to a cell's /Headers (in its Table attribute object); false when it is there already. */
function addHeader(
  cell: PDFDict,
  id: PDFObject,
  ctx: PDFDocument['context'],
  deref: (o: PDFObject | undefined) => PDFObject | undefined,
): boolean {
  const a = deref(cell.get(N.A));
  const attrs = a instanceof PDFArray ? a.asArray().map(deref) : a instanceof PDFDict ? [a] : [];
  let owner = attrs.find((x): x is PDFDict => x instanceof PDFDict && x.get(N.Headers) !== undefined);
  owner ??= attrs.find((x): x is PDFDict => x instanceof PDFDict && x.get(N.O) === N.Table);
  if (!owner) {
    owner = ctx.obj({ O: 'Table' });
    if (a instanceof PDFArray) a.push(owner);
    else cell.set(N.A, a instanceof PDFDict ? ctx.obj([a, owner]) : owner);
  }
  const text = (o: PDFObject | undefined) =>
    o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;
  const headers = deref(owner.get(N.Headers));
  if (headers instanceof PDFArray) {
    if (headers.asArray().some((h) => text(deref(h)) === text(id))) return false;
    headers.push(id);
  } else owner.set(N.Headers, ctx.obj([id]));
  return true;
}

/**
 * A list item's kids other than its Lbl moved into a new LBody under it (PDF/UA: LI holds Lbl and LBody).
 * Only when every kid is a structure element: marked content straight under LI would need the parent tree
 * changed, which Chromium never asks for (its text is in NonStruct elements).
 */
function wrapBody(li: Element, kidsOf: (d: PDFDict) => Element[], ctx: PDFDocument['context']): boolean {
  const k = li.dict.get(N.K);
  const list = k instanceof PDFArray ? k.asArray() : k === undefined ? [] : [k];
  const kids = kidsOf(li.dict);
  if (kids.length !== list.length || kids.some((x) => !x.ref)) return false;
  if (kids.some((x) => x.type === 'LBody')) return false;
  const body = kids.filter((x) => x.type !== 'Lbl');
  if (body.length === 0) return false;
  const lbody = ctx.obj({ Type: 'StructElem', S: 'LBody', P: li.ref! });
  const pg = li.dict.get(N.Pg);
  if (pg) lbody.set(N.Pg, pg);
  lbody.set(N.K, ctx.obj(body.map((x) => x.ref!)));
  const lbodyRef = ctx.register(lbody);
  for (const x of body) x.dict.set(N.P, lbodyRef);
  li.dict.set(N.K, ctx.obj([...kids.filter((x) => x.type === 'Lbl').map((x) => x.ref!), lbodyRef]));
  return true;
}
