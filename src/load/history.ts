/**
 * When each lesson last changed, from git: the date of the last commit that touched its file,
 * read for the whole lessons folder with one `git log` (not one call per lesson). No git, a
 * folder outside a repository, or a shallow clone (whose oldest commit would claim every file
 * it holds) gives no dates at all — never a wrong one, and never the build's own time.
 */
import { spawnSync } from 'node:child_process';

const git = (dir: string, args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** `YYYY-MM-DD` of the last commit of each file under `dir`, by its path relative to `dir`. */
export function lastCommitDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const shallow = git(dir, ['rev-parse', '--is-shallow-repository']);
  if (shallow.status !== 0 || shallow.stdout.trim() !== 'false') return dates;
  // Newest first: a file's first appearance is its last commit. %cs is the committer's date.
  const log = git(dir, ['log', '--format=%x00%cs', '--name-only', '--relative', '--no-renames', '--', '.']);
  if (log.status !== 0) return dates;
  for (const entry of log.stdout.split('\0')) {
    const [date = '', ...files] = entry.split('\n');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}
