/**
 * Text diffs fit for Japanese, on jsdiff (Myers' O(ND) algorithm): texts are compared line by line,
 * and a changed line word by word with `Intl.Segmenter('ja', { granularity: 'word' })` (Japanese has
 * no spaces between words). What is reform's own: folding short equal runs into the changes around
 * them (tidy), pairing replaced lines that resemble each other, and the similarity used for matching.
 * Pure functions.
 */
import { diffArrays, diffWords, type ChangeObject } from 'diff';

export type OpKind = 'equal' | 'insert' | 'delete';
export interface Op {
  op: OpKind;
  text: string;
}

/** Beyond this many differing tokens, a diff is reported as "replaced" rather than searched for. */
const MAX_EDIT_DISTANCE = 2000;

let segmenter: Intl.Segmenter | undefined;
const japaneseWords = () => (segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' }));

/** Words of a text: Japanese by the ICU dictionary, digits and Latin runs kept together, spaces as their own tokens. */
export function words(text: string): string[] {
  return Array.from(japaneseWords().segment(text), (s) => s.segment);
}

/** jsdiff's change runs as merged operations. */
function toOps(changes: readonly ChangeObject<string | string[]>[]): Op[] {
  const ops: Op[] = [];
  for (const c of changes) {
    const text = Array.isArray(c.value) ? c.value.join('') : c.value;
    if (!text) continue;
    const op: OpKind = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  }
  return ops;
}

/**
 * The shortest edit script between two token lists, as merged operations.
 * Returns undefined when the lists differ in more than `maxD` tokens.
 */
export function diffTokens(a: readonly string[], b: readonly string[], maxD = MAX_EDIT_DISTANCE): Op[] | undefined {
  const changes = diffArrays([...a], [...b], { maxEditLength: maxD });
  return changes ? toOps(changes) : undefined;
}

/**
 * Readable inline diff of two single lines: by word; a lone one-character "equal" between two
 * changes is folded into them (「の」 between two replaced words reads better as one change), and
 * deletions come before insertions.
 */
export function inlineDiff(before: string, after: string): Op[] {
  const changes = diffWords(before, after, { intlSegmenter: japaneseWords(), maxEditLength: MAX_EDIT_DISTANCE });
  const ops = changes
    ? toOps(changes)
    : [
        { op: 'delete' as const, text: before },
        { op: 'insert' as const, text: after },
      ];
  return tidy(ops);
}

function tidy(ops: Op[]): Op[] {
  // Group runs between equal segments; fold short equal segments surrounded by changes.
  const out: Op[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = '';
    ins = '';
  };
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    if (o.op === 'delete') del += o.text;
    else if (o.op === 'insert') ins += o.text;
    else {
      const between = (del || ins) && i + 1 < ops.length && [...o.text].length <= 1 && o.text.trim() !== '';
      if (between) {
        del += o.text;
        ins += o.text;
      } else {
        flush();
        out.push({ ...o });
      }
    }
  }
  flush();
  return out.filter((o) => o.text !== '');
}

export interface LineChange {
  kind: 'changed' | 'added' | 'removed';
  before?: string;
  after?: string;
  /** For changed lines: the inline diff. */
  ops?: Op[];
  /** 1-based line numbers in the texts. */
  beforeLine?: number;
  afterLine?: number;
}

// Trailing newlines are not lines: a `|+` block keeps them, they print as nothing.
const splitLines = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');

/** The changed lines of a multi-line text: replaced lines paired up with an inline diff, the rest added or removed. */
export function lineDiff(before: string, after: string): LineChange[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffTokens(
    a.map((l) => `${l}\n`),
    b.map((l) => `${l}\n`),
  ) ?? [
    { op: 'delete', text: a.map((l) => `${l}\n`).join('') },
    { op: 'insert', text: b.map((l) => `${l}\n`).join('') },
  ];
  const out: LineChange[] = [];
  let ia = 0;
  let ib = 0;
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    const lines = o.text.replace(/\n$/, '').split('\n');
    if (o.op === 'equal') {
      ia += lines.length;
      ib += lines.length;
      continue;
    }
    if (o.op === 'delete' && ops[i + 1]?.op === 'insert') {
      const added = ops[i + 1].text.replace(/\n$/, '').split('\n');
      out.push(...pairLines(lines, added, ia, ib));
      ia += lines.length;
      ib += added.length;
      i++;
      continue;
    }
    for (const line of lines) {
      if (o.op === 'delete') out.push({ kind: 'removed', before: line, beforeLine: ++ia });
      else out.push({ kind: 'added', after: line, afterLine: ++ib });
    }
  }
  return out;
}

/** Pairs removed and added lines that resemble each other (in order); the others stay removed or added. */
function pairLines(removed: string[], added: string[], ia: number, ib: number): LineChange[] {
  const out: LineChange[] = [];
  if (removed.length * added.length > 2500) {
    // A rewritten text: list it as removed and added lines rather than search for pairs.
    removed.forEach((l, i) => {
      out.push({ kind: 'removed', before: l, beforeLine: ia + i + 1 });
    });
    added.forEach((l, j) => {
      out.push({ kind: 'added', after: l, afterLine: ib + j + 1 });
    });
    return out;
  }
  let j = 0;
  for (let i = 0; i < removed.length; i++) {
    // The next added line that resembles this one; added lines skipped on the way are additions.
    let match = -1;
    for (let k = j; k < added.length; k++) {
      if (similarity(removed[i], added[k]) >= 0.4) {
        match = k;
        break;
      }
    }
    if (match < 0) {
      out.push({ kind: 'removed', before: removed[i], beforeLine: ia + i + 1 });
      continue;
    }
    for (; j < match; j++) out.push({ kind: 'added', after: added[j], afterLine: ib + j + 1 });
    out.push({
      kind: 'changed',
      before: removed[i],
      after: added[match],
      ops: inlineDiff(removed[i], added[match]),
      beforeLine: ia + i + 1,
      afterLine: ib + match + 1,
    });
    j = match + 1;
  }
  for (; j < added.length; j++) out.push({ kind: 'added', after: added[j], afterLine: ib + j + 1 });
  return out;
}

/**
 * Dice-like similarity of two strings by character LCS: 1 for equal, 0 for nothing in common.
 * Only the first 300 characters count, and very different strings stop early at 0: this is for
 * matching, where a cheap answer is enough.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const ca = [...a].slice(0, 300);
  const cb = [...b].slice(0, 300);
  if (ca.length === 0 || cb.length === 0) return 0;
  const ops = diffTokens(ca, cb, Math.ceil((ca.length + cb.length) * 0.8));
  if (!ops) return 0;
  const common = ops.filter((o) => o.op === 'equal').reduce((n, o) => n + [...o.text].length, 0);
  return (2 * common) / (ca.length + cb.length);
}
