// `npm run new -- "Lesson title"`: starts a lesson. Writes lessons/<slug>.mdx (or into
// LESSONBOOK_LESSONS) with every standard section, a sample quiz question, the next free
// `order` and today's date, so it passes `npm run check` as written and the author only
// replaces the prompts. Never overwrites a lesson.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slug as slugify } from 'github-slugger';

function fail(message) {
  console.error(message);
  process.exit(1);
}

const title = process.argv.slice(2).join(' ').trim();
if (!title) fail('Give the lesson a title: npm run new -- "Lesson title"');
const slug = slugify(title.normalize('NFKD').replace(/\p{M}/gu, ''));
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  fail(`"${title}" does not make a usable file name; use a title with letters or digits.`);
}

const dir = process.env.LESSONBOOK_LESSONS ?? 'lessons';
const file = path.join(dir, `${slug}.mdx`);
const relative = path.relative(process.cwd(), path.resolve(file));
const shown = relative.startsWith('..') ? path.resolve(file) : relative;
if (existsSync(file)) fail(`${shown} already exists; edit it, or choose another title.`);

// The next `order`, and whether another lesson already answers to this slug via `slug:`.
mkdirSync(dir, { recursive: true });
let order = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
  const text = readFileSync(path.join(dir, name), 'utf8');
  const frontmatter = /^\uFEFF?\s*---([\s\S]*?\n)---/.exec(text)?.[1] ?? '';
  const n = Number(/^order:\s*(\d+)\s*$/m.exec(frontmatter)?.[1] ?? -1);
  if (n >= order) order = n + 1;
  if (new RegExp(`^slug:\\s*['"]?${slug}['"]?\\s*$`, 'm').test(frontmatter)) {
    fail(`${path.join(dir, name)} already has \`slug: ${slug}\`; choose another title.`);
  }
}

// Plain YAML when the title is plain; quoted when a character would mean something to YAML.
const yamlTitle = /^[\p{L}\p{N}][^:#"'[\]{}&*!|>%@`]*$/u.test(title) ? title : JSON.stringify(title);
const today = new Date();
const date = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

writeFileSync(
  file,
  `---
title: ${yamlTitle}
tagline: One line that says what this lesson gives the reader.
order: ${order}
updated: ${date}
quiz:
  - id: main-point
    type: single
    question: Which sentence sums up this lesson?
    options:
      - id: a
        text: The main point of the lesson.
        feedback: Yes. Replace this with why it is right.
      - id: b
        text: A common misunderstanding.
        feedback: Not quite. Replace this with why it is wrong.
    answer: a
    explanation: Replace this with why the answer is right.
---

## The short version

The whole lesson in one paragraph: the thing a busy reader reads.

## Why it matters

What goes wrong without this, and what goes right with it.

## How to do it well

The practice, step by step. Reword this heading, keeping "How to" at the start.

## Common mistakes

- A mistake people make, and what to do instead.

## In a startup

How this looks in a small company.

## In an enterprise

How this looks in a large organization.

## Quick check

Optional — test the lesson. Nothing is gated.
`,
);
console.log(`Wrote ${shown}: replace its prompts with the lesson, then run \`npm run check\`.`);
