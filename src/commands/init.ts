/** `reform init`: placeholder until its module lands (see the open issue). */
import { UserError } from '../errors.js';
import type { CommandSpec } from './spec.js';

export const initCommand: CommandSpec = {
  name: 'init',
  summary: { ja: 'init', en: 'init' },
  setup() {},
  async run() {
    throw new UserError('usage', { detail: 'init is not implemented yet' });
  },
};
