/**
 * A sheet seen as printed: each cell answers with the merged range it belongs to and that range's
 * text (the top-left cell's), so that a 番号 merged over three rows is read once, at its first row.
 */
import { address, key, type Merge, type Sheet, type SheetCell } from './workbook.js';

export interface Block {
  /** The merged range, or the cell alone. */
  range: Merge;
  /** The top-left cell (undefined when empty). */
  cell?: SheetCell;
  text: string;
}

/** Row-cells covered by merges that one sheet may have (a hostile A1:XFD1048576 is refused, not walked). */
export const MAX_MERGED_ROW_CELLS = 2_000_000;

export class Grid {
  private readonly byRow = new Map<number, Merge[]>();
  readonly tooManyMerges: boolean;
  constructor(readonly sheet: Sheet) {
    let budget = MAX_MERGED_ROW_CELLS;
    let tooMany = false;
    for (const m of sheet.merges) {
      const bottom = Math.min(m.bottom, sheet.maxRow);
      for (let r = m.top; r <= bottom; r++) {
        if (--budget < 0) {
          tooMany = true;
          break;
        }
        const list = this.byRow.get(r) ?? [];
        if (list.length === 0) this.byRow.set(r, list);
        list.push(m);
      }
      if (tooMany) break;
    }
    this.tooManyMerges = tooMany;
  }

  get name(): string {
    return this.sheet.name;
  }

  mergeAt(row: number, col: number): Merge | undefined {
    return this.byRow.get(row)?.find((m) => m.left <= col && col <= m.right);
  }

  /** The block (merged range or single cell) that covers the cell. */
  block(row: number, col: number): Block {
    const m = this.mergeAt(row, col);
    const range = m ?? { top: row, left: col, bottom: row, right: col };
    const cell = this.sheet.cells.get(key(range.top, range.left));
    return { range, ...(cell ? { cell } : {}), text: cell?.text ?? '' };
  }

  /** The block only when it starts at this cell. */
  startingAt(row: number, col: number): Block | undefined {
    const b = this.block(row, col);
    return b.range.top === row && b.range.left === col ? b : undefined;
  }

  /** The text of the block covering the cell, trimmed. */
  text(row: number, col: number): string {
    return this.block(row, col).text.trim();
  }

  cell(row: number, col: number): SheetCell | undefined {
    return this.sheet.cells.get(key(row, col));
  }

  /** sheet!A1, as the office finds the cell in Excel. */
  where(row: number, col: number): string {
    return `${this.sheet.name}!${address(row, col)}`;
  }
}
