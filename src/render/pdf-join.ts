/**
 * Joins the tagged PDFs of a page printed in parts (pdf-parts.ts) into one: the pages, the structure tree (one
 * Document element, its children in order), the parent tree (each part's keys moved past the ones before), the
 * IDTree, the role map and the outline, as if the page had been printed in one piece. Each part keeps its own
 * font subsets (Chromium cuts them per print): pdf-font-union.ts then makes one program per face of them.
 * pdf-lib reads and writes the objects; no library joins structure trees (pdf-lib's copyPages leaves them out,
 * and copying a page's structure elements pulls in the whole tree through /P), so the copy here follows
 * references from what is kept and maps the part's catalog, structure root, Document element and outline root
 * onto the first part's.
 */
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  PDFHexString,
} from 'pdf-lib';

const N = {
  K: PDFName.of('K'),
  S: PDFName.of('S'),
  P: PDFName.of('P'),
  Kids: PDFName.of('Kids'),
  Count: PDFName.of('Count'),
  Parent: PDFName.of('Parent'),
  Pages: PDFName.of('Pages'),
  Nums: PDFName.of('Nums'),
  Names: PDFName.of('Names'),
  Type: PDFName.of('Type'),
  First: PDFName.of('First'),
  Last: PDFName.of('Last'),
  Next: PDFName.of('Next'),
  Prev: PDFName.of('Prev'),
  Annots: PDFName.of('Annots'),
  Outlines: PDFName.of('Outlines'),
  IDTree: PDFName.of('IDTree'),
  RoleMap: PDFName.of('RoleMap'),
  ClassMap: PDFName.of('ClassMap'),
  ParentTree: PDFName.of('ParentTree'),
  ParentTreeNextKey: PDFName.of('ParentTreeNextKey'),
  StructParents: PDFName.of('StructParents'),
  StructParent: PDFName.of('StructParent'),
  StructTreeRoot: PDFName.of('StructTreeRoot'),
  StructElem: PDFName.of('StructElem'),
  Dests: PDFName.of('Dests'),
  AcroForm: PDFName.of('AcroForm'),
} as const;

/** A part that cannot be joined faithfully (not the shape Chromium writes). */
export class PdfJoinError extends Error {}

/**
 * Appends the pages and structure of each part to `base`, in order (a part may be loaded only when it is joined,
 * and let go after); the outline is nested once, after the last.
 */
export async function joinPdfs(base: PDFDocument, parts: Iterable<Promise<PDFDocument>>): Promise<PDFDocument> {
  let joined = 0;
  for (const part of parts) {
    appendPdf(base, await part);
    joined++;
  }
  if (joined > 0) nestOutline(base);
  return base;
}

/**
 * Chromium nests the outline by heading level; a part that begins under a heading of an earlier part has its
 * items at the top. The items are nested again by their headings' levels (each item's /SE is its H1…H6), when
 * every item says its level; otherwise the outline is left in order, unnested.
 */
function nestOutline(doc: PDFDocument): void {
  const ctx = doc.context;
  const rootRef = doc.catalog.get(N.Outlines);
  const root = rootRef instanceof PDFRef ? ctx.lookup(rootRef) : undefined;
  if (!(root instanceof PDFDict) || !(rootRef instanceof PDFRef)) return;
  const items: { ref: PDFRef; dict: PDFDict; level: number }[] = [];
  const seen = new Set<PDFRef>();
  const walk = (first: PDFObject | undefined, depth: number): boolean => {
    for (let at = first; at instanceof PDFRef; ) {
      if (seen.has(at) || depth > 16) return false;
      seen.add(at);
      const dict = ctx.lookup(at);
      if (!(dict instanceof PDFDict)) return false;
      const se = dict.lookup(PDFName.of('SE'));
      const type = se instanceof PDFDict ? se.get(N.S) : undefined;
      const level = type instanceof PDFName ? /^H([1-6])$/.exec(type.decodeText())?.[1] : undefined;
      if (!level) return false;
      items.push({ ref: at, dict, level: Number(level) });
      if (!walk(dict.get(N.First), depth + 1)) return false;
      at = dict.get(N.Next);
    }
    return true;
  };
  if (!walk(root.get(N.First), 0) || items.length === 0) return;
  type Node = { ref: PDFRef; dict: PDFDict; level: number; kids: Node[] };
  const top: Node = { ref: rootRef, dict: root, level: 0, kids: [] };
  const stack: Node[] = [top];
  for (const item of items) {
    while (stack.length > 1 && stack.at(-1)!.level >= item.level) stack.pop();
    const node: Node = { ...item, kids: [] };
    stack.at(-1)!.kids.push(node);
    stack.push(node);
  }
  // Every item open, as Chromium writes them: /Count is the number of its descendants.
  const link = (node: Node): number => {
    for (const key of [N.First, N.Last, N.Count]) node.dict.delete(key);
    let count = 0;
    node.kids.forEach((kid, i) => {
      kid.dict.set(N.Parent, node.ref);
      kid.dict.delete(N.Prev);
      kid.dict.delete(N.Next);
      if (i > 0) kid.dict.set(N.Prev, node.kids[i - 1].ref);
      if (i < node.kids.length - 1) kid.dict.set(N.Next, node.kids[i + 1].ref);
      count += 1 + link(kid);
    });
    if (node.kids.length > 0) {
      node.dict.set(N.First, node.kids[0].ref);
      node.dict.set(N.Last, node.kids.at(-1)!.ref);
    }
    if (node.kids.length > 0 || node === top) node.dict.set(N.Count, PDFNumber.of(count));
    return count;
  };
  link(top);
}

