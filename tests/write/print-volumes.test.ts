/**
 * A handbook of more lessons than one printed page holds prints in volumes: a built handbook
 * of twelve lessons with handbook.json `"printVolume": 4` (tests/fixtures/volumes: lessons at
 * the top, parts, a part larger than a volume with a part inside it, a remote image, links
 * across volumes by slug, section page and former slug). /print/ lists the volumes; each
 * volume holds its lessons in reading order, every lesson in exactly one; a link to a lesson
 * in another volume lands on it there; ids are unique on each page; each volume's policy is
 * its own lessons'; the offline export writes a single file per volume, linked to each other.
 * The handbook in short follows the same volumes: /in-short/ lists them, /in-short/<n>/ holds
 * the short versions of volume n's lessons, whose links still go to the lessons.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/load/index.ts';
import { metaPolicy, splitPolicy } from '../../src/write/headers.ts';
import { checkLinks, formatBroken } from '../support/links.ts';
import { checkHtml, formatMessages } from '../support/nu.ts';
import { builtProject } from '../support/project.ts';

const FIXTURE = path.resolve('tests/fixtures/volumes');
const project = builtProject('print-volumes', { lessons: FIXTURE });
const page = (file: string) => readFileSync(path.join(project.dist, file), 'utf8');
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** The lessons a page of the printed handbook holds, in order. */
const lessonsOf = (html: string) => [...html.matchAll(/<article class="lesson print-lesson"[^>]*data-lesson="([^"]+)"/g)].map((m) => m[1]!);
const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
const hrefs = (html: string) => [...main(html).matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]!);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const imgSrc = (html: string) => splitPolicy(metaPolicy(html)!).find((d) => d.startsWith('img-src'));

/** No id twice on any of `pages`, and no Nu checker error in the built folder `folder` that holds them. */
async function expectUniqueIdsAndValid(pages: string[], folder: string) {
  for (const html of pages) {
    const all = ids(html);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  }
  const messages = await checkHtml(path.join(project.dist, folder));
  for (const [file, found] of messages) {
    const errors = found.filter((m) => m.type === 'error');
    expect(errors, formatMessages(file, errors)).toEqual([]);
  }
}

/** Every lesson of the handbook in reading order, as the load stage reads it. */
const readingOrder = loadHandbook(FIXTURE).model.lessons.map((l) => l.slug);
const VOLUMES = [
  ['welcome', 'basics', 'a', 'b'],
  ['appendix', 'tools', 'tool-1', 'tool-2'],
  ['tool-3', 'tools-git', 'branches', 'first-commit'],
];
const volumes = VOLUMES.map((_, i) => page(`print/${i + 1}/index.html`));

