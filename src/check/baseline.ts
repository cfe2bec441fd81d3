/**
 * The baseline: the problems a handbook already had when it moved in, recorded in
 * `lessonbook-baseline.json` at the project root, so that only new problems stop the build
 * while the recorded ones are burned down. An entry names the file (from the project root),
 * the kind of problem and what it is about (the link target, the field), with a count for
 * repeats — never a line, so an edit elsewhere in the file keeps it matched.
 *
 * Only what the build survives can be recorded: a link or image that leads nowhere (the page
 * still renders, the link points where it was written), warnings and notes. A problem that stops a
 * lesson rendering (broken YAML, an MDX syntax error, a file that is not UTF-8, a frontmatter
 * field the schema rejects, two lessons with one slug) stays an error, baseline or not, so
 * whenever the check passes the build still passes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, summary, type Problem } from './report.ts';

/** The file, at the project root, for the team to commit. */
export const BASELINE_FILE = 'lessonbook-baseline.json';

/** The command that lists the recorded problems. */
export const LIST_BASELINED = 'lessonbook check --baselined';

/** One recorded problem (or several alike, with `count`). */
export interface BaselineEntry {
  /** The lesson's path from the project root, with `/`: `lessons/dev/notes.md`. */
  file: string;
  /** `link`, `image` (errors about where they lead), `warning` or `note`. */
  kind: string;
  /** The link's or image's target as written, or the warning's field. */
  about: string;
  /** How many times it occurs in the file, when more than once. */
  count?: number;
}

/** What the baseline file holds. */
interface BaselineFile {
  about: string;
  problems: BaselineEntry[];
}

const ABOUT =
  'Problems this handbook already had, recorded by `lessonbook baseline`: they do not stop the build, new ones do. ' +
  'Fix them and run `lessonbook baseline` again to drop them; `lessonbook check --baselined` lists them.';

const LINK_FIELD = /^(link|image) "([\s\S]*)"$/;

/** Whether an entry's kind is a severity short of an error (its `about` is then a field). */
const isSeverity = (kind: string) => kind === 'warning' || kind === 'note';

/** What a problem is, for the baseline: its kind and what it is about; `undefined` when it cannot be recorded. */
export function recordAs(problem: Problem): { kind: string; about: string } | undefined {
  if (problem.severity !== 'error') return { kind: problem.severity, about: problem.field };
  const link = LINK_FIELD.exec(problem.field);
  return link ? { kind: link[1]!, about: link[2]! } : undefined;
}

/** A problem's file as the baseline names it: from the project root, with `/`. */
const fromRoot = (root: string, file: string) => path.relative(root, path.resolve(file)).split(path.sep).join('/');

const keyOf = (entry: Omit<BaselineEntry, 'count'>) => JSON.stringify([entry.file, entry.kind, entry.about]);

/** The entries that record `problems`, and the errors that cannot be recorded. */
export function baselineOf(problems: readonly Problem[], root: string): { entries: BaselineEntry[]; unrecordable: Problem[] } {
  const counts = new Map<string, BaselineEntry>();
  const unrecordable: Problem[] = [];
  for (const problem of problems) {
    // A note is no problem (./report.ts): shown every time, never recorded.
    if (problem.severity === 'note') continue;
    const as = recordAs(problem);
    if (!as) {
      unrecordable.push(problem);
      continue;
    }
    const entry = { file: fromRoot(root, problem.file), ...as };
    const known = counts.get(keyOf(entry));
    if (known) known.count = (known.count ?? 1) + 1;
    else counts.set(keyOf(entry), entry);
  }
  const entries = [...counts.values()].sort(
    (a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }) || a.kind.localeCompare(b.kind) || a.about.localeCompare(b.about),
  );
  return { entries, unrecordable };
}

/** The baseline at `root`: no file is no baseline; a file that cannot be read is a problem of its own. */
export function readBaseline(root: string): { entries: BaselineEntry[] } | { problem: Problem } | undefined {
  const file = path.join(root, BASELINE_FILE);
  if (!existsSync(file)) return undefined;
  const shown = path.relative(process.cwd(), file) || file;
  const bad = (message: string): { problem: Problem } => ({
    problem: { file: shown, line: 1, field: 'baseline', severity: 'error', message: `${message}; run \`lessonbook baseline\` to write it afresh` },
  });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return bad(`not valid JSON (${(error as Error).message})`);
  }
  const problems = (data as Partial<BaselineFile> | null)?.problems;
  if (!Array.isArray(problems)) return bad('it has no "problems" list');
  const entries: BaselineEntry[] = [];
  for (const [i, entry] of problems.entries()) {
    const e = entry as Partial<BaselineEntry> | null;
    const count = e?.count ?? 1;
    if (typeof e?.file !== 'string' || typeof e.kind !== 'string' || typeof e.about !== 'string' || !Number.isInteger(count) || count < 1) {
      return bad(`problems[${i}] is not { "file", "kind", "about", "count" }`);
    }
    entries.push({ file: e.file, kind: e.kind, about: e.about, ...(count > 1 ? { count } : {}) });
  }
  return { entries };
}

