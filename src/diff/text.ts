/**
 * Text diffs fit for Japanese: texts are compared line by line, and a changed line word by word
 * with `Intl.Segmenter('ja', { granularity: 'word' })` (Japanese has no spaces between words), by
 * Myers' O(ND) algorithm. Pure functions.
 */

export type OpKind = 'equal' | 'insert' | 'delete';
export interface Op {
  op: OpKind;
  text: string;
}

/** Beyond this many differing tokens, a diff is reported as "replaced" rather than searched for. */
const MAX_EDIT_DISTANCE = 2000;

let segmenter: Intl.Segmenter | undefined;

/** Words of a text: Japanese by the ICU dictionary, digits and Latin runs kept together, spaces as their own tokens. */
export function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * The shortest edit script between two token lists (Myers 1986), as merged operations.
 * Returns undefined when the lists differ in more than `maxD` tokens.
 */
export function diffTokens(a: readonly string[], b: readonly string[], maxD = MAX_EDIT_DISTANCE): Op[] | undefined {
  // Common prefix and suffix first: most edits are small.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = [];
  const push = (op: OpKind, text: string) => {
    if (!text) return;
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };
  push('equal', a.slice(0, start).join(''));
  const middle = myers(a.slice(start, endA), b.slice(start, endB), maxD);
  if (!middle) return undefined;
  for (const o of middle) push(o.op, o.text);
  push('equal', a.slice(endA).join(''));
  return ops;
}

function myers(a: readonly string[], b: readonly string[], maxD: number): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m === 0 ? [] : [{ op: 'insert', text: b.join('') }];
  if (m === 0) return [{ op: 'delete', text: a.join('') }];
  const max = Math.min(n + m, maxD);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] is the frontier before round d, for diagonals -d-1 … d+1 only (memory ~ D²).
  const trace: Int32Array[] = [];
  let found = -1;
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break outer;
      }
    }
  }
  if (found < 0) return undefined;
  // Walk back through the saved frontiers.
  const rev: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const w = trace[d];
    const at = (kk: number) => w[kk + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      rev.push({ op: 'equal', text: a[x - 1] });
      x--;
      y--;
    }
    if (down) rev.push({ op: 'insert', text: b[y - 1] });
    else rev.push({ op: 'delete', text: a[x - 1] });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    rev.push({ op: 'equal', text: a[x - 1] });
    x--;
    y--;
  }
  const out: Op[] = [];
  for (let i = rev.length - 1; i >= 0; i--) {
    const o = rev[i];
    const last = out[out.length - 1];
    if (last && last.op === o.op) last.text += o.text;
    else out.push({ ...o });
  }
  return out;
}

/**
 * Readable inline diff of two single lines: by word; a lone one-character "equal" between two
 * changes is folded into them (「の」 between two replaced words reads better as one change), and
 * deletions come before insertions.
 */
export function inlineDiff(before: string, after: string): Op[] {
  const ops = diffTokens(words(before), words(after)) ?? [
    { op: 'delete', text: before },
    { op: 'insert', text: after },
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

const splitLines = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');

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
    removed.forEach((l, i) => out.push({ kind: 'removed', before: l, beforeLine: ia + i + 1 }));
    added.forEach((l, j) => out.push({ kind: 'added', after: l, afterLine: ib + j + 1 }));
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
    out.push({ kind: 'changed', before: removed[i], after: added[match], ops: inlineDiff(removed[i], added[match]), beforeLine: ia + i + 1, afterLine: ib + match + 1 });
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
