/**
 * The command line: `main(argv)` parses, runs one command and returns its exit code.
 * Only bin/reform.js calls process.exit. User errors print a plain message; anything else is a bug
 * and says so (with the stack only when REFORM_DEBUG is set).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ExitCode, isUserError } from './errors.js';
// The message catalogue and visible() are loaded by main() after `--version` has answered (a cold start).
import type { Lang } from './messages/index.js';
import { parseLang } from './messages/catalog.js';
import type { Context } from './context.js';
import { packageRoot } from './paths.js';

export const version: string = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')).version;

/** --lang from the command line, else REFORM_LANG, else Japanese. */
function detectLang(argv: readonly string[], env: Context['env']): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const fromArgs = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return parseLang(fromArgs) ?? parseLang(env.REFORM_LANG) ?? 'ja';
}

// A reader that goes away (`reform diff … | head`) is not an error of reform's.
let pipeGuarded = false;
function guardPipes(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
}

/** Options every command understands, also when written before the command name (`reform --lang en validate`). */
const HOISTED = ['--lang', '--format'];

/**
 * Moves `--lang`/`--format` written before the command name to just after it, where the command's
 * parser reads them. Without a command, `--lang` has been read already (detectLang) and is dropped.
 */
export function hoistCommonOptions(argv: readonly string[], commandNames: readonly string[]): string[] {
  const moved: string[][] = [];
  const rest: string[] = [];
  let i = 0;
  for (; i < argv.length && !commandNames.includes(argv[i]); i++) {
    const a = argv[i];
    const name = HOISTED.find((o) => a === o || a.startsWith(`${o}=`));
    if (!name) rest.push(a);
    else if (a === name && i + 1 < argv.length) moved.push([a, argv[++i]]);
    else moved.push([a]);
  }
  if (i === argv.length) return [...rest, ...moved.filter((o) => !o[0].startsWith('--lang')).flat()];
  return [...rest, argv[i], ...moved.flat(), ...argv.slice(i + 1)];
}

/** File-system errors that come from the user's files or machine, not from a bug: exit 1 with a plain message. */
const FS_ERRORS = new Set([
  'EISDIR',
  'ENOTDIR',
  'EEXIST',
  'EACCES',
  'EPERM',
  'ENOSPC',
  'EROFS',
  'ENOENT',
  'EBUSY',
  'EMFILE',
  'ENAMETOOLONG',
  'ELOOP',
]);

/** commander's own messages, in the user's language. */
export function translateUsage(message: string, lang: Lang): string {
  if (lang !== 'ja') return message;
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/unknown command '([^']*)'/, (c) => `「${c}」というコマンドはありません。reform --help で一覧を表示できます。`],
    [/unknown option '([^']*)'/, (o) => `「${o}」というオプションはありません。--help で一覧を表示できます。`],
    [/missing required argument '([^']*)'/, (a) => `引数「${a}」が必要です。`],
    [
      /too many arguments(?: for '([^']*)')?/,
      (c) => `引数が多すぎます${c ? `（${c}）` : ''}。--help で使い方を確かめてください。`,
    ],
    [
      /option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are ([^.]*)\./,
      (o, v, c) => `オプション ${o} に「${v}」は指定できません。指定できるのは ${c} です。`,
    ],
    [/option '([^']*)' argument missing/, (o) => `オプション ${o} の値がありません。`],
    [/required option '([^']*)' not specified/, (o) => `オプション ${o} の指定が必要です。`],
  ];
  const hint = /\(Did you mean ([^?]*)\?\)/.exec(message);
  for (const [re, make] of rules) {
    const m = re.exec(message);
    if (m) return `エラー: ${make(...m.slice(1))}${hint ? ` もしかして ${hint[1]} ですか？` : ''}\n`;
  }
  return message;
}

export function defaultContext(argv: readonly string[] = []): Context {
  guardPipes();
  const env = process.env;
  const tty = Boolean(process.stderr.isTTY);
  return {
    cwd: process.cwd(),
    env,
    stdout: { write: (s) => void process.stdout.write(s), isTTY: Boolean(process.stdout.isTTY) },
    stderr: { write: (s) => void process.stderr.write(s), isTTY: tty },
    lang: detectLang(argv, env),
    color: tty && !('NO_COLOR' in env) && env.TERM !== 'dumb',
  };
}

