/** What to tell the user when no browser can print the PDFs (build and doctor say the same). */
import { t, type Lang } from '../messages/index.js';
import type { Candidate, FindResult } from './find.js';

export function describeCandidates(tried: Candidate[], lang: Lang): string {
  const lines = tried.map((c) => `  ${c.path}  (${c.via})`);
  if (tried.length === 0) lines.push(lang === 'ja' ? '  （なし）' : '  (none)');
  return lines.join('\n');
}

/** The message for a failed browser search; `written`: the other outputs were written anyway. */
export function noBrowserMessage(result: FindResult, lang: Lang, written: boolean): string {
  const rest = written ? (lang === 'ja' ? '' : ' ') + t(lang, 'build-written-rest') : '';
  if (!result.found && result.explicitMissing) {
    const { via, path } = result.explicitMissing;
    return t(lang, 'build-browser-missing', { via, path, written: rest });
  }
  return t(lang, 'build-no-browser', { tried: describeCandidates(result.tried, lang), written: rest });
}
