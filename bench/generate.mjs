// Synthetic report directories shaped like the sample: the structure of data/'s 11 initiatives (items,
// 工程 lanes and phases, divisions, A/B) repeated with new numbers, every free text replaced by generated
// text of the same length, line by line, drawn from a realistic character set: the 2,965 kanji of
// JIS X 0208 level 1 (which hold nearly all of the 常用漢字), hiragana, katakana, digits and the sample's
// punctuation. So font subsetting, text shaping and line breaking see many distinct characters, as a
// large city's report would, not one repeated text. Seeded: the same size gives the same report.
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isPair, isScalar, parseDocument, visit } from 'yaml';

/** JIS X 0208 level 1 kanji (Shift_JIS 0x889F–0x9872), decoded with Node's ICU. */
function level1Kanji() {
  const decoder = new TextDecoder('shift_jis');
  const out = [];
  for (let hi = 0x88; hi <= 0x98; hi++) {
    for (let lo = 0x40; lo <= 0xfc; lo++) {
      if (lo === 0x7f || (hi === 0x98 && lo > 0x72)) continue;
      const c = decoder.decode(new Uint8Array([hi, lo]));
      if (c.length === 1 && /\p{Script=Han}/u.test(c)) out.push(c);
    }
  }
  return out;
}

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const KANJI = level1Kanji();
const HIRAGANA = range(0x3041, 0x3093);
const KATAKANA = range(0x30a1, 0x30f6);
const DIGITS = range(0x30, 0x39);
const PUNCTUATION = [...'、。・「」（）()～:…'];

/** A small seeded generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Japanese-looking text of `length` characters: kanji and kana in the proportions of the sample. */
function text(rand, length) {
  let s = '';
  while (s.length < length) {
    const r = rand();
    const from = r < 0.5 ? KANJI : r < 0.8 ? HIRAGANA : r < 0.88 ? KATAKANA : r < 0.94 ? DIGITS : PUNCTUATION;
    s += from[Math.floor(rand() * from.length)];
  }
  return s.slice(0, length);
}

/** The same lines, each replaced by generated text of its length; a leading ・ or <…> shape is kept. */
function replaceLines(rand, value) {
  return value
    .split('\n')
    .map((line) => {
      if (line === '') return line;
      const bracket = /^<(.*)>$/.exec(line);
      if (bracket) return `<${text(rand, bracket[1].length)}>`;
      if (line.startsWith('・')) return `・${text(rand, line.length - 1)}`;
      return text(rand, line.length);
    })
    .join('\n');
}

/** Keys whose values are printed free text (in the initiative files). */
const TEXT_KEYS = new Set(['title', 'label', 'heading', 'item', 'content', 'outcome', 'reason', 'note']);

function rewriteTexts(source, seed) {
  const rand = random(seed);
  const doc = parseDocument(source);
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return;
      const key = String(pair.key.value);
      // plans: { 2019: text }, results: { 2019: { firstHalf: text } }
      const under = ancestors.filter((a) => isPair(a) && isScalar(a.key)).map((a) => String(a.key.value));
      if (TEXT_KEYS.has(key) || under.includes('plans') || under.includes('results')) {
        pair.value.value = replaceLines(rand, pair.value.value);
      }
    },
  });
  return doc.toString({ lineWidth: 0 });
}

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
    const shaped = texts[i % texts.length]
      .replace(/^number: \d+$/m, `number: ${number}`)
      .replace(/^section: \w+$/m, `section: ${section}`);
    const file = path.join(targetDir, 'initiatives', `${String(number).padStart(width, '0')}.yaml`);
    await writeFile(file, rewriteTexts(shaped, number));
  }
  return targetDir;
}
