/**
 * The sealed renderer, checked from outside: the built CLI runs under `strace -f -yy -e trace=network`
 * (the whole process tree: node, the browser and all its helpers) for a full build with PDF, and for a
 * build with a custom layout that tries everything a page can do to reach the network (script, fetch,
 * WebSocket, WebRTC, iframe, preconnect, dns-prefetch, remote image, stylesheet and font, an IP literal).
 * Every connect, sendto, sendmsg and sendmmsg is parsed: no DNS query (nothing to port 53), and no socket
 * of any kind connected or sending to an address outside the loopback (not even the UDP connect of Chromium's
 * IPv6 reachability probe, which sends nothing and which every build made before `^NOTFOUND`). Linux with
 * strace and a browser only; elsewhere the tests are skipped with the reason in their name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySample, repoRoot, tempDir } from './helpers.js';
import { defaultFinderDeps, findBrowser } from '../src/browser/find.js';

function skipReason(): string | undefined {
  if (process.platform !== 'linux') return 'not Linux';
  if (spawnSync('strace', ['-V']).status !== 0) {
    // In CI `npm run setup` has installed strace: missing there is a failure, not a skip.
    if (process.env.CI) throw new Error('strace not found: npm run setup installs it');
    return 'strace is not installed';
  }
  if (spawnSync('strace', ['-f', '-qq', '-o', '/dev/null', 'true']).status !== 0)
    return 'strace cannot trace here (ptrace not permitted)';
  if (!findBrowser(undefined, defaultFinderDeps(process.env)).found) return 'no browser for PDF';
  if (!existsSync(path.join(repoRoot, 'dist', 'cli.js'))) return 'dist/ not built (npx tsc -p tsconfig.build.json)';
  return undefined;
}
const reason = skipReason();
if (reason) console.warn(`network-seal tests skipped: ${reason}`);

/** A loopback address (or the unspecified one, used by bind). */
const isLoopback = (addr: string) =>
  /^127\./.test(addr) || addr === '::1' || addr === '0.0.0.0' || addr === '::' || /^::ffff:127\./.test(addr);

interface Leak {
  line: string;
  why: string;
}

/**
 * Parses strace -yy output of the network calls; returns every call that reaches outside the loopback: a connect
 * of any socket (TCP or UDP, even one that would send nothing, even one that fails) to an address outside it, a
 * datagram sent to one, and anything to port 53.
 */
export function leaks(trace: string): Leak[] {
  const out: Leak[] = [];
  for (const line of trace.split('\n')) {
    const call = /^\d+(?:<[^>]*>)?\s+(connect|sendto|sendmsg|sendmmsg)\((\d+)(?:<((?:->|[^>])*)>)?,(.*)$/.exec(line);
    if (!call) continue;
    const [, name, , sock = '', rest] = call;
    if (/^(UNIX|NETLINK|socket:\[)/.test(sock) && !/AF_INET/.test(rest)) continue;
    const addrs = [...rest.matchAll(/inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6?, "([^"]+)"/g)].map(
      (m) => m[1] ?? m[2],
    );
    const ports = [...rest.matchAll(/sin6?_port=htons\((\d+)\)/g)].map((m) => Number(m[1]));
    if (ports.includes(53)) out.push({ line, why: 'DNS (port 53)' });
    const kind = /^UDP/.test(sock) ? 'UDP' : /^TCP/.test(sock) ? 'TCP' : 'socket';
    // A connected socket shows its peer in the annotation: UDP:[10.0.0.1:1234->8.8.8.8:53].
    const peer = /->\[?([0-9a-f.:]+?)\]?:(\d+)\]?$/.exec(sock);
    if (peer && Number(peer[2]) === 53) out.push({ line, why: 'DNS (port 53)' });
    const outside = addrs.filter((a) => !isLoopback(a));
    if (name === 'connect') {
      if (outside.length > 0) out.push({ line, why: `${kind} connect to ${outside.join(', ')}` });
      continue;
    }
    if (outside.length > 0) out.push({ line, why: `datagram to ${outside.join(', ')}` });
    else if (peer && !isLoopback(peer[1])) out.push({ line, why: `datagram to ${peer[1]}` });
  }
  return out;
}

const HOSTILE_HEAD = `
<link rel="preconnect" href="https://preconnect.example.com">
<link rel="dns-prefetch" href="//dns-prefetch.example.org">
<link rel="prefetch" href="https://prefetch.example.net/x">
<link rel="stylesheet" href="https://css.example.com/x.css">
<style>@font-face { font-family: X; src: url(https://font.example.com/x.woff2); } \
body { font-family: X, sans-serif; }</style>
<meta http-equiv="refresh" content="0; url=https://refresh.example.com/">
<script>
  fetch('https://fetch.example.com/x').catch(() => {});
  try { new WebSocket('ws://ws.example.org/'); } catch (e) {}
  try { new WebSocket('ws://93.184.215.14/'); } catch (e) {}
  try {
    const pc = new RTCPeerConnection({ iceServers: [{ urls: 'stun:stun.l.google.com:19302' }] });
    pc.createDataChannel('x');
    pc.createOffer().then((o) => pc.setLocalDescription(o));
  } catch (e) {}
  navigator.sendBeacon && navigator.sendBeacon('https://beacon.example.com/');
  new Image().src = 'https://image-js.example.com/x.png';
  document.addEventListener('DOMContentLoaded', () => document.body.prepend('SCRIPT-RAN'));
</script>
`;
const HOSTILE_BODY = `
<noscript><p>NOSCRIPT-SHOWN</p></noscript>
<iframe src="https://iframe.example.com/"></iframe>
<img src="https://img.example.com/x.png" alt="">
<img src="http://93.184.215.14/x.png" alt="">
<video src="https://video.example.com/x.mp4" autoplay></video>
<object data="https://object.example.com/x"></object>
<a ping="https://ping.example.com/" href="#">x</a>
`;

