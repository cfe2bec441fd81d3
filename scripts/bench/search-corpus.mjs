// Writes a handbook the way a large company's grows: N lessons in parts nested up to five
// folders deep, each folder introduced by an index.md, the lessons written in GitHub's
// Markdown (a title, some words before the first section, sections with `##` and `###`).
// Their words follow a natural language's spread (Zipf's law over a vocabulary of tens of
// thousands of words, a few with accents), so a search index made of them is as large and
// as varied as a real handbook's. The same N and seed always give the same files: the search
// tests keep expected results for them, and `scripts/bench/search.mjs` measures them.
//
//   node scripts/bench/search-corpus.mjs <folder> [count = 1000] [seed = 1]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { random } from '../lib/random.mjs';

/** Everyday words, the most frequent of any text, then made-up ones of two to four syllables. */
const COMMON = 'the of and to a in is that for it as with be on not this are by or at from have an but your we can what will when their which if they do about how more one team work review before after each who'.split(' ');
const ONSETS = ['b', 'br', 'c', 'ch', 'cl', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'qu', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou', 'é', 'ï'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck'];

function vocabulary(rand, size) {
  const words = [...COMMON];
  const seen = new Set(words);
  while (words.length < size) {
    const syllables = 2 + Math.floor(rand() * rand() * 3);
    let word = '';
    for (let s = 0; s < syllables; s++) {
      const nucleus = NUCLEI[Math.floor(rand() * NUCLEI.length)];
      // accented vowels are rare, as in English text that borrows a few words
      word += ONSETS[Math.floor(rand() * ONSETS.length)] + (/[éï]/.test(nucleus) && rand() > 0.05 ? 'e' : nucleus) + CODAS[Math.floor(rand() * CODAS.length)];
    }
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

/** Picks words by Zipf's law: the word of rank r about 1/r as often as the most frequent one. */
function zipf(rand, words) {
  const cumulative = [];
  let total = 0;
  for (let r = 1; r <= words.length; r++) cumulative.push((total += 1 / r ** 1.05));
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

const capital = (s) => s[0].toUpperCase() + s.slice(1);

/**
 * Writes `count` lessons into `dir` (emptied first): parts five folders deep (5 at the top,
 * then 3, 2, 2 and 2 inside each), every folder holding some lessons, and a handbook.json
 * that does not ask for the standard lesson shape (these are a team's own pages).
 */
export function writeSearchCorpus(dir, count = 1000, seed = 1) {
  const rand = random(seed);
  const word = zipf(rand, vocabulary(rand, 30000));
  const words = (n) => Array.from({ length: n }, word).join(' ');
  const sentence = () => `${capital(words(6 + Math.floor(rand() * 14)))}${rand() < 0.15 ? '?' : '.'}`;
  const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 4) }, sentence).join(' ');
  const title = (n) => capital(words(n));

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'handbook.json'), '{ "lessonShape": false }\n');
  writeFileSync(path.join(dir, 'README.md'), `# The company handbook\n\n${paragraph()}\n`);

  const folders = [];
  const fanout = [5, 3, 2, 2, 2];
  const grow = (parent, depth) => {
    if (depth === fanout.length) return;
    for (let i = 0; i < fanout[depth]; i++) {
      const folder = path.posix.join(parent, `${word().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}-${folders.length}`);
      folders.push(folder);
      mkdirSync(path.join(dir, folder), { recursive: true });
      writeFileSync(path.join(dir, folder, 'index.md'), `# ${title(2 + Math.floor(rand() * 2))}\n\n${paragraph()}\n`);
      grow(folder, depth + 1);
    }
  };
  grow('', 0);

  for (let i = 0; i < count; i++) {
    const folder = folders[i % folders.length];
    const sections = [];
    const headings = new Set();
    const heading = (n) => {
      let h = title(n);
      while (headings.has(h.toLowerCase())) h += ` ${word()}`; // each section its own id
      headings.add(h.toLowerCase());
      return h;
    };
    for (let s = 0, n = 4 + Math.floor(rand() * 5); s < n; s++) {
      const body = Array.from({ length: 1 + Math.floor(rand() * 3) }, paragraph);
      if (rand() < 0.3) body.push(Array.from({ length: 3 }, () => `- ${sentence()}`).join('\n'));
      if (rand() < 0.2) body.push(`### ${heading(2 + Math.floor(rand() * 3))}\n\n${paragraph()}`);
      sections.push(`## ${heading(1 + Math.floor(rand() * 4))}\n\n${body.join('\n\n')}`);
    }
    const text = `---\ntitle: ${JSON.stringify(title(2 + Math.floor(rand() * 4)))}\norder: ${i}\n---\n\n${paragraph()}\n\n${sections.join('\n\n')}\n`;
    writeFileSync(path.join(dir, folder, `page-${String(i).padStart(5, '0')}.md`), text);
  }
  return { lessons: count, folders: folders.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count = '1000', seed = '1'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/bench/search-corpus.mjs <folder> [count = 1000] [seed = 1]');
    process.exit(2);
  }
  const made = writeSearchCorpus(path.resolve(dir), Number(count), Number(seed));
  console.log(`${made.lessons} lessons in ${made.folders} folders, five deep, in ${dir}`);
}