describe('a handbook larger than one printed page', () => {
  it('/print/ lists the volumes: each a link to its page, with its lessons and the parts it holds', () => {
    const list = page('print/index.html');
    expect(lessonsOf(list)).toEqual([]);
    expect(hrefs(list)).toEqual(['/print/1/', '/print/2/', '/print/3/']);
    const items = [...main(list).matchAll(/<li data-volume="\d+">([\s\S]*?)<\/ul><\/li>/g)].map((m) => text(m[1]!).trim());
    expect(items).toEqual([
      'Volume 1 From Welcome to Basics b Lessons 1 to 4: 4 lessons Lessons before the parts: 1 lesson Basics: 3 lessons',
      'Volume 2 From Appendix to Tool 2 Lessons 5 to 8: 4 lessons Extra: 1 lesson Tools: 3 lessons, continued in volume 3',
      'Volume 3 From Tool 3 to First commit Lessons 9 to 12: 4 lessons Tools: 1 lesson, continued from volume 2 Tools › Git: 3 lessons',
    ]);
    expect(text(list)).toContain('12 lessons: more than one page holds, so the handbook prints in 3 volumes');
  });

  it('each volume holds its lessons in reading order, every lesson in exactly one, whole parts kept together', () => {
    expect(volumes.map(lessonsOf)).toEqual(VOLUMES);
    expect(VOLUMES.flat()).toEqual(readingOrder);
    expect(existsSync(path.join(project.dist, 'print', '4'))).toBe(false);
    // Each volume's contents list names its own lessons, and its cover says which they are.
    expect(main(volumes[1]!)).toContain('<li><a href="#appendix">Appendix</a>');
    expect(text(volumes[1]!)).toContain('Volume 2 of 3 Lessons 5 to 8 of 12, in reading order: from Appendix to Tool 2.');
  });

  it('a link to a lesson in another volume goes to that volume, and lands on the lesson there; within a volume, as on one page', () => {
    const [one, two, three] = volumes as [string, string, string];
    // By slug and fragment, and by section page: the first git lesson is in volume 3.
    expect(hrefs(one).filter((h) => h.includes('first-commit'))).toEqual(['/print/3/#first-commit--why-it-matters', '/print/3/#first-commit--why-it-matters']);
    expect(ids(three)).toContain('first-commit--why-it-matters');
    // By a former slug.
    expect(hrefs(two)).toContain('/print/3/#first-commit');
    expect(ids(three)).toContain('first-commit');
    // Back to earlier volumes, and within one.
    expect(hrefs(three)).toEqual(expect.arrayContaining(['/print/1/#welcome', '/print/2/#tool-1--why-it-matters', '#first-commit']));
    expect(hrefs(one)).toEqual(expect.arrayContaining(['#welcome--why-it-matters', '#a', '#b']));
    // Every link of every page lands on a file and an id that exist.
    const report = checkLinks(project.dist, { base: '/', site: 'https://handbook.example.com' });
    expect(report.broken.length, `\n${formatBroken(report.broken)}\n`).toBe(0);
  });

  it('ids are unique on every page of the printed handbook, and each page is valid HTML', async () => {
    await expectUniqueIdsAndValid([page('print/index.html'), ...volumes], 'print');
  });

  it('each volume allows what its own lessons embed, and no more; the list, nothing', () => {
    expect(imgSrc(volumes[1]!)).toContain('https://images.example.org');
    for (const html of [volumes[0]!, volumes[2]!, page('print/index.html')]) expect(imgSrc(html)).not.toContain('images.example.org');
  });

  it('loads the print styles on each volume, and the footer of every page says the handbook prints in volumes', () => {
    const sheets = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    const printOnly = sheets(volumes[0]!).filter((s) => !sheets(page('lessons/a/index.html')).includes(s));
    expect(printOnly.length).toBeGreaterThan(0);
    for (const html of volumes.slice(1)) expect(sheets(html)).toEqual(expect.arrayContaining(printOnly));
    for (const file of ['index.html', 'lessons/a/index.html', 'print/2/index.html']) {
      expect(page(file)).toContain('<a href="/print/">Every lesson, in 3 volumes to print</a>');
    }
  });
});

/** The lessons a page of the handbook in short holds, in order. */
const shortLessonsOf = (html: string) => [...html.matchAll(/<article class="in-short-lesson" aria-labelledby="([^"]+)"/g)].map((m) => m[1]!);
/** What each lesson with a short version says in it (tests/fixtures/volumes), by the volume it is in. */
const SHORTS: [string, number][] = [
  ['Welcome, in short', 1],
  ['Basics b, in short', 1],
  ['Tool 2, in short', 2],
  ['Branches, in short', 3],
];

describe('the handbook in short of a handbook printed in volumes', () => {
  const list = page('in-short/index.html');
  const shortVolumes = VOLUMES.map((_, i) => page(`in-short/${i + 1}/index.html`));

  it('/in-short/ lists the same volumes as /print/, each a link to its short versions', () => {
    expect(shortLessonsOf(list)).toEqual([]);
    expect(hrefs(list)).toEqual(['/in-short/1/', '/in-short/2/', '/in-short/3/']);
    const items = (html: string) => [...main(html).matchAll(/<li data-volume="\d+">([\s\S]*?)<\/ul><\/li>/g)].map((m) => text(m[1]!).trim());
    expect(items(list)).toEqual(items(page('print/index.html')));
    expect(items(list)[1]).toBe('Volume 2 From Appendix to Tool 2 Lessons 5 to 8: 4 lessons Extra: 1 lesson Tools: 3 lessons, continued in volume 3');
    expect(text(list)).toContain('12 lessons: more than one page holds, so the short versions are in 3 volumes');
    expect(existsSync(path.join(project.dist, 'in-short', '4'))).toBe(false);
  });

  it('each /in-short/<n>/ holds exactly its volume’s lessons, in reading order, and each short version once', () => {
    expect(shortVolumes.map(shortLessonsOf)).toEqual(VOLUMES);
    for (const [short, volume] of SHORTS) {
      const on = shortVolumes.map((html) => html.split(short).length - 1);
      expect(on, short).toEqual(VOLUMES.map((_, i) => (i + 1 === volume ? 1 : 0)));
    }
    // A part's heading opens each volume it continues in.
    expect(text(shortVolumes[2]!)).toMatch(/Volume 3 of 3 The short versions of lessons 9 to 12 of 12, in reading order: from Tool 3 to First commit\. .* Tools Tool 3 /);
    expect(text(page('lessons/a/index.html'))).toContain('The handbook in short : every lesson’s short version in 3 volumes.');
  });

  it('links in a short version still go to the lessons, wherever they are printed', () => {
    const [one, , three] = shortVolumes as [string, string, string];
    expect(hrefs(one)).toEqual(expect.arrayContaining(['/lessons/welcome/#why-it-matters', '/lessons/welcome/']));
    expect(hrefs(three)).toEqual(expect.arrayContaining(['/lessons/a/', '/lessons/first-commit/#why-it-matters']));
    for (const html of shortVolumes) expect(hrefs(html).filter((h) => h.startsWith('/print/') || h.startsWith('/in-short/') && h.includes('#'))).toEqual([]);
    // Each volume links to the list and its neighbours.
    expect(hrefs(shortVolumes[1]!)).toEqual(expect.arrayContaining(['/in-short/', '/in-short/1/', '/in-short/3/']));
  });

  it('ids are unique on every page of it, each page is valid HTML, and each allows what its own short versions embed', async () => {
    await expectUniqueIdsAndValid([list, ...shortVolumes], 'in-short');
    expect(imgSrc(shortVolumes[1]!)).toContain('https://images.example.org');
    for (const html of [shortVolumes[0]!, shortVolumes[2]!, list]) expect(imgSrc(html)).not.toContain('images.example.org');
  });
});

