/** Every command of reform, in the order `reform --help` lists them. */
import type { CommandSpec } from './spec.js';
import { validateCommand } from './validate.js';
import { buildCommand } from './build.js';
import { doctorCommand } from './doctor.js';
import { fmtCommand } from './fmt.js';
import { diffCommand } from './diff.js';
import { initCommand } from './init.js';
import { nextCommand } from './next.js';
import { formsCommand } from './forms.js';
import { importCommand } from './import.js';
import { statusCommand } from './status.js';
import { previewCommand } from './preview.js';

// Each command has its own option type; cli.ts hands commander's options over as declared.
// biome-ignore lint/suspicious/noExplicitAny: see above
export const commands: CommandSpec<any>[] = [validateCommand, buildCommand, previewCommand, fmtCommand, diffCommand, initCommand, doctorCommand,
  nextCommand, formsCommand, importCommand, statusCommand];