function strace(args: string[], cwd: string, traceFile: string) {
  return spawnSync(
    'strace',
    [
      '-f',
      '-qq',
      '-yy',
      '-s',
      '0',
      '-e',
      'trace=connect,sendto,sendmsg,sendmmsg',
      '-o',
      traceFile,
      process.execPath,
      path.join(repoRoot, 'bin', 'reform.js'),
      ...args,
    ],
    { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, LANG: 'ja_JP.UTF-8' } },
  );
}

describe.skipIf(reason !== undefined)(`the sealed renderer${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    tmp = await tempDir('reform-seal-');
    await copySample(tmp.dir);
  });
  afterAll(() => tmp?.cleanup());

  it('the parser of the trace finds what it must', () => {
    const sample = [
      '1 connect(5<TCPv6:[99]>, {sa_family=AF_INET6, sin6_port=htons(443), inet_pton(AF_INET6, "2001:db8::1", ' +
        '&sin6_addr)}, 28) = -1',
      '1 connect(6<TCP:[98]>, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}, 16) = -1',
      '1 sendto(7<UDP:[97]>, ""..., 30, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.1")}, ' +
        '16) = 30',
      '1 connect(8<UDPv6:[96]>, {sa_family=AF_INET6, sin6_port=htons(443), ' +
        'inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr)}, 28) = 0',
      '1 sendto(9<UNIX:[95->94]>, ""..., 8, MSG_NOSIGNAL, NULL, 0) = 8',
    ].join('\n');
    expect(leaks(sample).map((l) => l.why)).toEqual([
      'TCP connect to 2001:db8::1',
      'DNS (port 53)',
      'datagram to 10.0.0.1',
      // Chromium's IPv6 reachability probe: a UDP connect that sends nothing is still a socket aimed outside.
      'UDP connect to 2001:4860:4860::8888',
    ]);
    // A sendto on a socket already connected outside, with thread names (strace -Y) in the pid column.
    expect(leaks('12<Chrome_ChildIOT> sendto(8<UDPv6:[5->[2001:db8::2]:443]>, ""..., 8, 0, NULL, 0) = 8')).toEqual([
      expect.objectContaining({ why: 'datagram to 2001:db8::2' }),
    ]);
  });

  it('a full build with PDF: no DNS query, no connection, no datagram outside the loopback', async () => {
    const traceFile = path.join(tmp.dir, 'build.trace');
    const r = strace(['build', 'data', '--out', 'out'], tmp.dir, traceFile);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(path.join(tmp.dir, 'out', 'progress.pdf'))).toBe(true);
    const trace = await readFile(traceFile, 'utf8');
    expect(trace.length).toBeGreaterThan(0);
    expect(leaks(trace)).toEqual([]);
  }, 300_000);

  it('a custom layout that tries every way out: nothing leaves, nothing runs, the PDF is still made', async () => {
    const templates = path.join(tmp.dir, 'templates');
    await mkdir(templates, { recursive: true });
    const layout = await readFile(path.join(repoRoot, 'templates', 'layout.hbs'), 'utf8');
    const hostile = layout
      // The template's own CSP is removed: reform's must hold alone.
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace('<head>', `<head>${HOSTILE_HEAD}`)
      .replace('{{> @partial-block}}', `${HOSTILE_BODY}{{> @partial-block}}`);
    expect(hostile).toContain('RTCPeerConnection');
    await writeFile(path.join(templates, 'layout.hbs'), hostile);
    const traceFile = path.join(tmp.dir, 'hostile.trace');
    const r = strace(['build', 'data', '--out', 'out-hostile', '--templates', 'templates'], tmp.dir, traceFile);
    expect(r.status, r.stderr).toBe(0);
    const html = await readFile(path.join(tmp.dir, 'out-hostile', 'progress.html'), 'utf8');
    // reform's CSP is the first thing after the doctype, before the template's script.
    expect(html.indexOf("script-src 'none'")).toBeGreaterThan(0);
    expect(html.indexOf("script-src 'none'")).toBeLessThan(html.indexOf('<script>'));
    const trace = await readFile(traceFile, 'utf8');
    expect(leaks(trace)).toEqual([]);
    // The PDF was printed from the page (the script did not replace it, the refresh did not navigate).
    const text = execFileSync('pdftotext', ['-l', '1', path.join(tmp.dir, 'out-hostile', 'progress.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).toMatch(/別表1/);
    // JavaScript is off in the page: <noscript> shows, the script's text does not.
    expect(text).toContain('NOSCRIPT-SHOWN');
    expect(text).not.toContain('SCRIPT-RAN');
  }, 300_000);
});
