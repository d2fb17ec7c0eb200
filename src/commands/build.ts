/** `reform build`: placeholder until its module lands (see the open issue). */
import { UserError } from '../errors.js';
import type { CommandSpec } from './spec.js';

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: { ja: 'build', en: 'build' },
  setup() {},
  async run() {
    throw new UserError('usage', { detail: 'build is not implemented yet' });
  },
};
