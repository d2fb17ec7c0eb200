/**
 * `reform preview [dir]`: the tables in the browser while you type (src/preview/). Runs until Ctrl+C,
 * then shuts down cleanly and returns 0.
 */
import { ExitCode } from '../errors.js';
import { t } from '../messages/index.js';
import { defineCommand } from './spec.js';

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

export const previewCommand = defineCommand<PreviewCommandOptions>({
  name: 'preview',
  summary: {
    ja: '表をブラウザで表示し、YAML を保存するたびに更新する（エラーもページに表示）',
    en: 'show the tables in the browser, updated whenever a YAML file is saved (errors shown on the page)',
  },
  setup(cmd, lang) {
    const ja = lang === 'ja';
    cmd
      .argument('[dir]', ja ? '報告書のフォルダ' : 'report directory', 'data')
      .option('-p, --port <port>', ja ? 'ポート番号（省略すると空いている番号）' : 'port (default: a free one)')
      .option('--open', ja ? 'ブラウザで開く' : 'open the system browser')
      .option(
        '--base <rev>',
        ja
          ? 'この git のリビジョン（例: origin/main）と違うセルを色付けする'
          : 'highlight cells that differ from this git revision (e.g. origin/main)',
      )
      .option('--templates <dir>', ja ? '自分用のテンプレートのフォルダ' : 'your own templates')
      .option('--browser <path>', ja ? 'PDF の作成に使うブラウザの実行ファイル' : 'browser executable for the PDFs')
      .option(
        '-o, --out <dir>',
        ja
          ? '必要に応じて作る PDF と Excel の保存先（省略すると一時フォルダ）'
          : 'where PDFs and the workbook made on demand are kept (default: a temporary directory)',
      );
  },
  async run(ctx, [dir], opts) {
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
      return await runPreview(ctx, dir ?? 'data', options, stop);
    } finally {
      dispose();
    }
  },
});
