/**
 * The preview's web server (node:http), for one person on one machine:
 * - it listens on the loopback address only (127.0.0.1), on a free port unless one is given;
 * - it answers only requests whose Host header names this server (127.0.0.1:port, localhost:port,
 *   [::1]:port): a web page elsewhere cannot reach it through a DNS name that points at 127.0.0.1
 *   (DNS rebinding) — anything else gets 403; cross-site requests other than navigations get 403 too;
 * - it serves the report's rendered pages, their stylesheet and fonts, the outputs made on demand and
 *   its own event stream and stylesheet; every other path is 404 (no files from disk, no listing);
 * - pages carry a CSP header that allows only the reload script, by a nonce fresh for each response.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { EVENTS_PATH, PREVIEW_CSS, PREVIEW_CSS_PATH, previewCsp } from './page.js';
import type { PreviewSession } from './session.js';

export const LOOPBACK = '127.0.0.1';

export interface PreviewServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Whether a Host header names this server. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.trim().toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}` || h === `[::1]:${port}`;
}

/** The site path a request names ('' is the index), or undefined when the URL cannot name one. */
export function requestedName(url: string | undefined): string | undefined {
  if (!url?.startsWith('/')) return undefined;
  const pathname = url.split(/[?#]/)[0];
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(1));
  } catch {
    return undefined;
  }
  // Names are compared with a fixed set, but refuse anything that looks like a way out anyway.
  if (name.includes('\0') || name.includes('\\') || name.split('/').some((s) => s === '..' || s === '.'))
    return undefined;
  return name === '' ? 'index.html' : name;
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
const NONE_CSP = "default-src 'none'; frame-ancestors 'none'";

function send(
  res: ServerResponse,
  req: IncomingMessage,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Security-Policy': NONE_CSP,
    ...headers,
    'Content-Type': type,
    'Content-Length': String(buf.length),
  });
  res.end(req.method === 'HEAD' ? undefined : buf);
}

const text = 'text/plain; charset=utf-8';

export async function startPreviewServer(
  session: PreviewSession,
  opts: { port?: number } = {},
): Promise<PreviewServer> {
  const streams = new Set<ServerResponse>();
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!isAllowedHost(req.headers.host, port)) return send(res, req, 403, text, 'Forbidden: unknown Host\n');
    // Another site's page may link here (a navigation), but not embed or fetch the preview's resources.
    if (req.headers['sec-fetch-site'] === 'cross-site' && req.headers['sec-fetch-mode'] !== 'navigate') {
      return send(res, req, 403, text, 'Forbidden: cross-site request\n');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, req, 405, text, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    const name = requestedName(req.url);
    if (name === undefined) return send(res, req, 404, text, 'Not Found\n');
    const full = `/${name}`;

    if (full === EVENTS_PATH) {
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Security-Policy': NONE_CSP,
        'Content-Type': 'text/event-stream; charset=utf-8',
        Connection: 'keep-alive',
      });
      res.write(`retry: 1000\n\nevent: hashes\ndata: ${JSON.stringify(session.currentHashes())}\n\n`);
      streams.add(res);
      const unsubscribe = session.subscribe((hashes) =>
        res.write(`event: hashes\ndata: ${JSON.stringify(hashes)}\n\n`),
      );
      // A comment now and then keeps proxies and sleeping laptops from dropping the stream silently.
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
      res.on('close', () => {
        clearInterval(keepAlive);
        unsubscribe();
        streams.delete(res);
      });
      return;
    }
    if (full === PREVIEW_CSS_PATH) return send(res, req, 200, 'text/css; charset=utf-8', PREVIEW_CSS);

    if (session.isPage(name)) {
      const nonce = randomBytes(18).toString('base64');
      const html = session.page(name, nonce) ?? '';
      return send(res, req, 200, 'text/html; charset=utf-8', html, {
        'Content-Security-Policy': previewCsp(nonce, session.pagePolicy(name)),
      });
    }
    const file = await session.file(name);
    if (file) return send(res, req, 200, file.type, file.body);
    if (session.isExport(name)) {
      try {
        const made = await session.export(name);
        if (!made) return send(res, req, 404, text, 'Not Found\n');
        const inline = name.endsWith('.pdf') || name.endsWith('.csv') || name.endsWith('.json');
        const disposition = `${inline ? 'inline' : 'attachment'}; filename="${name.split('/').pop()}"`;
        // A PDF is shown by the browser's own viewer, which a CSP of the response would disturb.
        const headers: Record<string, string> = { 'Content-Disposition': disposition };
        if (name.endsWith('.pdf')) headers['Content-Security-Policy'] = "frame-ancestors 'none'";
        return send(res, req, 200, made.type, made.body, headers);
      } catch (e) {
        return send(res, req, 500, text, `${(e as Error).message.split('\n')[0]}\n`);
      }
    }
    return send(res, req, 404, text, 'Not Found\n');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) send(res, req, 500, text, `${(e as Error).message}\n`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: opts.port ?? 0, host: LOOPBACK, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://${LOOPBACK}:${port}/`,
    async close() {
      for (const s of streams) s.end();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
