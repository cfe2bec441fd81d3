/**
 * The printed handbook's volumes. A handbook of at most `limit` lessons (handbook.json
 * `printVolume`, PRINT_VOLUME by default) prints on one page, /print/; a larger one in
 * volumes of at most `limit` lessons each, /print/<n>/, so no page grows with the handbook.
 *
 * Volumes follow the reading order, which reads a part's lessons (its introduction, its own
 * lessons, then its parts) one after another, and prefer part boundaries: each volume is
 * filled in reading order with whole parts where they fit, and a part that does not fit in
 * what is left of a volume starts the next one. A part bigger than a whole volume is split
 * along its own parts, and its own lessons one by one, by the same rule.
 */
import type { LessonInfo, PrintVolume } from './model.ts';

/**
 * Lessons on one page of the printed handbook, by default. On generated lessons of ~700 words
 * (scripts/bench/generate.mjs) a lesson is ~11 KB of the printed page, so a volume is at most
 * ~2.3 MB of HTML and a few hundred printed pages: a browser opens it in a second or two and
 * prints it as one PDF. (The whole of a 3,000-lesson handbook on one page was 35.5 MB.)
 */
export const PRINT_VOLUME = 200;

/** The folders a lesson sits in, outermost first: `a/b` → `a`, `a/b`. A part's introduction sits in its part. */
const foldersOf = (lesson: LessonInfo): string[] =>
  lesson.part ? lesson.part.split('/').map((_, i, names) => names.slice(0, i + 1).join('/')) : [];

/** Where each part's lessons are in `lessons` (reading order): `[from, to)`, its parts' lessons included. */
export function partRanges(lessons: readonly LessonInfo[]): Map<string, { from: number; to: number }> {
  const ranges = new Map<string, { from: number; to: number }>();
  lessons.forEach((lesson, at) => {
    for (const folder of foldersOf(lesson)) {
      const range = ranges.get(folder);
      if (range) range.to = at + 1;
      else ranges.set(folder, { from: at, to: at + 1 });
    }
  });
  return ranges;
}

/**
 * The volumes of `lessons` (the handbook's, in reading order) at `limit` lessons a volume;
 * none when they all fit on one page.
 */
export function printVolumes(lessons: readonly LessonInfo[], limit: number): PrintVolume[] {
  if (lessons.length <= limit) return [];
  const ranges = partRanges(lessons);
  // The runs volumes are made of, in reading order: the outermost part that starts at a lesson
  // and fits in a volume, else that lesson alone.
  const runs: { from: number; to: number }[] = [];
  for (let at = 0; at < lessons.length; ) {
    const part = foldersOf(lessons[at]!)
      .map((folder) => ranges.get(folder)!)
      .find((range) => range.from === at && range.to - range.from <= limit);
    const to = part ? part.to : at + 1;
    runs.push({ from: at, to });
    at = to;
  }
  const volumes: { from: number; to: number }[] = [];
  for (const run of runs) {
    const last = volumes.at(-1);
    if (last && run.to - last.from <= limit) last.to = run.to;
    else volumes.push({ ...run });
  }
  return volumes.map(({ from, to }) => ({ from, to, holds: holdings(lessons, ranges, from, to) }));
}

/**
 * What the volume `[from, to)` holds, in reading order: each part it holds whole (the
 * outermost only), and runs of lessons of a part it holds some of (`''`: the top of the handbook).
 */
function holdings(lessons: readonly LessonInfo[], ranges: ReadonlyMap<string, { from: number; to: number }>, from: number, to: number): PrintVolume['holds'] {
  const holds: PrintVolume['holds'] = [];
  for (let at = from; at < to; ) {
    const lesson = lessons[at]!;
    const whole = foldersOf(lesson).find((folder) => {
      const range = ranges.get(folder)!;
      return range.from >= from && range.to <= to;
    });
    if (whole) {
      const range = ranges.get(whole)!;
      holds.push({ folder: whole, whole: true, lessons: range.to - range.from, before: false, after: false });
      at = range.to;
      continue;
    }
    const last = holds.at(-1);
    if (last && !last.whole && last.folder === lesson.part) last.lessons++;
    else {
      const range = ranges.get(lesson.part);
      holds.push({ folder: lesson.part, whole: false, lessons: 1, before: !!range && range.from < from, after: !!range && range.to > to });
    }
    at++;
  }
  return holds;
}

/** A page of the printed handbook, or of the handbook in short: the one page (`n` undefined), or volume `n` (from 1); and its lessons. */
export interface VolumePage<L> {
  n: number | undefined;
  lessons: readonly L[];
}

/**
 * The pages the printed handbook is written on, each with its lessons: the one page with
 * every lesson, or each volume with its own. The handbook in short has the same pages.
 */
export function printedPages<L>(lessons: readonly L[], volumes: readonly PrintVolume[]): VolumePage<L>[] {
  return volumes.length === 0 ? [{ n: undefined, lessons }] : volumes.map(({ from, to }, i) => ({ n: i + 1, lessons: lessons.slice(from, to) }));
}
