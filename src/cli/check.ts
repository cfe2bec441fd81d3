/**
 * `lessonbook check [folder] [--report-only]`: checks every lesson (frontmatter, sections,
 * quiz, links between lessons) without building the site, and prints every problem as one
 * line — `file:line: field: what is wrong, and the fix` — then a count. Exits 1 when any is
 * an error; warnings are printed and let it pass. Checks `lessons/`, or the folder given.
 * `--report-only` prints the same and always exits 0: `npm run dev` can start with it, so an
 * author sees the list even when a lesson is too broken for the dev server to start.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkHandbook, formatReport, hasErrors } from '../check/index.ts';
import { LESSONS_DIR } from '../collection/index.ts';

export function check(args: string[]): number {
  const reportOnly = args.includes('--report-only');
  const folder = args.find((a) => !a.startsWith('--'));
  const dir = path.resolve(folder ?? LESSONS_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`There is no lesson folder at ${dir}; pass the folder that holds your lessons.`);
    return 1;
  }
  const { problems, lessons } = checkHandbook(dir);
  console.log(formatReport(problems, lessons));
  return !reportOnly && hasErrors(problems) ? 1 : 0;
}
