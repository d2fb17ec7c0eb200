/** `reform fmt`: placeholder until its module lands (see the open issue). */
import { UserError } from '../errors.js';
import type { CommandSpec } from './spec.js';

export const fmtCommand: CommandSpec = {
  name: 'fmt',
  summary: { ja: 'fmt', en: 'fmt' },
  setup() {},
  async run() {
    throw new UserError('usage', { detail: 'fmt is not implemented yet' });
  },
};
