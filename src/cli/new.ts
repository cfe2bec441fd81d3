/**
 * `lessonbook new "Lesson title"`: starts a lesson. Writes lessons/<slug>.mdx with every
 * standard section, a sample quiz question, the next free `order` and today's date, so it
 * passes `lessonbook check` as written and the author only replaces the prompts. Never
 * overwrites a lesson.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDisplayPath } from '../load/index.ts';
import { slugOfName } from '../load/slug.ts';
import { lessonTemplate } from './templates.ts';

export function newLesson(args: string[], dir = path.resolve('lessons')): number {
  const title = args.join(' ').trim();
  if (!title) return fail('Give the lesson a title: npm run new -- "Lesson title"');
  const slug = slugOfName(title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return fail(`"${title}" does not make a usable file name; use a title with letters or digits.`);
  const file = path.join(dir, `${slug}.mdx`);
  const shown = defaultDisplayPath(file);
  if (existsSync(file)) return fail(`${shown} already exists; edit it, or choose another title.`);

  // The next `order`, and whether another lesson already answers to this slug via `slug:`.
  mkdirSync(dir, { recursive: true });
  let order = 0;
  for (const name of readdirSync(dir).filter((n) => /\.mdx?$/.test(n))) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const frontmatter = /^\uFEFF?\s*---([\s\S]*?\n)---/.exec(text)?.[1] ?? '';
    const n = Number(/^order:\s*(\d+)\s*$/m.exec(frontmatter)?.[1] ?? -1);
    if (n >= order) order = n + 1;
    if (new RegExp(`^slug:\\s*['"]?${slug}['"]?\\s*$`, 'm').test(frontmatter)) {
      return fail(`${defaultDisplayPath(path.join(dir, name))} already has \`slug: ${slug}\`; choose another title.`);
    }
  }
  writeFileSync(file, lessonTemplate(title, order));
  console.log(`Wrote ${shown}: replace its prompts with the lesson, then run \`npm run check\`.`);
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}