describe('its offline export', () => {
  const exported = project.export();

  it('writes each volume as a single file, linked to the others beside it, and no single file of the list', () => {
    expect(exported.status, exported.output).toBe(0);
    expect(exported.output).toContain('handbook-volume-1.html to handbook-volume-3.html (every lesson, in 3 volumes)');
    const single = (name: string) => path.join(project.exported, 'single', name);
    expect(existsSync(single('handbook.html'))).toBe(false);
    const files = VOLUMES.map((_, i) => readFileSync(single(`handbook-volume-${i + 1}.html`), 'utf8'));
    expect(files.map(lessonsOf)).toEqual(VOLUMES);
    expect(files[0]).toContain('href="handbook-volume-3.html#first-commit--why-it-matters"');
    expect(files[0]).toContain('Links to the other volumes go to their files, kept beside this one');
    // The offline copy has every volume too, linked by file.
    expect(readFileSync(path.join(project.exported, 'handbook', 'print', '1', 'index.html'), 'utf8')).toContain('href="../3/index.html#first-commit--why-it-matters"');
    // And the handbook in short's volumes, whose links go to the lessons' copies.
    const shortThree = readFileSync(path.join(project.exported, 'handbook', 'in-short', '3', 'index.html'), 'utf8');
    expect(shortLessonsOf(shortThree)).toEqual(VOLUMES[2]);
    expect(shortThree).toContain('href="../../lessons/first-commit/index.html#why-it-matters"');
    expect(readFileSync(path.join(project.exported, 'handbook', 'in-short', 'index.html'), 'utf8')).toContain('href="2/index.html"');
  });
});

describe('the search page without JavaScript, of a handbook printed in volumes', () => {
  const list = page('search/index.html');
  const searchVolumes = VOLUMES.map((_, i) => page(`search/${i + 1}/index.html`));
  /** The lessons a page of the index lists, in order. */
  const indexed = (html: string) => [...main(html).matchAll(/<h2><a href="\/lessons\/([^/"]+)\/">/g)].map((m) => m[1]!);

  it('/search/ lists the same volumes as /print/, each a link to its part of the index', () => {
    expect(indexed(list)).toEqual([]);
    expect(hrefs(list)).toEqual(['/search/1/', '/search/2/', '/search/3/']);
    const items = (html: string) => [...main(html).matchAll(/<li data-volume="\d+">([\s\S]*?)<\/ul><\/li>/g)].map((m) => text(m[1]!).trim());
    expect(items(list)).toEqual(items(page('print/index.html')));
    expect(existsSync(path.join(project.dist, 'search', '4'))).toBe(false);
  });

  it('each /search/<n>/ lists its volume’s lessons in reading order, each with its sections, every lesson once; ids unique, the HTML valid', async () => {
    expect(searchVolumes.map(indexed)).toEqual(VOLUMES);
    expect(main(searchVolumes[2]!)).toContain('href="/lessons/first-commit/#why-it-matters"');
    expect(text(searchVolumes[1]!)).toContain('Volume 2 of 3: lessons 5 to 8 of 12, in reading order: from Appendix to Tool 2, and each of their sections.');
    await expectUniqueIdsAndValid([list, ...searchVolumes], 'search');
  });
});
