/**
 * Pagination of the tables for print, done in the page by the browser's own layout just before the
 * PDF is printed (the HTML files on disk stay one table per section).
 *
 * Chromium fragments a table row taller than a page badly (cell borders vanish, rowspan cells run on
 * with no box around them), so no row group is ever left to fragment: every page gets its own copy of
 * the table (its caption marked （続き）, columns and header) holding only row groups that fit on it.
 *   - An initiative that fits in the space left stays whole there.
 *   - One that does not fit there but fits on a page starts the next page.
 *   - One taller than a page starts where it is (when at least `minStart` px are left) and is split into
 *     pieces, each a complete row group with every border: the cells spanning the initiative (番号,
 *     具体的取組, 年次計画, 実績, 担当課) continue paragraph by paragraph, whole 取組項目 / verification rows
 *     move on, and a single row too tall for a page is split paragraph by paragraph too. Continuation
 *     pieces repeat 番号 and 具体的取組, and the 取組項目 being continued, marked （続き）.
 *   - A section continuing on a new page gets its section row (別表1) or heading (別表2) again, （続き）.
 * Heights are measured with print styles at the printed width, so wrapping is the PDF's own.
 *
 * `paginateForPrint` runs inside the page (puppeteer serialises it): it must not use anything from
 * this module's scope.
 */
export interface PaginateOptions {
  /** Printable height of a page in CSS px. */
  pageHeight: number;
  /** Room kept free at the bottom of every page, in CSS px (rounding, sub-pixel wrapping). */
  safety: number;
  /** Space a split initiative needs to start on a page rather than on the next one, in CSS px. */
  minStart: number;
  /** The mark of a continuation: （続き） */
  continued: string;
}

export interface PaginateResult {
  /** Page count of the tables as laid out (sections included). */
  pages: number;
  /** Initiatives split across pages. */
  split: number;
}

