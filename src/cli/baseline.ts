/**
 * `lessonbook baseline [folder]`: records every problem the check finds now in
 * lessonbook-baseline.json at the project root (src/check/baseline.ts), for the team to
 * commit: from then on `check`, `build` and `dev` fail only on new problems. Run again as
 * problems are fixed, it drops them; it prints what it added and what it removed. A problem
 * that stops a lesson rendering cannot be recorded: it is listed, and the command fails.
 */
import path from 'node:path';
import { BASELINE_FILE, baselineChanges, baselineOf, formatEntry, LIST_BASELINED, readBaseline, writeBaseline } from '../check/baseline.ts';
import { checkHandbook, formatProblem } from '../check/index.ts';
import { existingLessons } from './project.ts';

/** Up to this many added entries are listed one by one. */
const LISTED = 50;

export async function baseline(args: string[], root = process.cwd()): Promise<number> {
  const dir = await existingLessons(args, root);
  if (!dir) return 1;
  const before = readBaseline(root);
  const { problems } = checkHandbook(dir, { publicDir: path.join(root, 'public') });
  const { entries, unrecordable } = baselineOf(problems, root);
  const { added, removed } = baselineChanges(before && 'entries' in before ? before.entries : [], entries);
  writeBaseline(root, entries);

  const shown = path.relative(process.cwd(), path.join(root, BASELINE_FILE)) || BASELINE_FILE;
  // A first baseline of a large handbook adds hundreds: those are counted, and listed by `check --baselined`.
  if (added.length <= LISTED) for (const entry of added) console.log(`added    ${formatEntry(entry)}`);
  else console.log(`added    ${added.length} entries in ${new Set(added.map((e) => e.file)).size} files (\`${LIST_BASELINED}\` lists what it records)`);
  for (const entry of removed) console.log(`removed  ${formatEntry(entry)}`);
  const total = entries.reduce((n, e) => n + (e.count ?? 1), 0);
  const changes = added.length + removed.length === 0 ? 'no change' : `${added.length} added, ${removed.length} removed`;
  console.log(`${shown}: ${total} problem${total === 1 ? '' : 's'} recorded (${changes}); commit it. New problems still stop the build.`);
  if (unrecordable.length === 0) return 0;
  console.error(`\nThese stop a lesson from rendering, so they cannot be recorded; fix them before the build can pass:`);
  for (const problem of unrecordable) console.error(formatProblem(problem));
  return 1;
}
