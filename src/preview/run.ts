/**
 * `reform preview`: the first build, the server, the watcher, and a clean stop. Returns the exit code
 * once `stop` resolves (Ctrl+C in the command), after closing the server, the watcher and the
 * temporary export directory.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ExitCode, isUserError, UserError } from '../errors.js';
import { guardOutputDir } from '../io/outdir.js';
import { t } from '../messages/index.js';
import type { Context } from '../context.js';
import { formatText } from '../diagnostics/format.js';
import { loadSide, resolveSide } from '../diff/sides.js';
import { noBrowserMessage } from '../browser/advice.js';
import { runBuild } from '../publish/index.js';
import { PreviewSession, type ExportBuild } from './session.js';
import { startPreviewServer, type PreviewServer } from './server.js';
import { serialRunner, watchTrees, type Watcher } from './watch.js';
import { openInBrowser } from './open.js';

export interface PreviewOptions {
  port?: number;
  open?: boolean;
  templates?: string;
  browser?: string;
  base?: string;
  out?: string;
  /** Watch the files (default); tests that drive rebuilds themselves turn it off. */
  watch?: boolean;
}

export interface RunningPreview {
  url: string;
  port: number;
  session: PreviewSession;
  server: PreviewServer;
  stop(): Promise<void>;
}

/** Starts a preview and returns once it serves (tests use this; the command waits for Ctrl+C). */
export async function startPreview(ctx: Context, dir: string, opts: PreviewOptions): Promise<RunningPreview | number> {
  const lang = ctx.lang;
  const log = (s: string) => ctx.stderr.write(s.endsWith('\n') ? s : `${s}\n`);
  const reportDir = path.resolve(ctx.cwd, dir);
  // The same messages as the other commands (load/report-dir.ts): missing, a file, no report.yaml.
  if (!existsSync(reportDir)) throw new UserError('no-report-dir', { dir });
  if (!statSync(reportDir).isDirectory()) throw new UserError('not-a-report-dir', { dir });
  if (!existsSync(path.join(reportDir, 'report.yaml')))
    throw new UserError('no-manifest', { dir, file: 'report.yaml' });
  const templatesDir = opts.templates ? path.resolve(ctx.cwd, opts.templates) : undefined;
  if (templatesDir && !existsSync(templatesDir))
    throw new UserError('build-templates-missing', { dir: opts.templates ?? '' });

  // The diff view's base, loaded once.
  let base: { report: import('../model/report.js').Report; label: string } | undefined;
  if (opts.base !== undefined) {
    const sideOpts = { cwd: ctx.cwd, dir: path.relative(ctx.cwd, reportDir) || '.' };
    const side = await loadSide(await resolveSide(opts.base, sideOpts), sideOpts);
    if (!side.loaded.report) {
      log(
        formatText(
          side.loaded.diagnostics.filter((d) => d.severity === 'error'),
          lang,
          side.loaded.texts,
          ctx.color,
        ),
      );
      log(t(lang, 'diff-invalid', { side: opts.base }));
      return ExitCode.userError;
    }
    base = { report: side.loaded.report, label: opts.base };
  }

  // Where the build on demand (print view's PDFs, workbook) writes: --out, or a temporary directory removed at the end.
  let exportRoot: string;
  let temporary = false;
  if (opts.out !== undefined) {
    exportRoot = await guardOutputDir(opts.out, ctx.cwd, reportDir, ctx.env).catch((e: unknown) => {
      throw isUserError(e) ? new UserError('preview-out-unsafe', { out: opts.out ?? '' }) : e;
    });
  } else {
    exportRoot = await mkdtemp(path.join(tmpdir(), 'reform-preview-'));
    temporary = true;
  }
  const build = async (): Promise<ExportBuild> => {
    const result = await runBuild(
      dir,
      { out: exportRoot, templates: opts.templates, browser: opts.browser, pdf: true },
      { cwd: ctx.cwd, env: ctx.env },
    );
    if (result.kind === 'invalid') return { problem: t(lang, 'preview-export-invalid') };
    const files = new Map(result.written.map((w) => [w.name, w.path]));
    let problem: string | undefined;
    if (result.pdf.status === 'no-browser') problem = noBrowserMessage(result.pdf.search, lang, false);
    else if (result.pdf.status === 'failed')
      problem = t(lang, 'build-pdf-failed', { browser: result.pdf.browser, detail: result.pdf.detail });
    else if (result.pdf.status === 'blank') {
      const { file, problem: why, fonts } = result.pdf;
      problem = t(lang, 'build-pdf-blank', { file, problem: why, fonts: fonts.join(', ') });
    }
    return { files, problem };
  };

  const session = new PreviewSession({ dir, cwd: ctx.cwd, lang, templatesDir, base, log, color: ctx.color, build });
  await session.rebuild();

  let server: PreviewServer;
  try {
    server = await startPreviewServer(session, { port: opts.port });
  } catch (e) {
    if (temporary) await rm(exportRoot, { recursive: true, force: true });
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new UserError('preview-port-in-use', { port: opts.port ?? 0 });
    throw e;
  }

  const runner = serialRunner(async () => {
    // A bug must not stop the preview silently: say it, keep serving the last pages, go on watching.
    await session.rebuild().catch((e: Error) => {
      log(t(lang, 'internal', { detail: `${e?.name ?? 'Error'}: ${e?.message ?? String(e)}` }));
      if (ctx.env.REFORM_DEBUG) log(e?.stack ?? '');
    });
  });
  const roots = [reportDir, ...(templatesDir ? [templatesDir] : [])];
  const watcher: Watcher =
    opts.watch === false
      ? { close() {} }
      : await watchTrees(roots, () => void runner.request(), {
          // In the report: YAML files and folders (a new initiatives/); in a template directory: anything.
          relevant: (root, file) =>
            root !== reportDir || file === undefined || /\.ya?ml$/i.test(file) || path.extname(file) === '',
        });

  ctx.stdout.write(`${t(lang, 'preview-listening', { url: server.url })}\n`);
  if (opts.open)
    await openInBrowser(server.url, process.platform, { ...process.env, ...ctx.env }).catch((e: Error) =>
      log(t(lang, 'preview-open-failed', { detail: e.message })),
    );

  let stopped = false;
  return {
    url: server.url,
    port: server.port,
    session,
    server,
    async stop() {
      if (stopped) return;
      stopped = true;
      watcher.close();
      await runner.idle();
      await server.close();
      if (temporary) await rm(exportRoot, { recursive: true, force: true, maxRetries: 3 });
      log(t(lang, 'preview-stopped'));
    },
  };
}

/** Runs a preview until `stop` resolves; the exit code. */
export async function runPreview(
  ctx: Context,
  dir: string,
  opts: PreviewOptions,
  stop: Promise<unknown>,
): Promise<number> {
  const running = await startPreview(ctx, dir, opts);
  if (typeof running === 'number') return running;
  await stop;
  await running.stop();
  return ExitCode.ok;
}
