/**
 * `lessonbook new "Lesson title"`: starts a lesson. Writes lessons/<slug>.mdx with every
 * standard section, a sample quiz question, the next free `order` and today's date, so it
 * passes `lessonbook check` as written and the author only replaces the prompts. Never
 * overwrites a lesson, and never takes a slug another lesson has, wherever it lives.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDisplayPath, loadHandbook } from '../load/index.ts';
import { slugOfName } from '../load/slug.ts';
import { lessonsFolder, option, positional } from './project.ts';
import { lessonTemplate } from './templates.ts';

export async function newLesson(args: string[], root = process.cwd()): Promise<number> {
  const dir = await lessonsFolder(root, option(args, 'lessons'));
  const title = positional(args, ['lessons']).join(' ').trim();
  if (!title) return fail('Give the lesson a title: npm run new -- "Lesson title"');
  const slug = slugOfName(title);
  if (!slug) return fail(`"${title}" does not make a usable file name; use a title with letters or digits.`);
  const file = path.join(dir, `${slug}.mdx`);
  const shown = defaultDisplayPath(file);
  for (const existing of [file, path.join(dir, `${slug}.md`)]) {
    if (existsSync(existing)) return fail(`${defaultDisplayPath(existing)} already exists; edit it, or choose another title.`);
  }

  // The lessons as the check reads them: whose slug (or former slug) this would be, and the
  // next `order` among the lessons at the top of the folder, where the new one goes.
  mkdirSync(dir, { recursive: true });
  const { lessons } = loadHandbook(dir);
  const taken = lessons.find((l) => l.facts.slug === slug || l.facts.formerSlugs.some((f) => f.slug === slug));
  if (taken) return fail(`${taken.facts.file} already has the slug "${slug}"; choose another title.`);
  const orders = lessons.filter((l) => l.file.folder === '').map((l) => l.info?.order ?? -1);
  writeFileSync(file, lessonTemplate(title, Math.max(-1, ...orders) + 1));
  console.log(`Wrote ${shown}: replace its prompts with the lesson, then run \`npm run check\`.`);
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}
