/**
 * `--lang en` prints no Japanese of reform's own inside an English sentence: every English message of the
 * catalogue, given plain ASCII parameters, holds no Japanese, but for the few that quote what the user's own
 * files are searched for (a workbook's headings) or show an example value. The rules' messages are checked by
 * test/rule-tester.ts and test/rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { areas } from '../src/messages/index.js';

/** Messages whose English quotes Japanese the user's files hold, and why. */
const QUOTING: Record<string, string> = {
  'schema-division-format': 'an example of 部/課 as the user writes it',
  'adopt-no-tables': "the headings looked for in the office's workbook",
  'adopt-note-not-a-table': "the headings looked for in the office's workbook",
  'adopt-note-label-missing': 'the phase labels looked for, and the placeholder written into the YAML',
  'adopt-note-division-split': "the workbook's heading of the column",
  'adopt-note-division-unknown': "the workbook's heading of the column",
  'adopt-note-no-schedule': "the workbook's heading of the column",
  'adopt-note-not-in-progress': "the workbook's table names",
};

const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff01-\uff60]/u;

describe('English messages', () => {
  it('hold no Japanese of their own', () => {
    // Every parameter a plain ASCII value (a number where counts and code points are expected).
    const params = new Proxy({} as Record<string, string | number>, {
      get: (_t, k) => (k === 'codePoint' ? 0x200b : k === 'count' ? 2 : typeof k === 'string' ? 'x' : undefined),
    });
    const found: string[] = [];
    let checked = 0;
    for (const messages of Object.values(areas)) {
      for (const [key, message] of Object.entries(messages)) {
        checked++;
        const en = message.en(params);
        if (JAPANESE.test(en) && !QUOTING[key]) found.push(`${key}: ${en}`);
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(found).toEqual([]);
  });
});
