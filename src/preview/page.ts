/**
 * What the preview adds to a page built like `reform build`'s (pure functions, no I/O):
 * - the page's own CSP <meta> (which forbids every script) is replaced by a CSP response header that
 *   allows exactly one script, the preview's reload script, by a nonce fresh for every response;
 * - a toolbar (links to the tables, the print view, the workbook) and, when the report does not
 *   validate, a banner listing each error as `reform validate` prints it. Everything from the report
 *   or the file system is HTML-escaped here: nothing from the YAML becomes markup.
 */
import { createHash } from 'node:crypto';
import { t, type Lang } from '../messages/index.js';
import { MARK_CSS } from '../render/marks.js';

/** Paths the preview serves itself; a report's pages never start with this. */
export const PREVIEW_PREFIX = '/__reform/';
export const EVENTS_PATH = `${PREVIEW_PREFIX}events`;
export const PREVIEW_CSS_PATH = `${PREVIEW_PREFIX}preview.css`;

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function hashOf(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
}

const CSP_META = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy["']?[^>]*>\s*/gi;

/** The policy of the page's first CSP <meta> (reform's own comes first), or undefined. */
export function pageCsp(html: string): string | undefined {
  const meta = new RegExp(CSP_META.source, 'i').exec(html)?.[0];
  const content = meta && /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta);
  if (!content) return undefined;
  const text = content[1] ?? content[2] ?? '';
  return text
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * The CSP header of a preview page: the build's policy (the page's own CSP <meta>, so the preview
 * follows it whatever it becomes), with two changes: scripts only by the nonce (the reload script),
 * connections only back to the preview (its server-sent events); framing refused. Without a policy
 * in the page, a strict one of the same kind.
 */
export function previewCsp(nonce: string, buildPolicy?: string): string {
  const base =
    buildPolicy ??
    "default-src 'none'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; " +
      "object-src 'none'; base-uri 'none'; form-action 'none'";
  const directives = new Map<string, string>();
  for (const part of base.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values.join(' '));
  }
  directives.set('script-src', `'nonce-${nonce}'`);
  directives.set('connect-src', "'self'");
  directives.set('frame-ancestors', "'none'");
  for (const name of ['script-src-elem', 'script-src-attr', 'worker-src']) directives.delete(name);
  return [...directives].map(([k, v]) => (v ? `${k} ${v}` : k)).join('; ');
}

/** One error as `reform validate` prints it (already formatted text, without colours). */
export interface BannerEntry {
  text: string;
}

export interface PageState {
  /** Errors of the last rebuild; empty when the report is valid. */
  errors: BannerEntry[];
  /** The tables shown are from an earlier, valid version (there are errors). */
  stale: boolean;
  /** No valid version exists yet. */
  none: boolean;
  /** Total error count (the banner may list fewer). */
  errorCount: number;
  /** A line about the diff view (`--base`), already in the user's language. */
  diffNote?: string;
  /** Replaces the "last good tables" line: which files are shown as they were at the last valid build. */
  note?: string;
}

export function bannerHtml(state: PageState, lang: Lang): string {
  if (state.errors.length === 0) return '';
  const heading = t(lang, 'preview-banner-title', { errors: state.errorCount });
  const note = state.note ?? (state.none ? t(lang, 'preview-banner-none') : t(lang, 'preview-banner-stale'));
  const items = state.errors.map((e) => `<li><pre>${escapeHtml(e.text)}</pre></li>`).join('\n');
  return [
    '<section id="reform-errors" class="reform-banner" role="alert">',
    `<h2>${escapeHtml(heading)}</h2>`,
    `<p>${escapeHtml(note)}</p>`,
    `<ol>${items}</ol>`,
    '</section>',
  ].join('\n');
}

export interface ToolbarLink {
  href: string;
  label: string;
  current?: boolean;
}

