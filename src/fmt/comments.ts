/**
 * Where the comments at the end of a block go, decided by their indentation.
 *
 * The yaml package gives the comment lines that follow the last entry of a block (a mapping or a
 * list written one entry per line) to the innermost block still open, unless every one of them is
 * indented less than that block: then they go one level out. So in
 *
 * ```yaml
 * items:
 *   - label: a
 *     schedule:
 *       - phases: [x]   # flow comment
 *     # note about this item
 * ```
 *
 * both comments end up at the end of the `phases` list, and when the file is written again they are
 * both indented like that list: the note has moved into it, and the next run of fmt moves other
 * comments in turn. This module gives each such comment line back to the block that its
 * indentation names: the innermost block that starts at or left of the comment's `#`, or, when that
 * block has a next entry, that entry (as a comment above it). Written out, each comment is indented
 * like the block it belongs to, so reading the written file gives the same placement again.
 *
 * Runs on a freshly parsed document (it needs the source ranges) before anything is moved.
 */
import { isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

type Block = YAMLMap | YAMLSeq;

interface Frame {
  block: Block;
  /** Index of the entry (pair or list item) of `block` that contains the next frame's block. */
  index: number;
}

/** The column of an offset: characters since the start of its line. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * The indentation of each comment line between `from` and `to` (Infinity for a comment that follows other text on
 * its line).
 */
function commentIndents(text: string, from: number, to: number): number[] {
  const indents: number[] = [];
  let pos = from;
  while (pos < to) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl > to ? to : nl;
    const hash = text.indexOf('#', pos);
    if (hash >= 0 && hash < lineEnd) {
      const lineStart = text.lastIndexOf('\n', hash - 1) + 1;
      const before = text.slice(lineStart, hash);
      indents.push(/^[ \t]*$/.test(before) ? before.length : Number.POSITIVE_INFINITY);
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return indents;
}

const prepend = (lines: string[], existing: string | null | undefined): string =>
  existing ? `${lines.join('\n')}\n${existing}` : lines.join('\n');

const isBlock = (node: unknown): node is Block => (isMap(node) || isSeq(node)) && !node.flow;

/** The node that carries the comment above entry `index` of a block: the key of a pair, or the list item. */
function entryNode(block: Block, index: number): Node | undefined {
  const item = block.items[index] as unknown;
  const node = isPair(item) ? item.key : item;
  return isScalar(node) || isMap(node) || isSeq(node) ? (node as Node) : undefined;
}

/**
 * Moves the comment lines at the end of each block to the block (or the next entry) that their
 * indentation names. `text` is the text the document was parsed from.
 */
export function placeTrailingComments(doc: Document.Parsed, text: string): void {
  const walk = (node: unknown, frames: Frame[]): void => {
    if (!isBlock(node)) return;
    if (node.comment) placeOne(doc, text, node, frames);
    node.items.forEach((item, index) => {
      const child = isPair(item) ? item.value : item;
      walk(child, [...frames, { block: node, index }]);
    });
  };
  walk(doc.contents, []);
}

function placeOne(doc: Document.Parsed, text: string, block: Block, frames: Frame[]): void {
  const range = block.range;
  if (!range || !block.comment) return;
  const lines = block.comment.split('\n').filter((l) => l !== '');
  const indents = commentIndents(text, range[1], range[2]);
  // Only when the source shows exactly these comment lines (anything else is left as the parser read it).
  if (indents.length !== lines.length || lines.length === 0) return;

  // The chain of blocks that end here, innermost first, up to the first one that goes on with a
  // next entry (comments at its indentation are above that entry) or the document's top block.
  const chain: { block: Block; column: number; nextEntry?: Node }[] = [{ block, column: columnOf(text, range[0]) }];
  for (let i = frames.length - 1; i >= 0; i--) {
    const { block: outer, index } = frames[i];
    if (!outer.range) return;
    const next = index + 1 < outer.items.length ? entryNode(outer, index + 1) : undefined;
    if (index + 1 < outer.items.length && !next) return;
    chain.push({ block: outer, column: columnOf(text, outer.range[0]), nextEntry: next });
    if (next) break;
  }

  // Owner of each line: the innermost block of the chain that starts at or left of the comment;
  // never a block inside the owner of an earlier line (the comments keep their order).
  const groups: string[][] = chain.map(() => []);
  let owner = 0;
  lines.forEach((line, j) => {
    let level = chain.findIndex((c) => c.column <= indents[j]);
    if (level < 0) level = chain.length - 1;
    owner = Math.max(owner, level);
    groups[owner].push(line);
  });
  if (groups[0].length === lines.length) return;

  block.comment = groups[0].length > 0 ? groups[0].join('\n') : null;
  for (let level = 1; level < chain.length; level++) {
    const moved = groups[level];
    if (moved.length === 0) continue;
    const { block: target, nextEntry } = chain[level];
    if (nextEntry) nextEntry.commentBefore = prepend(moved, nextEntry.commentBefore);
    else if (target === doc.contents) doc.comment = prepend(moved, doc.comment);
    else target.comment = prepend(moved, target.comment);
  }
}

const withoutBlankLines = (comment: string | null | undefined): string | null =>
  comment
    ?.split('\n')
    .filter((line) => line !== '')
    .join('\n') || null;

/**
 * Blank lines inside a run of comment lines are dropped (fmt writes no blank lines between entries
 * either). The yaml package keeps them inside the comment's text, where they would change which
 * node a comment is read back into, and so the next run's result. The comments at the top of the
 * file are left as they are: there a blank line separates the file's header from the comment on the
 * first key (see normaliseDocument).
 */
export function dropBlankCommentLines(doc: Document.Parsed): void {
  doc.comment = withoutBlankLines(doc.comment);
  const root = doc.contents;
  const first = isMap(root) || isSeq(root) ? entryNode(root, 0) : undefined;
  visit(doc, {
    Node(_key, node) {
      if (node !== root && node !== first) node.commentBefore = withoutBlankLines(node.commentBefore);
      node.comment = withoutBlankLines(node.comment);
    },
  });
}
