/** The shape of one CLI command: its parser setup, and a runner loaded only when the command runs. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { Lang } from '../i18n.js';

/** Runs the command; `args` are the positional arguments, `opts` the parsed options. */
export type CommandRun = (ctx: Context, args: (string | undefined)[], opts: Record<string, any>) => Promise<number>;

export interface CommandSpec {
  name: string;
  /** One line for `reform --help`. */
  summary: Record<Lang, string>;
  /** Declares arguments and options on the commander command. */
  setup(cmd: Command, lang: Lang): void;
  /** Imports the command's module (and what it needs) on demand. */
  load(): Promise<CommandRun>;
}
