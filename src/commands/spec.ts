/** The shape of one CLI command: its parser setup, and a runner loaded only when the command runs. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { Lang } from '../messages/index.js';
import { findReportDir } from '../load/find-report.js';

export interface CommandSpec<Options = Record<string, unknown>> {
  name: string;
  /** One line for `reform --help`. */
  summary: Record<Lang, string>;
  /** Declares arguments and options on the commander command; they must match `Options`. */
  setup(cmd: Command, lang: Lang): void;
  /** Imports the command's module (and what it needs) when the command runs. */
  load(): Promise<CommandRun<Options>>;
}

/** Runs a command; `args` are the positional arguments, `opts` the options as declared in setup. */
export type CommandRun<Options = Record<string, unknown>> = (
  ctx: Context,
  args: (string | undefined)[],
  opts: Options,
) => Promise<number>;

/** Declares a command with typed options (commander fills them as `setup` declares). */
export const defineCommand = <Options>(spec: CommandSpec<Options>): CommandSpec<Options> => spec;

/** The --format of the commands that print diagnostics. */
export const DIAGNOSTIC_FORMATS = ['text', 'json', 'github'] as const;

/**
 * The report directory a command was given, or the one found as git finds its repository (load/find-report.ts):
 * data/ here or in a folder above, else this folder when it holds report.yaml.
 */
export const reportDirOf = (dir: string | undefined, cwd: string): string => findReportDir(dir, cwd);

/** The `[dir]` argument of the commands that read a report (none given: found from the current folder). */
export function reportDirArgument(cmd: Command, lang: Lang): Command {
  return cmd.argument(
    '[dir]',
    lang === 'ja'
      ? '報告書のフォルダ（省略時: このフォルダか上のフォルダの data、またはこのフォルダ）'
      : 'report directory (default: data/ here or in a folder above, else this folder)',
  );
}
