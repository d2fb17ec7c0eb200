/**
 * `reform import FILES… [--dir dir] [--dry-run]`: the returned forms into the YAML files. The
 * workflow is src/cycle/import.ts; this file parses the options.
 */
import { runImport } from '../cycle/import.js';
import { reportDirOf, type CommandRun } from './spec.js';

export type ImportCommandOptions = { dir?: string; dryRun?: boolean };

export const run: CommandRun<ImportCommandOptions> = async (ctx, args, opts) => {
  const files = (args[0] as unknown as string[] | undefined) ?? [];
  return runImport(ctx, files, { dir: reportDirOf(opts.dir, ctx.cwd), dryRun: Boolean(opts.dryRun) });
};
