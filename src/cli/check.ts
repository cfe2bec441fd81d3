/**
 * `lessonbook check [folder] [--report-only] [--baselined]`: checks every lesson
 * (frontmatter, sections, quiz, links between lessons) without building the site, and
 * prints every problem as one line — `file:line: field: what is wrong, and the fix` — then a
 * count. Exits 1 when any is an error; warnings are printed and let it pass. Checks the
 * project's lessons folder (./project.ts), or the folder given.
 *
 * With a baseline (lessonbook-baseline.json, src/check/baseline.ts), the problems it records
 * are one line, and only new ones make it fail; `--baselined` lists the recorded ones
 * instead. `--report-only` prints the same and always exits 0: `npm run dev` can start with
 * it, so an author sees the list even when a lesson is too broken for the dev server to start.
 */
import path from 'node:path';
import { BASELINE_FILE, formatJudged, judge } from '../check/baseline.ts';
import { checkHandbook, formatProblem, hasErrors } from '../check/index.ts';
import { existingLessons } from './project.ts';

export async function check(args: string[], root = process.cwd()): Promise<number> {
  const dir = await existingLessons(args, root);
  if (!dir) return 1;
  const { problems, lessons } = checkHandbook(dir, { publicDir: path.join(root, 'public') });
  const judged = judge(problems, root);
  if (args.includes('--baselined')) {
    for (const problem of judged.known) console.log(formatProblem(problem));
    console.log(judged.known.length === 0 ? `${BASELINE_FILE} records no problem that is still there` : `${judged.known.length} known problems, recorded in ${BASELINE_FILE}`);
    return 0;
  }
  console.log(formatJudged(judged, lessons));
  return !args.includes('--report-only') && hasErrors(judged.problems) ? 1 : 0;
}
