/** `reform doctor`: placeholder until its module lands (see the open issue). */
import { UserError } from '../errors.js';
import type { CommandSpec } from './spec.js';

export const doctorCommand: CommandSpec = {
  name: 'doctor',
  summary: { ja: 'doctor', en: 'doctor' },
  setup() {},
  async run() {
    throw new UserError('usage', { detail: 'doctor is not implemented yet' });
  },
};
