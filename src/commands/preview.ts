/**
 * `reform preview [dir]`: the tables in the browser while you type (src/preview/). Runs until Ctrl+C,
 * then shuts down cleanly and returns 0.
 */
import { ExitCode } from '../errors.js';
import { t } from '../messages/index.js';
import { reportDirOf, type CommandRun } from './spec.js';

/** Resolves on the first Ctrl+C (SIGINT) or SIGTERM; `dispose` removes the handlers. */
function interrupted(): { stop: Promise<void>; dispose(): void } {
  let done: () => void = () => undefined;
  const stop = new Promise<void>((resolve) => {
    done = () => {
      dispose();
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
  const dispose = () => {
    process.off('SIGINT', done);
    process.off('SIGTERM', done);
  };
  return { stop, dispose };
}

export interface PreviewCommandOptions {
  port?: string;
  open?: boolean;
  base?: string;
  templates?: string;
  browser?: string;
  out?: string;
}

export const run: CommandRun<PreviewCommandOptions> = async (ctx, [dir], opts) => {
  // A wrong port is a wrong command line (exit 2).
  if (opts.port !== undefined && (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535)) {
    ctx.stderr.write(`${t(ctx.lang, 'preview-bad-port', { port: opts.port })}\n`);
    return ExitCode.usage;
  }
  const port = opts.port === undefined ? undefined : Number(opts.port);
  const { stop, dispose } = interrupted();
  try {
    const options = {
      port,
      open: Boolean(opts.open),
      templates: opts.templates,
      browser: opts.browser,
      base: opts.base,
      out: opts.out,
    };
    // The server, the build core and the browser launcher are loaded only when the preview runs.
    const { runPreview } = await import('../preview/run.js');
    return await runPreview(ctx, reportDirOf(dir, ctx.cwd), options, stop);
  } finally {
    dispose();
  }
};