/** Writes the baseline at `root`. */
export function writeBaseline(root: string, entries: readonly BaselineEntry[]): void {
  const data: BaselineFile = { about: ABOUT, problems: [...entries] };
  writeFileSync(path.join(root, BASELINE_FILE), `${JSON.stringify(data, null, 2)}\n`);
}

/** What changed between two baselines, entry by entry (a count that changed is part added or removed). */
export function baselineChanges(before: readonly BaselineEntry[], after: readonly BaselineEntry[]): { added: BaselineEntry[]; removed: BaselineEntry[] } {
  const diff = (from: readonly BaselineEntry[], to: readonly BaselineEntry[]) => {
    const other = new Map(to.map((e) => [keyOf(e), e.count ?? 1]));
    return from.flatMap((e) => {
      const n = (e.count ?? 1) - (other.get(keyOf(e)) ?? 0);
      return n > 0 ? [{ file: e.file, kind: e.kind, about: e.about, ...(n > 1 ? { count: n } : {}) }] : [];
    });
  };
  return { added: diff(after, before), removed: diff(before, after) };
}

/** `lessons/x.md: link "a.md#b"` (× 2): an entry as one line. */
export const formatEntry = (entry: BaselineEntry) =>
  `${entry.file}: ${isSeverity(entry.kind) ? `${entry.kind}: ${entry.about}` : `${entry.kind} "${entry.about}"`}${entry.count ? ` (× ${entry.count})` : ''}`;

export interface Judged {
  /** What to show and judge: problems not in the baseline, and a warning for each recorded problem since fixed. */
  problems: Problem[];
  /** The problems the baseline records. */
  known: Problem[];
}

/** Sets the problems found against the baseline at `root` (none: every problem is new). */
export function judge(problems: readonly Problem[], root: string): Judged {
  const baseline = readBaseline(root);
  if (!baseline) return { problems: [...problems], known: [] };
  if ('problem' in baseline) return { problems: [baseline.problem, ...problems], known: [] };
  const left = new Map(baseline.entries.map((e) => [keyOf(e), e.count ?? 1]));
  const fresh: Problem[] = [];
  const known: Problem[] = [];
  for (const problem of problems) {
    const as = recordAs(problem);
    const key = as && keyOf({ file: fromRoot(root, problem.file), ...as });
    const n = key ? (left.get(key) ?? 0) : 0;
    if (key && n > 0) {
      left.set(key, n - 1);
      known.push(problem);
    } else fresh.push(problem);
  }
  const shown = path.relative(process.cwd(), path.join(root, BASELINE_FILE)) || BASELINE_FILE;
  for (const entry of baseline.entries) {
    const n = left.get(keyOf(entry)) ?? 0;
    if (n === 0) continue;
    left.set(keyOf(entry), 0);
    const what = isSeverity(entry.kind) ? `the ${entry.kind} about ${entry.about}` : `the ${entry.kind} "${entry.about}"`;
    fresh.push({
      file: path.relative(process.cwd(), path.join(root, entry.file)) || entry.file,
      field: 'baseline',
      severity: 'warning',
      message: `${shown} records ${what}${n > 1 ? ` ${n} more times than it occurs` : ''}, but it is fixed: run \`lessonbook baseline\` to drop it, so it cannot come back unnoticed`,
    });
  }
  fresh.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems: fresh, known };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The one line for the recorded problems: how many, and the command that lists them. */
export function knownLine(known: readonly Problem[]): string {
  const files = new Set(known.map((p) => p.file)).size;
  return `${plural(known.length, 'known problem')} in ${plural(files, 'file')}, recorded in ${BASELINE_FILE}: \`${LIST_BASELINED}\` lists them`;
}

/** The report with a baseline: each new problem, the count, and the one line for the known ones. */
export function formatJudged(judged: Judged, lessons: number): string {
  const lines = judged.problems.map(formatProblem);
  if (judged.problems.length > 0 || judged.known.length === 0) lines.push(summary(judged.problems, lessons));
  else lines.push(`${plural(lessons, 'lesson')} checked: no new problems`);
  if (judged.known.length > 0) lines.push(knownLine(judged.known));
  return lines.join('\n');
}
