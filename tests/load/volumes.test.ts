/**
 * The printed handbook's volumes (src/load/volumes.ts): a handbook of at most the limit
 * prints on one page; a larger one in volumes of at most the limit, along the reading order,
 * each part whole where it fits in a volume, a larger part split along its parts, then its
 * lessons.
 */
import { describe, expect, it } from 'vitest';
import type { LessonInfo } from '../../src/load/model.ts';
import { partRanges, printVolumes } from '../../src/load/volumes.ts';

/** Lessons in reading order, each written as its folder and a name: `tools/git:commit`. */
const lessons = (...names: string[]) =>
  names.map((name) => {
    const [part, slug] = name.includes(':') ? name.split(':') : ['', name];
    return { part, slug, role: 'lesson' } as unknown as LessonInfo;
  });
/** Each volume's lessons, by name. */
const names = (all: LessonInfo[], limit: number) => printVolumes(all, limit).map(({ from, to }) => all.slice(from, to).map((l) => l.slug));

describe('the volumes of the printed handbook', () => {
  it('are none while every lesson fits on one page', () => {
    expect(printVolumes(lessons('a', 'b', 'x:c'), 3)).toEqual([]);
  });

  it('hold whole parts where they fit: a part that does not fit in what is left of a volume starts the next', () => {
    const all = lessons('top', 'a:a1', 'a:a2', 'b:b1', 'b:b2', 'b:b3', 'c:c1');
    expect(names(all, 4)).toEqual([['top', 'a1', 'a2'], ['b1', 'b2', 'b3', 'c1']]);
  });

  it('split a part larger than a volume along its parts, then its own lessons', () => {
    // tools: 3 lessons of its own, then tools/git (3) and tools/ci (2): 8 in all, over the limit of 4.
    const all = lessons('tools:t1', 'tools:t2', 'tools:t3', 'tools/git:g1', 'tools/git:g2', 'tools/git:g3', 'tools/ci:c1', 'tools/ci:c2', 'z:z1');
    expect(names(all, 4)).toEqual([['t1', 't2', 't3'], ['g1', 'g2', 'g3'], ['c1', 'c2', 'z1']]);
    // A part's own lessons, more than a volume holds, are split between them.
    expect(names(lessons('big:1', 'big:2', 'big:3', 'big:4', 'big:5', 'small:6'), 2)).toEqual([['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('say what each holds: whole parts (the outermost), and the runs of parts held in some, with where the rest is', () => {
    const all = lessons('top', 'tools:t1', 'tools:t2', 'tools:t3', 'tools/git:g1', 'tools/git:g2', 'z:z1');
    const volumes = printVolumes(all, 4);
    expect(volumes.map((v) => v.holds)).toEqual([
      [
        { folder: '', whole: false, lessons: 1, before: false, after: false },
        { folder: 'tools', whole: false, lessons: 3, before: false, after: true },
      ],
      [
        { folder: 'tools/git', whole: true, lessons: 2, before: false, after: false },
        { folder: 'z', whole: true, lessons: 1, before: false, after: false },
      ],
    ]);
  });

  it('on any tree of parts: cover every lesson once, in order, none over the limit, and no part that fits in a volume split', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      // A random tree, walked in reading order: each folder's own lessons, then its parts.
      const all: string[] = [];
      const walk = (folder: string, depth: number) => {
        for (let i = Math.floor(random() * 5); i > 0; i--) all.push(`${folder}:${all.length}`);
        if (depth < 4) for (let i = Math.floor(random() * 4); i > 0; i--) walk(folder ? `${folder}/p${i}` : `p${i}`, depth + 1);
      };
      walk('', 0);
      const handbook = lessons(...all);
      const limit = 1 + Math.floor(random() * 12);
      const volumes = printVolumes(handbook, limit);
      if (handbook.length <= limit) {
        expect(volumes).toEqual([]);
        continue;
      }
      expect(volumes[0]!.from).toBe(0);
      expect(volumes.at(-1)!.to).toBe(handbook.length);
      volumes.forEach((v, i) => {
        expect(v.to - v.from).toBeGreaterThan(0);
        expect(v.to - v.from).toBeLessThanOrEqual(limit);
        if (i > 0) expect(v.from).toBe(volumes[i - 1]!.to);
        expect(v.holds.reduce((n, h) => n + h.lessons, 0)).toBe(v.to - v.from);
      });
      for (const [folder, { from, to }] of partRanges(handbook)) {
        if (to - from > limit) continue;
        expect(volumes.some((v) => v.from <= from && to <= v.to), `${folder} (${to - from} lessons) in one volume`).toBe(true);
      }
    }
  });
});
