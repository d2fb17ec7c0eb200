import { describe, expect, it } from 'vitest';
import { escapeJsonText, hasHidden, visible } from '../src/diagnostics/visible.js';
import { charName } from '../src/messages/chars.js';

describe('visible', () => {
  it('shows C0, DEL, C1, ESC sequences and CR as harmless glyphs', () => {
    expect(visible('a\x1b]0;x\x07\x1b[2J\x1b[8m')).toBe('a␛]0;x␇␛[2J␛[8m');
    expect(visible('a\rb\x7f\u0085')).toBe('a␍b␡<U+0085>');
    expect(visible('x\ny\tz')).toBe('x␊y␉z');
    expect(visible('x\ny\tz', { keepNewlines: true, keepTabs: true })).toBe('x\ny\tz');
  });
  it('shows zero-width, bidi, no-break space, lone surrogates and tag characters by code point', () => {
    expect(visible('人事\u200b課')).toBe('人事<U+200B>課');
    expect(visible('\u202eabc\u2066')).toBe('<U+202E>abc<U+2066>');
    expect(visible('a\u00a0b\ufeff')).toBe('a<U+00A0>b<U+FEFF>');
    expect(visible('\ud800x')).toBe('<U+D800>x');
    expect(visible('\u{e0041}')).toBe('<U+E0041>');
  });
  it('leaves ordinary Japanese text, emoji and the full-width space alone', () => {
    const s = '総務部/人事課　令和元年度 😀 ①';
    expect(visible(s)).toBe(s);
    expect(hasHidden(s)).toBe(false);
    expect(hasHidden('a\u200bb')).toBe(true);
  });
  it('keeps JSON exact while escaping what JSON.stringify leaves raw', () => {
    const value = 'a\x7f\u0085\u200b\u202e😀\x1b';
    const json = escapeJsonText(JSON.stringify({ value }));
    expect(JSON.parse(json).value).toBe(value);
    expect(json).not.toMatch(/[\x00-\x1f\x7f-\x9f\u200b\u202e]/);
  });
  it('names characters in Japanese and English', () => {
    expect(charName('\u200b', 'ja')).toBe('ゼロ幅スペース（U+200B）');
    expect(charName('\x0b', 'en')).toBe('vertical tab (U+000B)');
    expect(charName('\u202e', 'ja')).toBe('書字方向の制御文字（U+202E）');
  });
});
