/**
 * Messages for office staff, in Japanese by default and in English with --lang en: one catalogue
 * joined from the areas' files. `t()` accepts only keys that exist, so a typo fails the build.
 */
import { buildMessages } from './build.js';
import type { Lang, Params } from './catalog.js';
import { cliMessages } from './cli.js';
import { diffMessages } from './diff.js';
import { fmtMessages } from './fmt.js';
import { initMessages } from './init.js';
import { previewMessages } from './preview.js';
import { validateMessages } from './validate.js';
import { cycleMessages } from './cycle.js';
import { adoptMessages } from './adopt.js';

export { parseLang, plural, pluralWord, type Lang, type Params } from './catalog.js';

/** Each area by name (a test checks that no key is declared in two areas). */
export const areas = {
  cli: cliMessages,
  validate: validateMessages,
  build: buildMessages,
  diff: diffMessages,
  fmt: fmtMessages,
  init: initMessages,
  preview: previewMessages,
  cycle: cycleMessages,
  adopt: adoptMessages,
};

const catalogue = {
  ...cliMessages,
  ...validateMessages,
  ...buildMessages,
  ...diffMessages,
  ...fmtMessages,
  ...initMessages,
  ...previewMessages,
  ...cycleMessages,
  ...adoptMessages,
};

export type MessageKey = keyof typeof catalogue;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue, key);
}

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  return catalogue[key][lang]({ detail: '', ...params });
}