export function paginateForPrint(opts: PaginateOptions): PaginateResult {
  const height = (el: Element) => el.getBoundingClientRect().height;
  const top = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
  const PAGE = opts.pageHeight;
  let pageCount = 0;
  let splitCount = 0;

  const markContinued = (el: Element) => {
    const mark = document.createElement('span');
    mark.className = 'cont';
    mark.textContent = opts.continued;
    el.appendChild(mark);
  };
  /** A cell whose content continues paragraph by paragraph. */
  const isFlow = (c: Element) =>
    !c.classList.contains('item') &&
    !c.classList.contains('title') &&
    c.children.length > 0 &&
    Array.from(c.children).every((ch) => ch.tagName === 'P');
  /** Cells printed again on a continuation: 番号, 具体的取組 and 取組項目 (these two marked), 区分, 担当課. */
  const repeatKind = (c: Element): 'mark' | 'copy' | 'none' => {
    // A row header of a declared table (th scope=row) names its row, as 具体的取組 does.
    if (c.classList.contains('title') || c.classList.contains('item') || c.tagName === 'TH') return 'mark';
    if (c.classList.contains('number') || c.classList.contains('direction') || c.classList.contains('division'))
      return 'copy';
    return 'none';
  };
  /** An empty copy of a cell for a continuation piece: flow cells empty, repeated cells copied. */
  const shellOf = (c: HTMLTableCellElement, continuation: boolean): HTMLTableCellElement => {
    const shell = c.cloneNode(false) as HTMLTableCellElement;
    shell.removeAttribute('id');
    if (isFlow(c)) return shell;
    const kind = repeatKind(c);
    if (!continuation || kind !== 'none') {
      for (const ch of Array.from(c.childNodes)) shell.appendChild(ch.cloneNode(true));
      if (continuation && kind === 'mark' && c.textContent!.trim() !== '') markContinued(shell);
    }
    return shell;
  };

  /**
   * Where each line of a paragraph (laid out where it is) but the first begins: the text node and offset of
   * its first character. The browser's own line breaking decides, kinsoku included.
   */
  const lineStarts = (p: Element): [Text, number][] => {
    const starts: [Text, number][] = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let prev: DOMRect | null = null;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      for (let i = 0; i < n.length; i++) {
        const code = n.data.charCodeAt(i);
        if (code >= 0xdc00 && code <= 0xdfff) continue; // the second half of a surrogate pair
        range.setStart(n, i);
        range.setEnd(n, Math.min(n.length, code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1));
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue; // collapsed white space
        if (prev && rect.top >= prev.top + (prev.bottom - prev.top) / 2) starts.push([n, i]);
        prev = rect;
      }
    }
    return starts;
  };
  /** A paragraph's lines before `[node, offset]`, as a paragraph of their own (a copy; `p` is unchanged). */
  const headOf = (p: Element, node: Text, offset: number, extract: boolean): Element => {
    const range = document.createRange();
    range.setStart(p, 0);
    range.setEnd(node, offset);
    const head = p.cloneNode(false) as Element;
    head.removeAttribute('id');
    head.appendChild(extract ? range.extractContents() : range.cloneContents());
    return head;
  };
  /**
   * Puts into `to` (where `p` is, last) as many whole lines of `p` as fit, at least one when `force`: the lines
   * as a paragraph of their own, the rest of `p` back at the front of `from`, its first line not indented
   * (a hanging bullet indent belongs to the paragraph's first line only). Returns whether a line was placed.
   */
  const cutLines = (p: Element, from: Element, to: Element, fits: () => boolean, force: boolean): boolean => {
    const starts = lineStarts(p);
    p.remove();
    // The largest number of lines that fits (binary search: the height grows with the lines).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const trial = headOf(p, starts[mid - 1][0], starts[mid - 1][1], false);
      to.appendChild(trial);
      const ok = fits();
      trial.remove();
      if (ok) lo = mid;
      else hi = mid - 1;
    }
    if (lo === 0 && (!force || starts.length === 0)) {
      if (starts.length === 0 && force) {
        to.appendChild(p);
        return true;
      }
      from.insertBefore(p, from.firstChild);
      return false;
    }
    const cut = starts[Math.max(lo, 1) - 1];
    to.appendChild(headOf(p, cut[0], cut[1], true));
    (p as HTMLElement).style.textIndent = '0';
    from.insertBefore(p, from.firstChild);
    return true;
  };

  /**
   * Moves paragraphs from `from` into `to` while `fits()`. A paragraph that does not fit is cut between two
   * lines when it is taller than `whole` (it could never be printed whole on a page) or when nothing was
   * moved yet and `force` asks for progress (then at least one line moves).
   */
  const flow = (from: Element, to: Element, fits: () => boolean, force: boolean, whole: number): boolean => {
    let moved = false;
    while (from.firstElementChild) {
      const p = from.firstElementChild;
      to.appendChild(p);
      if (fits()) {
        moved = true;
        continue;
      }
      if (height(p) > whole || (force && !moved)) {
        if (cutLines(p, from, to, fits, force && !moved)) moved = true;
        break;
      }
      from.insertBefore(p, from.firstChild);
      break;
    }
    return moved;
  };

  /**
   * Splits a row group (tbody) into pieces: the first no taller than `first`, the others than `fresh`.
   * Returns the pieces, in the document in place of `tb`.
   */
  const split = (tb: HTMLTableSectionElement, first: number, fresh: number): HTMLTableSectionElement[] => {
    const rows = Array.from(tb.rows);
    const n = rows.length;
    const head = rows[0];
    const spans = Array.from(head.cells).filter((c) => n === 1 || c.rowSpan >= n);
    const leading = spans.filter(
      (c) => c.cellIndex < (Array.from(head.cells).find((x) => !spans.includes(x))?.cellIndex ?? Infinity),
    );
    // Row groups: rows held together by a rowspan other than the initiative's own cells.
    const groups: HTMLTableRowElement[][] = [];
    let group: HTMLTableRowElement[] = [];
    let reach = 0;
    rows.forEach((r, i) => {
      group.push(r);
      for (const c of Array.from(r.cells)) if (!spans.includes(c)) reach = Math.max(reach, i + c.rowSpan - 1);
      if (reach <= i) {
        groups.push(group);
        group = [];
      }
    });
    if (group.length > 0) groups.push(group);
    if (n === 1) groups.length = 0;
    // Detach the originals' spanning cells: their paragraphs are poured into the pieces' copies.
    const sources = spans.map((c) => ({ cell: c, shellFirst: shellOf(c, false) }));
    for (const c of spans) c.remove();
    // An empty row for pieces that hold no row of their own: the widest row, its cells emptied.
    const widest = rows.reduce((a, r) => (r.cells.length > a.cells.length ? r : a));
    const blankRow = widest.cloneNode(false) as HTMLTableRowElement;
    for (const c of Array.from(widest.cells)) blankRow.appendChild(c.cloneNode(false));

    const pieces: HTMLTableSectionElement[] = [];
    let budget = first;
    let guard = 0;
    while ((groups.length > 0 || sources.some((s) => isFlow(s.cell))) && guard++ < 500) {
      const continuation = pieces.length > 0;
      const piece = tb.cloneNode(false) as HTMLTableSectionElement;
      if (continuation) piece.removeAttribute('id');
      piece.classList.add(continuation ? 'piece-cont' : 'piece-first');
      tb.parentNode!.insertBefore(piece, tb);
      const fits = () => height(piece) <= budget;
      let placed = 0;
      // 1. Whole row groups while they fit; a lone row too tall for the page is split by paragraphs.
      while (groups.length > 0) {
        const g = groups[0];
        for (const r of g) piece.appendChild(r);
        if (fits()) {
          groups.shift();
          placed++;
          continue;
        }
        for (const r of g) tb.appendChild(r);
        // A lone row taller than a page starts here when it is the piece's first or enough room is left.
        const lone = g.length === 1 && Array.from(g[0].cells).some(isFlow);
        if (lone && (piece.rows.length === 0 || (height(g[0]) > fresh && budget - height(piece) >= opts.minStart))) {
          const rest = g[0];
          const part = rest.cloneNode(false) as HTMLTableRowElement;
          for (const c of Array.from(rest.cells)) part.appendChild(shellOf(c, false));
          piece.appendChild(part);
          const flowCells = Array.from(rest.cells).filter(isFlow);
          let moved = false;
          for (const c of flowCells) if (flow(c, part.cells[c.cellIndex], fits, false, fresh)) moved = true;
          if (!moved) flow(flowCells[0], part.cells[flowCells[0].cellIndex], fits, true, fresh);
          placed++;
          // The rest of the row continues in the next piece, its label marked.
          for (const c of Array.from(rest.cells)) {
            if (isFlow(c)) continue;
            const kind = repeatKind(c);
            if (kind === 'none') c.replaceChildren();
            else if (kind === 'mark' && !c.querySelector('.cont') && c.textContent!.trim() !== '') markContinued(c);
          }
        } else if (piece.rows.length === 0 && budget === fresh) {
          // Taller than a page and not divisible: printed as it is.
          for (const r of g) piece.appendChild(r);
          groups.shift();
          placed++;
        }
        break;
      }
      // A piece with no row of its own gets an empty one (the spanning cells need a row).
      if (piece.rows.length === 0) piece.appendChild(blankRow.cloneNode(true));
      // 2. The initiative's own cells, in the first row, their paragraphs poured while they fit.
      const firstRow = piece.rows[0];
      const shells = sources.map((s) => {
        const shell = continuation ? shellOf(s.cell, true) : (s.shellFirst.cloneNode(true) as HTMLTableCellElement);
        shell.rowSpan = piece.rows.length;
        return shell;
      });
      const lead = shells.filter((_, i) => leading.includes(sources[i].cell));
      const trail = shells.filter((_, i) => !leading.includes(sources[i].cell));
      firstRow.prepend(...lead);
      firstRow.append(...trail);
      let movedAny = placed > 0;
      sources.forEach((s, i) => {
        if (isFlow(s.cell) && flow(s.cell, shells[i], fits, false, fresh)) movedAny = true;
      });
      if (!movedAny) {
        // Nothing fitted: force one paragraph so that the split always progresses.
        const s = sources.findIndex((x) => isFlow(x.cell));
        if (s >= 0) flow(sources[s].cell, shells[s], fits, true, fresh);
      }
      pieces.push(piece);
      budget = fresh;
    }
    tb.remove();
    return pieces;
  };

  // The seed's tables (a section.part per section) and a declared table (its main.declared).
  const sections = Array.from(document.querySelectorAll('section.part, main.declared'));
  sections.forEach((section, si) => {
    const table = section.querySelector('table.sheet') as HTMLTableElement | null;
    const wrap = table?.closest('.table-wrap');
    if (!table || !wrap || !table.tHead) return;
    // A visible section heading (別表2) is repeated on continuation pages; a visually hidden one is not.
    const h = section.querySelector('.section-heading');
    const heading = h && !['absolute', 'fixed'].includes(getComputedStyle(h).position) ? h : null;
    const sectionRow = Array.from(table.tBodies).find((b) => b.classList.contains('section-row'));
    const bodies = Array.from(table.tBodies).filter((b) => b !== sectionRow);
    const pageTop = si === 0 ? 0 : top(section);
    const headH = height(table.tHead);
    const rowH = sectionRow ? height(sectionRow) : 0;
    const headingH = heading ? top(wrap) - top(heading) : 0;
    const fresh = PAGE - opts.safety - headingH - headH - rowH;
    let remaining = PAGE - opts.safety - (top(table) - pageTop) - headH - rowH;
    const pages: HTMLTableSectionElement[][] = [[]];
    let scratch: HTMLElement | undefined;
    const newPage = () => {
      pages.push([]);
      remaining = fresh;
    };
    for (const tb of bodies) {
      const h = height(tb);
      if (h <= remaining) {
        pages.at(-1)!.push(tb);
        remaining -= h;
        continue;
      }
      if (h <= fresh && pages.at(-1)!.length > 0) {
        newPage();
        pages.at(-1)!.push(tb);
        remaining -= h;
        continue;
      }
      if (remaining < opts.minStart && pages.at(-1)!.length > 0) newPage();
      // Split in a scratch copy of the table (same classes, columns and header, same place in the section):
      // each measurement while splitting then lays out that small table, not the whole section's again
      // (~2.6 s of CPU per split initiative in a section of 100). The pieces are moved into their pages below.
      if (!scratch) {
        scratch = wrap.cloneNode(false) as HTMLElement;
        scratch.removeAttribute('id');
        // Out of the flow, at the table's width: its layout moves nothing else.
        scratch.style.cssText = `position:absolute;left:0;top:0;margin:0;width:${wrap.getBoundingClientRect().width}px`;
        const t = table.cloneNode(false) as HTMLTableElement;
        t.removeAttribute('id');
        for (const ch of Array.from(table.children))
          if (ch.tagName === 'COLGROUP' || ch.tagName === 'THEAD') t.appendChild(ch.cloneNode(true));
        scratch.appendChild(t);
        wrap.after(scratch);
      }
      scratch.firstElementChild!.appendChild(tb);
      const pieces = split(tb, remaining, fresh);
      splitCount++;
      pieces.forEach((p, i) => {
        if (i > 0) newPage();
        pages.at(-1)!.push(p);
        remaining -= height(p);
      });
    }
    // Rebuild: one copy of the table per page.
    let after: Element = wrap;
    pages.forEach((list, pi) => {
      if (pi === 0) {
        for (const b of list) table.appendChild(b);
        return;
      }
      const copy = wrap.cloneNode(false) as HTMLElement;
      copy.removeAttribute('id');
      copy.removeAttribute('tabindex');
      const t = table.cloneNode(false) as HTMLTableElement;
      // The caption again, marked （続き）, so that the continued table is named too (PDF/UA: a Caption per
      // table); then the columns and the header.
      for (const ch of Array.from(table.children)) {
        if (ch.tagName === 'CAPTION') {
          const caption = ch.cloneNode(true) as HTMLElement;
          markContinued(caption);
          t.appendChild(caption);
        } else if (ch.tagName === 'COLGROUP' || ch.tagName === 'THEAD') t.appendChild(ch.cloneNode(true));
      }
      if (sectionRow) {
        const again = sectionRow.cloneNode(true) as HTMLTableSectionElement;
        const cell = again.querySelector('td, th');
        if (cell) markContinued(cell.querySelector('strong') ?? cell);
        t.appendChild(again);
      }
      for (const b of list) t.appendChild(b);
      copy.appendChild(t);
      let first: HTMLElement = copy;
      if (heading) {
        // A paragraph, not a heading: the PDF's outline keeps one entry per section.
        const h2 = document.createElement('p');
        h2.className = heading.className;
        for (const ch of Array.from(heading.childNodes)) h2.appendChild(ch.cloneNode(true));
        markContinued(h2);
        after.after(h2);
        after = h2;
        first = h2;
      }
      after.after(copy);
      after = copy;
      first.style.breakBefore = 'page';
    });
    scratch?.remove();
    pageCount += pages.length;
  });
  return { pages: pageCount, split: splitCount };
}
