import { describe, expect, it } from 'vitest';
import { diffTokens, inlineDiff, lineDiff, similarity, words } from '../src/diff/text.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const apply = (ops: { op: string; text: string }[], side: 'a' | 'b') =>
  ops
    .filter((o) => o.op === 'equal' || o.op === (side === 'a' ? 'delete' : 'insert'))
    .map((o) => o.text)
    .join('');

describe('diff: text', () => {
  it('segments Japanese into words', () => {
    expect(words('研修の実施(6月～7月)')).toEqual(['研修', 'の', '実施', '(', '6', '月', '～', '7', '月', ')']);
  });

  it('finds a minimal edit script that rebuilds both sides (random token lists)', () => {
    const r = rng(7);
    for (let t = 0; t < 300; t++) {
      const alphabet = 'abcde';
      const a = Array.from({ length: Math.floor(r() * 30) }, () => alphabet[Math.floor(r() * 5)]);
      const b = Array.from({ length: Math.floor(r() * 30) }, () => alphabet[Math.floor(r() * 5)]);
      const ops = diffTokens(a, b)!;
      expect(apply(ops, 'a')).toBe(a.join(''));
      expect(apply(ops, 'b')).toBe(b.join(''));
      // Minimal: the equal part is an LCS.
      const lcs = (() => {
        const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
        for (let i = 1; i <= a.length; i++)
          for (let j = 1; j <= b.length; j++)
            dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
        return dp[a.length][b.length];
      })();
      expect(ops.filter((o) => o.op === 'equal').reduce((n, o) => n + o.text.length, 0)).toBe(lcs);
    }
  });

  it('shows one changed word of a Japanese line as one replacement', () => {
    const ops = inlineDiff('・事務事業の見直しを進める', '・事務事業の再検討を進める');
    expect(ops).toEqual([
      { op: 'equal', text: '・事務事業の' },
      { op: 'delete', text: '見直し' },
      { op: 'insert', text: '再検討' },
      { op: 'equal', text: 'を進める' },
    ]);
  });

  it('lists only the changed lines of a text', () => {
    const before = '・一\n・二の見直し\n・三\n';
    const after = '・一\n・二の再検討\n・三\n・四\n';
    const changes = lineDiff(before, after);
    expect(changes.map((c) => c.kind)).toEqual(['changed', 'added']);
    expect(changes[0].afterLine).toBe(2);
    expect(changes[1]).toMatchObject({ kind: 'added', after: '・四', afterLine: 4 });
  });

  it('rates similarity', () => {
    expect(similarity('研修の充実', '研修の充実')).toBe(1);
    expect(similarity('研修の充実', '研修の強化')).toBeGreaterThan(0.5);
    expect(similarity('研修の充実', '県債残高')).toBe(0);
  });
});