function appendPdf(base: PDFDocument, part: PDFDocument): void {
  const ctx = base.context;
  const src = part.context;
  const lookupDict = (c: typeof ctx, o: PDFObject | undefined): PDFDict | undefined => {
    const v = o instanceof PDFRef ? c.lookup(o) : o;
    return v instanceof PDFDict ? v : undefined;
  };
  if (part.catalog.has(N.Dests) || part.catalog.has(N.Names) || part.catalog.has(N.AcroForm))
    throw new PdfJoinError('a part has named destinations or a form');

  // Part objects mapped onto base objects (not copied), then every object reached from what is kept, copied.
  const map = new Map<PDFRef, PDFRef>();
  const queue: [PDFRef, PDFRef][] = [];
  const refOf = (r: PDFRef): PDFRef => {
    let m = map.get(r);
    if (!m) {
      m = ctx.nextRef();
      map.set(r, m);
      queue.push([r, m]);
    }
    return m;
  };
  const copy = (o: PDFObject): PDFObject => {
    if (o instanceof PDFRef) return refOf(o);
    if (o instanceof PDFDict) {
      const d = new Map<PDFName, PDFObject>();
      for (const [k, v] of o.entries()) d.set(k, copy(v));
      return PDFDict.fromMapWithContext(d, ctx);
    }
    if (o instanceof PDFArray) {
      const a = PDFArray.withContext(ctx);
      for (const v of o.asArray()) a.push(copy(v));
      return a;
    }
    if (o instanceof PDFRawStream) return PDFRawStream.of(copy(o.dict) as PDFDict, o.contents);
    if (o instanceof PDFStream) throw new PdfJoinError('a stream pdf-lib made itself');
    return o; // names, numbers, strings, booleans, null: values
  };
  const drain = () => {
    for (let next = queue.pop(); next; next = queue.pop()) {
      const obj = src.lookup(next[0]);
      if (obj !== undefined) ctx.assign(next[1], copy(obj));
    }
  };
  const copied = <T extends PDFObject>(o: T): PDFObject => {
    const c = copy(o);
    drain();
    return c;
  };

  const partCatalogRef = src.trailerInfo.Root;
  const baseCatalogRef = ctx.trailerInfo.Root;
  if (partCatalogRef instanceof PDFRef && baseCatalogRef instanceof PDFRef) map.set(partCatalogRef, baseCatalogRef);

  // The structure roots: the part's onto the base's; one Document element each: the part's onto the base's.
  const baseRootRef = base.catalog.get(N.StructTreeRoot);
  const partRootRef = part.catalog.get(N.StructTreeRoot);
  const baseRoot = lookupDict(ctx, baseRootRef);
  const partRoot = lookupDict(src, partRootRef);
  if (!baseRoot !== !partRoot) throw new PdfJoinError('one part is tagged, another not');
  if (baseRootRef instanceof PDFRef && partRootRef instanceof PDFRef) map.set(partRootRef, baseRootRef);
  const documentOf = (c: typeof ctx, root: PDFDict | undefined) => {
    const k = root?.get(N.K);
    const only = k instanceof PDFArray ? (k.size() === 1 ? k.get(0) : undefined) : k;
    const dict = lookupDict(c, only);
    return only instanceof PDFRef && dict?.get(N.S) === PDFName.of('Document') ? { ref: only, dict } : undefined;
  };
  const baseDocument = documentOf(ctx, baseRoot);
  const partDocument = documentOf(src, partRoot);
  if (baseDocument && partDocument) map.set(partDocument.ref, baseDocument.ref);
  const baseOutlinesRef = base.catalog.get(N.Outlines);
  const partOutlinesRef = part.catalog.get(N.Outlines);
  if (baseOutlinesRef instanceof PDFRef && partOutlinesRef instanceof PDFRef) map.set(partOutlinesRef, baseOutlinesRef);

  // Each part's parent-tree keys start past the ones before.
  const baseNums = baseRoot ? numberTree(ctx, baseRoot.get(N.ParentTree)) : [];
  const offset = baseRoot
    ? Math.max(numberOf(baseRoot.get(N.ParentTreeNextKey)) ?? 0, ...baseNums.map(([k]) => k + 1), 0)
    : 0;

  // 1. The pages: the part's page tree becomes a kid of the base's.
  const basePagesRef = base.catalog.get(N.Pages) as PDFRef;
  const basePages = lookupDict(ctx, basePagesRef)!;
  const partPagesRef = part.catalog.get(N.Pages);
  if (!(partPagesRef instanceof PDFRef)) throw new PdfJoinError('no page tree');
  const pagesCopy = copied(partPagesRef) as PDFRef;
  const pagesDict = ctx.lookup(pagesCopy, PDFDict);
  pagesDict.set(N.Parent, basePagesRef);
  basePages.lookup(N.Kids, PDFArray).push(pagesCopy);
  const partCount = numberOf(pagesDict.get(N.Count)) ?? part.getPageCount();
  basePages.set(N.Count, PDFNumber.of((numberOf(basePages.get(N.Count)) ?? 0) + partCount));
  const shift = (d: PDFDict | undefined, key: PDFName) => {
    const v = numberOf(d?.get(key));
    if (d && v !== undefined) d.set(key, PDFNumber.of(v + offset));
  };
  const shifted = new Set<PDFDict>();
  for (const page of part.getPages()) {
    const dict = ctx.lookup(map.get(page.ref)!, PDFDict);
    shift(dict, N.StructParents);
    const annots = dict.lookup(N.Annots);
    if (annots instanceof PDFArray)
      for (const a of annots.asArray()) {
        const ad = lookupDict(ctx, a);
        if (ad && !shifted.has(ad)) {
          shifted.add(ad);
          shift(ad, N.StructParent);
        }
      }
  }

  // 2. The structure tree.
  if (baseRoot && partRoot) {
    const into = baseDocument && partDocument ? baseDocument.dict : baseRoot;
    const from = baseDocument && partDocument ? partDocument.dict : partRoot;
    const kids = asArray(into.get(N.K));
    for (const k of asArray(from.get(N.K))) {
      if (k instanceof PDFNumber) throw new PdfJoinError('marked content straight under the root');
      kids.push(copied(k));
    }
    into.set(N.K, PDFArray.withContext(ctx));
    for (const k of kids) into.lookup(N.K, PDFArray).push(k);

    const nums = [
      ...baseNums,
      ...numberTree(src, partRoot.get(N.ParentTree)).map(([k, v]) => [k + offset, copied(v)] as const),
    ];
    const tree = PDFDict.withContext(ctx);
    const flat = PDFArray.withContext(ctx);
    for (const [k, v] of nums) {
      flat.push(PDFNumber.of(k));
      flat.push(v);
    }
    tree.set(N.Nums, flat);
    dropTree(ctx, baseRoot.get(N.ParentTree));
    baseRoot.set(N.ParentTree, ctx.register(tree));
    const partNext = numberOf(partRoot.get(N.ParentTreeNextKey)) ?? Math.max(0, ...nums.map(([k]) => k - offset + 1));
    baseRoot.set(N.ParentTreeNextKey, PDFNumber.of(offset + partNext));

    const ids = [...nameTree(ctx, baseRoot.get(N.IDTree))];
    const seen = new Set(ids.map(([k]) => k));
    for (const [k, v, raw] of nameTree(src, partRoot.get(N.IDTree))) {
      if (seen.has(k)) throw new PdfJoinError(`structure element ID ${k} in two parts`);
      seen.add(k);
      ids.push([k, copied(v), raw]);
    }
    if (ids.length > 0) {
      ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const names = PDFArray.withContext(ctx);
      for (const [, v, key] of ids) {
        names.push(key);
        names.push(v);
      }
      dropTree(ctx, baseRoot.get(N.IDTree));
      baseRoot.set(N.IDTree, ctx.register(ctx.obj({ Names: names })));
    }
    for (const key of [N.RoleMap, N.ClassMap]) {
      const theirs = lookupDict(src, partRoot.get(key));
      if (!theirs) continue;
      let ours = lookupDict(ctx, baseRoot.get(key));
      if (!ours) {
        ours = PDFDict.withContext(ctx);
        baseRoot.set(key, ours);
      }
      for (const [k, v] of theirs.entries()) if (!ours.has(k)) ours.set(k, copied(v));
    }
  }

  // 3. The outline: the part's top-level items after the base's.
  const partOutlines = lookupDict(src, partOutlinesRef);
  const partFirst = partOutlines?.get(N.First);
  if (partOutlines && partFirst instanceof PDFRef) {
    let outlines = lookupDict(ctx, baseOutlinesRef);
    if (!outlines) {
      outlines = ctx.obj({ Type: 'Outlines' });
      const ref = ctx.register(outlines);
      base.catalog.set(N.Outlines, ref);
      map.set(partOutlinesRef as PDFRef, ref);
    }
    const first = copied(partFirst) as PDFRef;
    const last = map.get(partOutlines.get(N.Last) as PDFRef) ?? first;
    const baseLast = outlines.get(N.Last);
    if (baseLast instanceof PDFRef) {
      ctx.lookup(baseLast, PDFDict).set(N.Next, first);
      ctx.lookup(first, PDFDict).set(N.Prev, baseLast);
    } else outlines.set(N.First, first);
    outlines.set(N.Last, last);
    const count = (numberOf(outlines.get(N.Count)) ?? 0) + (numberOf(partOutlines.get(N.Count)) ?? 0);
    outlines.set(N.Count, PDFNumber.of(count));
  }
}

