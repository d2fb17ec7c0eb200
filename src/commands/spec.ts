/** The shape of one CLI command: its parser setup and a runner that returns an exit code. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { Lang } from '../messages/index.js';

export interface CommandSpec<Options = Record<string, unknown>> {
  name: string;
  /** One line for `reform --help`. */
  summary: Record<Lang, string>;
  /** Declares arguments and options on the commander command; they must match `Options`. */
  setup(cmd: Command, lang: Lang): void;
  /** Runs the command; `args` are the positional arguments, `opts` the options as declared in setup. */
  run(ctx: Context, args: (string | undefined)[], opts: Options): Promise<number>;
}

/** Declares a command with typed options (commander fills them as `setup` declares). */
export const defineCommand = <Options>(spec: CommandSpec<Options>): CommandSpec<Options> => spec;

/** The --format of the commands that print diagnostics. */
export const DIAGNOSTIC_FORMATS = ['text', 'json', 'github'] as const;
