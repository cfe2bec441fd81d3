/**
 * When each lesson last changed, from git: the date of the last commit that changed its
 * file's content, read for the whole repository with one `git log` (not one call per
 * lesson). A commit that only moved or renamed a file (`git mv`, content unchanged) is not a
 * change: the date follows the file to its old name, so moving a whole handbook into place
 * does not make every lesson "updated" that day. No git, a folder outside a repository, or
 * a shallow clone (whose oldest commit would claim every file it holds) gives no dates at
 * all — never a wrong one, and never the build's own time.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const git = (dir: string, args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });

/** `YYYY-MM-DD` of the last commit that changed each file under `dir`, by its path relative to `dir`. */
export function lastCommitDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const shallow = git(dir, ['rev-parse', '--is-shallow-repository']);
  if (shallow.status !== 0 || shallow.stdout.trim() !== 'false') return dates;
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  if (top.status !== 0) return dates;
  // The whole repository's history, not just the folder's: a rename into the folder has its old name outside it.
  // Newest first; %cs is the committer's date; --name-status -M shows renames, with their similarity.
  const log = git(top.stdout.trim(), ['log', '--format=%x00%cs', '--name-status', '-M', '-z']);
  if (log.status !== 0) return dates;

  // The name each file had, going back in time: its current path from the repository's top, until a rename says otherwise.
  const prefix = path.relative(top.stdout.trim(), dir).split(path.sep).join('/');
  const inside = (file: string) => (prefix ? (file.startsWith(`${prefix}/`) ? file.slice(prefix.length + 1) : undefined) : file);
  const current = new Map<string, string>(); // historical path → current path (relative to the repository)
  const dated = new Set<string>();
  const date = (historical: string, day: string) => {
    const now = current.get(historical) ?? historical;
    if (dated.has(now)) return;
    dated.add(now);
    const relative = inside(now);
    if (relative !== undefined) dates.set(relative, day);
  };

  // With -z, NUL-separated: each commit's date (from --format), then per file a status (A, M, D, R100, …) and its path or paths.
  const tokens = log.stdout.split('\0');
  let day: string | undefined;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i++]!.replace(/^\n/, '');
    if (token === '') continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(token)) {
      day = token;
      continue;
    }
    if (!day) continue;
    if (/^[RC]\d*$/.test(token)) {
      const from = tokens[i++] ?? '';
      const to = tokens[i++] ?? '';
      if (token === 'R100') {
        // Moved as it was: from here back, the file's history is under its old name.
        const now = current.get(to) ?? to;
        if (!dated.has(now)) current.set(from, now);
      } else date(to, day);
    } else {
      const file = tokens[i++] ?? '';
      // Deleted here: an older file of that name is not one that exists now.
      if (token === 'D') {
        if (!current.has(file)) dated.add(file);
      } else if (file) date(file, day);
    }
  }
  return dates;
}
