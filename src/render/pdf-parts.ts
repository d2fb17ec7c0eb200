/**
 * Printing a long page in parts, inside the page that was laid out and paginated once: Chromium's renderer
 * holds the paint of every page it prints at once (at 1,000 initiatives ~800 MB more for 364 pages), so a long
 * table is printed a part of ~50 pages at a time and the parts are joined (pdf-join.ts). Only the part being
 * printed is in the document: the rest is swapped for empty comments (no style, layout, paint or accessibility
 * node), then swapped back, so the pages, their breaks and every node's identity stay those of the one page.
 *
 * A part starts where the printed page starts anyway: at an element with a forced page break (the （続き） pages
 * of paginate.ts, a 章 that begins a page), found among block boxes outside tables. A part holds whole
 * "atoms": the maximal subtrees that contain no part's start but their own first node.
 *
 * The functions below run inside the page (puppeteer serialises them): nothing from this module's scope.
 */

/** A node of the page kept for printing in parts: a container (with kids) or an atom, and the parts it holds. */
interface Piece {
  node: ChildNode;
  first: number;
  last: number;
  /** What stands in its place while it is out. */
  hole: Comment;
  kids: Piece[];
}

/** What the page offers for printing in parts. */
export interface PartStarts {
  /** Elements that start a printed page (after the first), in document order. 0: print in one piece. */
  starts: number;
}

/**
 * Finds where parts may start and keeps them in the page (window.__reformParts) for showPart. A page whose
 * internal links (href="#…") would point from one part to another is printed in one piece: a link's target must
 * be in the PDF the link is printed in.
 */
export function findPartStarts(): PartStarts {
  const forced = new Set(['page', 'left', 'right', 'recto', 'verso', 'always']);
  const starts: Element[] = [];
  const visit = (el: Element) => {
    for (const ch of Array.from(el.children)) {
      const cs = getComputedStyle(ch);
      if (cs.display === 'none') continue;
      const flowing = cs.position !== 'absolute' && cs.position !== 'fixed' && cs.float === 'none';
      if (flowing && forced.has(cs.breakBefore)) starts.push(ch);
      if (flowing && (cs.display === 'block' || cs.display === 'flow-root')) visit(ch);
    }
  };
  visit(document.body);
  // Containers: the ancestors of a start; atoms: their other children. A container is in the document while a
  // part it holds atoms of is printed (an empty one would still break the page).
  const containers = new Set<Node>();
  for (const s of starts) for (let p = s.parentNode; p && p !== document; p = p.parentNode) containers.add(p);
  const atoms: Piece[] = [];
  let part = 0;
  const startSet = new Set<Node>(starts);
  const collect = (c: Node, into: Piece) => {
    for (const ch of Array.from(c.childNodes)) {
      if (startSet.has(ch)) part++;
      if (ch.nodeName === 'HEAD') continue;
      const piece: Piece = { node: ch, first: part, last: part, hole: document.createComment(''), kids: [] };
      if (containers.has(ch)) collect(ch, piece);
      else atoms.push(piece);
      piece.last = part;
      into.kids.push(piece);
    }
  };
  const root: Piece = { node: document.documentElement, first: 0, last: 0, hole: document.createComment(''), kids: [] };
  collect(document.documentElement, root);
  const partOf = new Map<Node, number>();
  for (const a of atoms) partOf.set(a.node, a.first);
  const partOfNode = (n: Node | null): number | undefined => {
    for (let p = n; p; p = p.parentNode) if (partOf.has(p)) return partOf.get(p);
    return undefined;
  };
  for (const a of Array.from(document.querySelectorAll('a[href^="#"]'))) {
    let id = a.getAttribute('href')!.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape names its fragment as written.
    }
    const target = id ? document.getElementById(id) : null;
    if (target && partOfNode(target) !== partOfNode(a)) return { starts: 0 };
  }
  (window as unknown as { __reformParts: Piece }).__reformParts = root;
  return { starts: starts.length };
}

/**
 * Leaves in the document only the atoms of the parts from `first` to `last` (0: up to the first start), and
 * numbers its pages from `pageOffset + 1` (the @page counter; CSS has no other way to start it elsewhere).
 * -1, -1: everything again.
 */
export function showParts(first: number, last: number, pageOffset: number): void {
  const root = (window as unknown as { __reformParts: Piece }).__reformParts;
  const all = first < 0;
  const place = (piece: Piece) => {
    for (const p of piece.kids) {
      const wanted = all || (p.last >= first && p.first <= last);
      if (wanted && p.hole.isConnected) p.hole.replaceWith(p.node);
      else if (!wanted && p.node.isConnected) p.node.replaceWith(p.hole);
      if (wanted) place(p);
    }
  };
  place(root);
  let style = document.getElementById('reform-part-pages');
  if (!style) {
    style = document.createElement('style');
    style.id = 'reform-part-pages';
    document.head.append(style);
  }
  style.textContent = pageOffset > 0 ? `@page :first { counter-increment: page ${pageOffset + 1}; }` : '';
}
