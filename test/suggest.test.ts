import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../src/validate/suggest.js';

describe('did you mean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('人事科', '人事課')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests only near misses', () => {
    expect(suggest('divison', ['division', 'items'])).toBe('division');
    expect(suggest('総務部/人事科', ['総務部/人事課', '総務部/財政課'])).toBe('総務部/人事課');
    expect(suggest('zzz', ['division', 'items'])).toBeUndefined();
  });
});