/** Removes a number or name tree's own nodes (not the objects its entries name), replaced by a new one. */
function dropTree(c: PDFDocument['context'], node: PDFObject | undefined, depth = 0): void {
  if (!(node instanceof PDFRef) || depth > 32) return;
  const d = c.lookup(node);
  const kids = d instanceof PDFDict ? d.lookup(N.Kids) : undefined;
  if (kids instanceof PDFArray) for (const k of kids.asArray()) dropTree(c, k, depth + 1);
  c.delete(node);
}

function numberOf(o: PDFObject | undefined): number | undefined {
  return o instanceof PDFNumber ? o.asNumber() : undefined;
}

function asArray(o: PDFObject | undefined): PDFObject[] {
  return o instanceof PDFArray ? o.asArray() : o === undefined ? [] : [o];
}

/** A number tree's entries, its Kids walked (Chromium writes one flat /Nums). */
function numberTree(c: PDFDocument['context'], node: PDFObject | undefined, depth = 0): [number, PDFObject][] {
  const d = node instanceof PDFRef ? c.lookup(node) : node;
  if (!(d instanceof PDFDict) || depth > 32) return [];
  const out: [number, PDFObject][] = [];
  const nums = d.lookup(N.Nums);
  if (nums instanceof PDFArray)
    for (let i = 0; i + 1 < nums.size(); i += 2) {
      const k = numberOf(nums.get(i));
      if (k !== undefined) out.push([k, nums.get(i + 1)]);
    }
  const kids = d.lookup(N.Kids);
  if (kids instanceof PDFArray) for (const k of kids.asArray()) out.push(...numberTree(c, k, depth + 1));
  return out;
}

const keyText = (o: PDFObject): string | undefined =>
  o instanceof PDFString || o instanceof PDFHexString ? o.asString() : undefined;

/** A name tree's entries by key text, its Kids walked. */
function nameTree(c: PDFDocument['context'], node: PDFObject | undefined, depth = 0): [string, PDFObject, PDFObject][] {
  const d = node instanceof PDFRef ? c.lookup(node) : node;
  if (!(d instanceof PDFDict) || depth > 32) return [];
  const out: [string, PDFObject, PDFObject][] = [];
  const names = d.lookup(N.Names);
  if (names instanceof PDFArray)
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = names.get(i);
      const k = keyText(key);
      if (k !== undefined) out.push([k, names.get(i + 1), key]);
    }
  const kids = d.lookup(N.Kids);
  if (kids instanceof PDFArray) for (const k of kids.asArray()) out.push(...nameTree(c, k, depth + 1));
  return out;
}