export function toolbarHtml(links: ToolbarLink[], lang: Lang, diffNote?: string): string {
  const a = links
    .map((l) => `<a href="${escapeHtml(l.href)}"${l.current ? ' aria-current="page"' : ''}>${escapeHtml(l.label)}</a>`)
    .join('');
  const diff = diffNote ? `<span class="reform-diff-note">${escapeHtml(diffNote)}</span>` : '';
  const name = `<strong>${escapeHtml(t(lang, 'preview-toolbar'))}</strong>`;
  return `<nav class="reform-toolbar" aria-label="reform">${name}${a}${diff}</nav>`;
}

/**
 * The reload script. It listens to the preview's server-sent events: each event carries the hash of
 * every page; the page reloads itself only when its own hash changed (keeping the scroll position).
 */
export const CLIENT_SCRIPT = `(() => {
  const me = document.currentScript;
  const page = me.dataset.page, hash = me.dataset.hash;
  const key = 'reform-scroll:' + page;
  const saved = sessionStorage.getItem(key);
  if (saved) { sessionStorage.removeItem(key); const [x, y] = saved.split(',').map(Number); window.scrollTo(x, y); }
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  events.addEventListener('hashes', (e) => {
    const hashes = JSON.parse(e.data);
    if (hashes[page] !== undefined && hashes[page] !== hash) {
      events.close();
      sessionStorage.setItem(key, window.scrollX + ',' + window.scrollY);
      location.reload();
    }
  });
})();`;

/** Inserts the toolbar, banner and reload script into a built page; drops its CSP <meta> (the header replaces it). */
export function injectPreview(
  html: string,
  opts: { nonce: string; page: string; hash: string; toolbar: string; banner: string },
): string {
  let out = html.replace(CSP_META, '');
  const head = `<link rel="stylesheet" href="${PREVIEW_CSS_PATH}">\n`;
  out = /<\/head>/i.test(out) ? out.replace(/<\/head>/i, () => `${head}</head>`) : head + out;
  const top = `${opts.toolbar}\n${opts.banner}\n`;
  const body = /<body[^>]*>/i.exec(out);
  out = body
    ? `${out.slice(0, body.index + body[0].length)}\n${top}${out.slice(body.index + body[0].length)}`
    : top + out;
  const script =
    `<script nonce="${escapeHtml(opts.nonce)}" data-page="${escapeHtml(opts.page)}"` +
    ` data-hash="${escapeHtml(opts.hash)}">` +
    `${CLIENT_SCRIPT}</script>\n`;
  return /<\/body>/i.test(out) ? out.replace(/<\/body>(?![\s\S]*<\/body>)/i, () => `${script}</body>`) : out + script;
}

/** The page shown before the report has ever validated: only the banner. */
export function emptyPage(title: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="stylesheet" href="fonts/fonts.css">',
    '</head>',
    '<body>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const PREVIEW_CSS = `
.reform-toolbar, .reform-banner { font-family: 'BIZ UDPGothic', sans-serif; }
.reform-toolbar { position: sticky; top: 0; z-index: 10; display: flex; flex-wrap: wrap; gap: .4em 1.2em;
  align-items: baseline; padding: .4em 1em; margin: 0 0 1em; background: #1f3a5f; color: #fff; font-size: 10pt; }
.reform-toolbar a { color: #fff; }
.reform-toolbar a[aria-current] { font-weight: bold; text-decoration: none; }
.reform-diff-note { margin-left: auto; background: #fff1a6; color: #000; padding: 0 .5em; }
.reform-banner { margin: 0 0 1.5em; padding: .6em 1em; border: 3px solid #b00020; background: #fff4f4; color: #000; }
.reform-banner h2 { margin: 0 0 .3em; font-size: 13pt; color: #b00020; }
.reform-banner p { margin: 0 0 .5em; }
.reform-banner ol { margin: 0; padding-left: 1.5em; }
.reform-banner li { margin: 0 0 .6em; }
.reform-banner pre { margin: 0; white-space: pre-wrap; font-size: 9.5pt;
  font-family: Consolas, 'MS Gothic', Osaka-Mono, monospace, 'BIZ UDPGothic'; }
@media print { .reform-toolbar, .reform-banner { display: none !important; } }
${MARK_CSS}`;