export async function main(argv: readonly string[], overrides: Partial<Context> = {}): Promise<number> {
  const base = defaultContext(argv);
  const ctx: Context = { ...base, ...overrides, lang: overrides.lang ?? detectLang(argv, overrides.env ?? base.env) };
  const ja = ctx.lang === 'ja';
  let exitCode: number = ExitCode.ok;
  // `reform --version` answers before the parser and the command registry are loaded (a cold start in CI scripts).
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    ctx.stdout.write(`${version}\n`);
    return ExitCode.ok;
  }
  const [{ Command, CommanderError, Option }, { commands }, { isMessageKey, t }, { visible }] = await Promise.all([
    import('commander'),
    import('./commands/index.js'),
    import('./messages/index.js'),
    import('./diagnostics/visible.js'),
  ]);
  /** The plain words for a file-system error code. */
  const fsReason = (lang: Lang, code: string): string => {
    const key = `fs-${code}`;
    return isMessageKey(key) ? t(lang, key) : code;
  };

  const program = new Command('reform')
    .description(
      ja
        ? '行財政改革の取組の進捗表（別表1）と検証表（別表2）を YAML から検査・組版する'
        : 'validate and typeset the reform progress (別表1) and verification (別表2) tables from YAML',
    )
    .version(version, '-v, --version', ja ? 'バージョンを表示' : 'print the version')
    .helpOption('-h, --help', ja ? 'ヘルプを表示' : 'show help')
    .addHelpCommand(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(translateUsage(s, ctx.lang)),
    })
    .showSuggestionAfterError(true);

  for (const spec of commands) {
    const cmd = program
      .command(spec.name)
      .description(spec.summary[ctx.lang])
      .helpOption('-h, --help', ja ? 'ヘルプを表示' : 'show help')
      .addOption(
        new Option('--lang <lang>', ja ? 'メッセージの言語' : 'language of messages')
          .choices(['ja', 'en'])
          .default(ctx.lang),
      )
      .exitOverride()
      .configureOutput({
        writeOut: (s) => ctx.stdout.write(s),
        writeErr: (s) => ctx.stderr.write(s),
        outputError: (s, write) => write(translateUsage(s, ctx.lang)),
      });
    spec.setup(cmd, ctx.lang);
    cmd.action(async (...received: unknown[]) => {
      // commander passes the positional arguments, then the options object, then the command.
      const command = received.at(-1) as Command;
      const args = received.slice(0, command.registeredArguments.length) as (string | undefined)[];
      const run = await spec.load();
      exitCode = await run(ctx, args, command.opts());
    });
  }

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return ExitCode.ok;
    }
    await program.parseAsync(
      hoistCommonOptions(
        argv,
        commands.map((c) => c.name),
      ),
      { from: 'user' },
    );
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return ExitCode.ok;
      return ExitCode.usage;
    }
    if (isUserError(e)) {
      // Parameters may hold names from the input (a file name with an ESC in it): printed visible.
      const params = Object.fromEntries(
        Object.entries(e.params).map(([k, v]) => [k, typeof v === 'string' ? visible(v, { keepNewlines: true }) : v]),
      );
      ctx.stderr.write(`${t(ctx.lang, e.key, params)}\n`);
      return e.exitCode;
    }
    const fsError = e as NodeJS.ErrnoException;
    if (fsError?.code && FS_ERRORS.has(fsError.code)) {
      const file = fsError.path ? path.relative(ctx.cwd, fsError.path) || fsError.path : '';
      const params = { file: visible(file), reason: fsReason(ctx.lang, fsError.code), code: fsError.code };
      ctx.stderr.write(`${t(ctx.lang, 'fs-error', params)}\n`);
      if (ctx.env.REFORM_DEBUG) ctx.stderr.write(`${fsError.stack ?? ''}\n`);
      return ExitCode.userError;
    }
    const err = e as Error;
    ctx.stderr.write(
      `${t(ctx.lang, 'internal', { detail: visible(`${err?.name ?? 'Error'}: ${err?.message ?? String(e)}`) })}\n`,
    );
    if (ctx.env.REFORM_DEBUG) ctx.stderr.write(`${err?.stack ?? ''}\n`);
    return ExitCode.internal;
  }
}
