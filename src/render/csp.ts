/**
 * The Content-Security-Policy reform puts into every page it writes, whatever the template: a custom
 * template may carry a script, a remote stylesheet or font, an iframe, a WebSocket… The page may load
 * only its own files (the output directory) and data: URLs; nothing runs and nothing connects.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self' file: 'unsafe-inline'",
  "font-src 'self' file: data:",
  "img-src 'self' file: data:",
  "connect-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "worker-src 'none'",
  "object-src 'none'",
  "media-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`;

/**
 * The page with reform's CSP as its very first element (right after the doctype): a policy applies
 * only to what follows it, so nothing a template writes can come before it. The HTML parser opens
 * <html> and <head> for it; the template's own <html lang> and <head> merge into them.
 */
export function sealHtml(html: string): string {
  const doctype = /^\s*(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE[^>]*>/i.exec(html);
  if (doctype) return `${doctype[0]}\n${CSP_META}${html.slice(doctype[0].length)}`;
  return `<!DOCTYPE html>\n${CSP_META}\n${html}`;
}
