/** One message on one line of an output stream, in the user's language (the cycle commands print many). */
import type { Output } from '../context.js';
import { type Lang, type MessageKey, type Params, t } from '../messages/index.js';

export function say(out: Output, lang: Lang, key: MessageKey, params: Params = {}): void {
  out.write(`${t(lang, key, params)}\n`);
}
