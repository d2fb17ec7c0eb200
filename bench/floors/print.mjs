// Floor of the PDFs: Chromium (through puppeteer-core, one browser) printing plain HTML tables of the same
// texts, with the same font files and tagging and outline on, as reform does, but without reform's templates
// and CSS (so that their cost shows). The HTML files are made beforehand (bench/run.mjs, not timed).
// Usage: node bench/floors/print.mjs <executablePath> <outDir> <page.html>...
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const [, , executablePath, outDir, ...pages] = process.argv;
const noSandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  pipe: true,
  args: ['--disable-gpu', '--disable-background-networking', '--disable-extensions', ...noSandbox],
});
try {
  for (const p of pages) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(p).href, { waitUntil: 'load', timeout: 0 });
    const pdf = await page.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: 0,
    });
    await writeFile(path.join(outDir, `${path.basename(p, '.html')}.pdf`), pdf);
    await page.close();
  }
} finally {
  await browser.close();
}
