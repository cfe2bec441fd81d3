/** What `lessonbook new` and `lessonbook init` write: a lesson that passes the check as it is. */

/** Today, as `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/**
 * A new lesson with every standard section and a sample quiz question, in prompts the author
 * replaces. Plain YAML when the title is plain; quoted when a character would mean
 * something to YAML.
 */
export function lessonTemplate(title: string, order: number, date = today()): string {
  const yamlTitle = /^[\p{L}\p{N}][^:#"'[\]{}&*!|>%@`]*$/u.test(title) ? title : JSON.stringify(title);
  return `---
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
`;
}

/** The handbook's icon, a book on the accent colour (a team replaces public/favicon.svg with its own). */
export const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b57c5"/><path d="M6 9c4-1.5 7-1 10 1.5 3-2.5 6-3 10-1.5v14c-4-1.5-7-1-10 1.5-3-2.5-6-3-10-1.5z" fill="#fff"/><path d="M16 10.5v14" stroke="#0b57c5" stroke-width="1.5"/></svg>
`;

/** astro.config.mjs of a new handbook. */
export const ASTRO_CONFIG = `// @ts-check
import { defineConfig } from 'astro/config';
import lessonbook from 'lessonbook';

export default defineConfig({
  // Where the handbook is hosted: canonical links, the sitemap and copied section links use it.
  // site: 'https://handbook.example.com',
  // base: '/handbook/', // when it lives under a sub-path
  integrations: [lessonbook()],
});
`;

/** src/content.config.ts: Astro reads collections only from here. */
export const CONTENT_CONFIG = `// The lessons collection. Astro reads collections only from this file.
export { collections } from 'lessonbook/content';
`;

export const GITIGNORE = `node_modules/
dist/
dist.next/
export/
.astro/
.lessonbook/
`;

/** lessons/handbook.json: the handbook's own settings. */
export function settingsTemplate(title: string): string {
  return `${JSON.stringify({ title, intro: 'Short, practical lessons. Each one starts with the short version, so you get the point in a minute and read on when you need the detail.' }, null, 2)}\n`;
}

/** The starter lesson: how a lesson is written, written as one. */
export function starterLesson(date = today()): string {
  return `---
title: How to write a lesson
tagline: Everything a lesson can hold, in the order readers meet it.
order: 1
updated: ${date}
quiz:
  - id: where-the-point-goes
    type: single
    question: Where does the point of a lesson go?
    options:
      - id: a
        text: In "The short version", first.
        feedback: Yes. A busy reader reads that and nothing else.
      - id: b
        text: At the end, as a conclusion.
        feedback: Most readers never get there; put it first.
    answer: a
    explanation: The short version is set apart at the top of the page, for the reader in a hurry.
  - id: stable-links
    type: open
    question: Why do standard sections keep their anchor when you reword their heading?
    answer: So a link someone shared to "#common-mistakes" keeps landing on Common mistakes.
---

## The short version

A lesson is one Markdown or MDX file in \`lessons/\`: a title and a tagline at the top, then
sections that each start with a \`##\` heading. Write the point first, the practice next, the
mistakes after, and end with a few questions. \`npm run check\` tells you what to fix.

## Why it matters

Readers skim. A lesson that always has the same shape lets them find the part they need —
the short version, the how-to, the mistakes — without reading the rest.

## How to write one

Start a lesson with \`npm run new -- "Lesson title"\`: it writes every section with a prompt
to replace. Keep each section to a few short paragraphs or a list. Link to another lesson
with its URL, such as [this lesson](/lessons/how-to-write-a-lesson/), and to one of its
sections with \`#\` and the section's anchor.

## Common mistakes

- Burying the point at the end instead of in the short version.
- A heading that says nothing ("Notes"): say what the section gives the reader.
- Walls of text: break them into lists and short paragraphs.

## In a startup

Write the lesson the first time someone asks the question twice.

## In an enterprise

Name an owner for each lesson, and let \`updated:\` say when it was last true.

## Quick check

Optional — test the lesson. Nothing is gated.
`;
}
