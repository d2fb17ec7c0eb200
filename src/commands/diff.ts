/** `reform diff`: placeholder until its module lands (see the open issue). */
import { UserError } from '../errors.js';
import type { CommandSpec } from './spec.js';

export const diffCommand: CommandSpec = {
  name: 'diff',
  summary: { ja: 'diff', en: 'diff' },
  setup() {},
  async run() {
    throw new UserError('usage', { detail: 'diff is not implemented yet' });
  },
};
