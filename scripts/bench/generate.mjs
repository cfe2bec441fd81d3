// Writes N synthetic lessons in Lessonbook's own format (every standard section, a quiz of
// each kind, a cross-lesson link), so benchmarks build the same shape readers get. The same
// lesson, frontmatter and body, can be written as `.mdx` or as `.md`: the text uses nothing
// that only one of the two formats reads.
//
// The lessons sit in nested folders, as a large handbook's do: eight to a folder, folders
// three to a folder (1,000 lessons reach five deep), every other folder introduced by a
// README.md. A lesson's URL is its file name's wherever it sits: /lessons/lesson-00042/.
//
//   node scripts/bench/generate.mjs <folder> [count = 1000] [mdx | md]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WORDS = 'team customer problem priority engineer estimate trade-off decision context risk scope deadline system health review design release feedback trust ask'.split(' ');

function sentence(seed, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}
function paragraph(seed, sentences = 4) {
  return Array.from({ length: sentences }, (_, i) => sentence(seed + i, 9 + ((seed + i) % 7))).join(' ');
}

export function lessonSource(i, total) {
  const slug = `lesson-${String(i).padStart(5, '0')}`;
  const other = `lesson-${String((i + 1) % total).padStart(5, '0')}`;
  return {
    slug,
    text: `---
title: Lesson ${i}, ${sentence(i, 4).slice(0, -1)}
tagline: ${sentence(i + 1, 8)}
order: ${i}
updated: 2026-11-29
quiz:
  - id: open-${i}
    type: open
    question: ${sentence(i + 2, 8).slice(0, -1)}?
    answer: ${paragraph(i + 3, 2)}
  - id: single-${i}
    type: single
    question: ${sentence(i + 4, 8).slice(0, -1)}?
    options:
      - { id: a, text: "${sentence(i + 5, 5)}", feedback: "${sentence(i + 6, 6)}" }
      - { id: b, text: "${sentence(i + 7, 5)}", feedback: "${sentence(i + 8, 6)}" }
      - { id: c, text: "${sentence(i + 9, 5)}", feedback: "${sentence(i + 10, 6)}" }
    answer: b
    explanation: ${sentence(i + 11, 10)}
  - id: multiple-${i}
    type: multiple
    question: ${sentence(i + 12, 8).slice(0, -1)}?
    options:
      - { id: a, text: "${sentence(i + 13, 5)}", feedback: "${sentence(i + 14, 6)}" }
      - { id: b, text: "${sentence(i + 15, 5)}", feedback: "${sentence(i + 16, 6)}" }
      - { id: c, text: "${sentence(i + 17, 5)}", feedback: "${sentence(i + 18, 6)}" }
    answer: [a, c]
    explanation: ${sentence(i + 19, 10)}
---

## The short version

${paragraph(i, 4)}

## Why it matters

${paragraph(i + 1, 5)}

${paragraph(i + 2, 4)} See [the next lesson](/lessons/${other}/#common-mistakes).

## How to do it well

${paragraph(i + 3, 3)}

- **${sentence(i + 4, 3)}** ${sentence(i + 5, 12)}
- **${sentence(i + 6, 3)}** ${sentence(i + 7, 12)}
- **${sentence(i + 8, 3)}** ${sentence(i + 9, 12)}

## Common mistakes

- ${sentence(i + 10, 10)}
- ${sentence(i + 11, 10)}
- ${sentence(i + 12, 10)}

## In a startup

${paragraph(i + 13, 3)}

## In an enterprise

${paragraph(i + 14, 3)}

## Quick check

Optional — test the lesson. Nothing is gated.
`,
  };
}

export const FORMATS = ['mdx', 'md'];

/** Lessons to a folder, and folders to a folder. */
const PER_FOLDER = 8;
const FAN_OUT = 3;

/**
 * The folder lesson `i` sits in, relative to the lessons folder: '' for the first eight, then
 * folder f (i / 8) named by its digits in base 3 — `part-1/part-1-2/part-1-2-0`.
 */
export function lessonFolder(i) {
  const f = Math.floor(i / PER_FOLDER);
  if (f === 0) return '';
  const digits = f.toString(FAN_OUT).split('');
  return digits.map((_, d) => `part-${digits.slice(0, d + 1).join('-')}`).join('/');
}

/** Writes `count` lessons as `<folder>/<slug>.<format>` into `dir` (emptied first), the folders' introductions, and the handbook's title file. */
export function generateLessons(dir, count, format = 'mdx') {
  if (!FORMATS.includes(format)) throw new Error(`unknown lesson format "${format}" (${FORMATS.join(' or ')})`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const folders = new Set();
  for (let i = 0; i < count; i++) {
    const { slug, text } = lessonSource(i, count);
    const folder = lessonFolder(i);
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, folder, `${slug}.${format}`), text);
    for (let f = folder; f; f = path.posix.dirname(f) === '.' ? '' : path.posix.dirname(f)) folders.add(f);
  }
  // Every other folder has an introduction; the rest are parts by their folder alone.
  for (const [n, folder] of [...folders].sort().entries()) {
    if (n % 2) continue;
    const name = path.posix.basename(folder);
    writeFileSync(path.join(dir, folder, 'README.md'), `# Part ${name.slice(5)}\n\n${paragraph(n, 2)}\n`);
  }
  writeFileSync(
    path.join(dir, 'handbook.json'),
    JSON.stringify({ title: 'Benchmark handbook', intro: 'Synthetic lessons for timing builds.' }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count, format] = process.argv.slice(2);
  generateLessons(dir, Number(count ?? 1000), format);
}
