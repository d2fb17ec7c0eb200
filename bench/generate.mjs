// Synthetic report directories shaped like the sample: the 11 initiatives of data/ repeated with new
// numbers (so every text, 工程, lane and verification row is realistic), spread over the sections.
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function generateReport(sampleDir, targetDir, count) {
  await mkdir(path.join(targetDir, 'initiatives'), { recursive: true });
  await cp(path.join(sampleDir, 'report.yaml'), path.join(targetDir, 'report.yaml'));
  const names = (await readdir(path.join(sampleDir, 'initiatives'))).filter((n) => n.endsWith('.yaml')).sort();
  const texts = await Promise.all(names.map((n) => readFile(path.join(sampleDir, 'initiatives', n), 'utf8')));
  const sections = ['I', 'II', 'III'];
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const number = i + 1;
    // Sections in blocks, as a real plan groups them: the first third in Ⅰ, and so on.
    const section = sections[Math.min(sections.length - 1, Math.floor((i * sections.length) / count))];
    const text = texts[i % texts.length]
      .replace(/^number: \d+$/m, `number: ${number}`)
      .replace(/^section: \w+$/m, `section: ${section}`)
      .replace(/^title: (.*)$/m, (_, t) => `title: ${t}（${number}）`);
    await writeFile(path.join(targetDir, 'initiatives', `${String(number).padStart(width, '0')}.yaml`), text);
  }
  return targetDir;
}
