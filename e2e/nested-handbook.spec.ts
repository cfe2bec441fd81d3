/**
 * Finding your way in a thousand pages: a generated handbook of 1,000 lessons in folders five
 * deep (the benchmark's generator, scripts/bench/generate.mjs: eight lessons to a folder,
 * three folders to a folder, every other folder with a README.md), plus a folder of 150
 * lessons, built and read in Chromium. Breadcrumbs on every lesson and part page; the pages
 * beside a lesson as a column at 1280 px and one folded control at 390 px, with no script and
 * no layout shift; the home page an overview of the top parts; long lists folded; no page
 * growing with the handbook; axe-clean.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { generateLessons, lessonFolder, lessonSource } from '../scripts/bench/generate.mjs';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';
import { folderTitle } from '../src/load/files.ts';
import { builtProject, type Project } from '../tests/support/project';
import { htmlFilesIn } from '../tests/quality/site';
import { axe } from './support/axe';

test.describe.configure({ mode: 'default' });

const NESTED = 850;
const ARCHIVE = 150;
let lessonsDir = '';
let project: Project;
let site: StaticSite;

test.beforeAll(async () => {
  test.setTimeout(900_000);
  lessonsDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lessonbook-nested-')), 'lessons');
  generateLessons(lessonsDir, NESTED, 'md');
  mkdirSync(path.join(lessonsDir, 'archive'));
  for (let i = NESTED; i < NESTED + ARCHIVE; i++) {
    const { slug, text } = lessonSource(i, NESTED + ARCHIVE);
    writeFileSync(path.join(lessonsDir, 'archive', `${slug}.md`), text);
  }
  project = builtProject('nested', { lessons: lessonsDir });
  site = await serveStatic(project.dist);
});
test.afterAll(() => site?.close());

const url = (p: string) => `${site.url.replace(/\/$/, '')}/${p.replace(/^\//, '')}`;

/** A folder's title as the handbook has it: its README's `# Part x`, else its name. */
const titleOf = (folder: string) => (existsSync(path.join(lessonsDir, folder, 'README.md')) ? `Part ${path.posix.basename(folder).slice(5)}` : folderTitle(folder));
const foldersAbove = (folder: string) => folder.split('/').map((_, i, names) => names.slice(0, i + 1).join('/'));

/** Lesson 648 sits five folders deep: part-1/part-1-0/part-1-0-0/part-1-0-0-0/part-1-0-0-0-0. */
const DEEP = 648;
const deepSlug = `lesson-00${DEEP}`;
const deepFolder = lessonFolder(DEEP);

test('a lesson five folders deep has breadcrumbs: the handbook and every part above it as links, the lesson as the current page', async ({ page }) => {
  test.setTimeout(120_000);
  expect(deepFolder.split('/')).toHaveLength(5);
  await page.goto(url(`lessons/${deepSlug}/`));
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.locator('ol > li')).toHaveCount(7);
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await expect(crumbs.getByRole('link')).toHaveText(['Benchmark handbook', ...foldersAbove(deepFolder).map(titleOf), title]);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(title);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveAttribute('href', `/lessons/${deepSlug}/`);
  // Each crumb leads to that part's page, which has breadcrumbs of its own.
  const third = titleOf(foldersAbove(deepFolder)[2]!);
  await crumbs.getByRole('link', { name: third, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(third);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(['Benchmark handbook', ...foldersAbove(deepFolder).slice(0, 3).map(titleOf)]);
});

test('the home page is an overview of the top parts with their lesson counts; each part page lists its own parts and lessons', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(url(''));
  const parts = page.getByRole('list', { name: 'Parts' }).getByRole('listitem');
  await expect(parts.getByRole('link')).toHaveText(['Archive', titleOf('part-1'), titleOf('part-2')]);
  const counts = (await parts.locator('.meta').allTextContents()).map((t) => Number(t.match(/^([\d,]+) lessons?/)![1]!.replace(',', '')));
  const top = await page.getByRole('list', { name: 'Start here' }).getByRole('listitem').count();
  expect(top).toBe(8);
  expect(counts.reduce((a, b) => a + b, 0) + top).toBe(NESTED + ARCHIVE);
  // Not every page: nothing from inside the parts.
  await expect(page.getByRole('link', { name: /^Lesson 648,/ })).toHaveCount(0);

  await parts.getByRole('link', { name: titleOf('part-1') }).click();
  const holds = page.getByRole('navigation', { name: 'In this part' });
  await expect(holds.getByRole('list', { name: 'Lessons' }).getByRole('listitem')).toHaveCount(8);
  await expect(holds.getByRole('list', { name: 'Parts' }).getByRole('listitem').getByRole('link')).toHaveText(['part-1/part-1-0', 'part-1/part-1-1', 'part-1/part-1-2'].map(titleOf));
});

/** Where the lesson's columns are, on a page opened with or without scripts. */
async function columns(browser: Browser, width: number, javaScriptEnabled: boolean, slug = deepSlug) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(url(`lessons/${slug}/`));
  const box = async (selector: string) => {
    const b = (await page.locator(selector).first().boundingBox())!;
    return { left: Math.round(b.x), right: Math.round(b.x + b.width), top: Math.round(b.y), height: Math.round(b.height) };
  };
  // Where each starts; the lesson's own height may grow below its start when the quiz script runs.
  const start = async (selector: string) => {
    const { height: _, ...rest } = await box(selector);
    return rest;
  };
  const boxes = { nav: await box('.part-nav'), title: await box('h1'), body: await start('.lesson-body'), contents: await start('.contents') };
  return { page, boxes, close: () => context.close() };
}

test('at 1280 px the pages beside a lesson are a column on its left, open with no script: its part’s lessons and parts, the way up, the lesson marked', async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, boxes, close } = await columns(browser, 1280, false);
  expect(boxes.nav.right).toBeLessThan(boxes.title.left);
  expect(boxes.contents.left).toBeGreaterThan(boxes.body.right);
  const nav = page.getByRole('navigation', { name: `In ${titleOf(deepFolder)}` });
  const lessons = nav.locator('ol > li > a');
  await expect(lessons).toHaveCount(8);
  await expect(lessons.first()).toBeVisible();
  await expect(nav.locator('[aria-current="page"]')).toHaveAttribute('href', `/lessons/${deepSlug}/`);
  const up = foldersAbove(deepFolder).at(-2)!;
  await expect(nav.locator('.part-nav-parent')).toHaveText(`↑ ${titleOf(up)}`);
  await nav.locator('.part-nav-parent').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(up));
  await close();

  // A part with parts of its own: they are listed beside its lessons.
  const shallow = await columns(browser, 1280, false, 'lesson-00024');
  const holds = shallow.page.getByRole('navigation', { name: `In ${titleOf('part-1/part-1-0')}` });
  await expect(holds.locator('.part-nav-part a')).toHaveText(['part-1/part-1-0/part-1-0-0', 'part-1/part-1-0/part-1-0-1', 'part-1/part-1-0/part-1-0-2'].map(titleOf));
  await shallow.close();
});

test('at 390 px they fold into one control above the lesson, which a tap opens', async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, boxes, close } = await columns(browser, 390, false);
  expect(boxes.nav.height).toBeLessThan(100);
  expect(boxes.title.top).toBeLessThan(400);
  const nav = page.getByRole('navigation', { name: `In ${titleOf(deepFolder)}` });
  await expect(nav.locator('[aria-current="page"]')).toBeHidden();
  await nav.locator('summary').click();
  await expect(nav.locator('[aria-current="page"]')).toBeVisible();
  await close();
});

test('running the scripts moves nothing: the columns lie the same with JavaScript off and on, at 1280 and 390 px', async ({ browser }) => {
  test.setTimeout(120_000);
  for (const width of [1280, 390]) {
    const off = await columns(browser, width, false);
    const on = await columns(browser, width, true);
    expect(on.boxes, `${width} px`).toEqual(off.boxes);
    await off.close();
    await on.close();
  }
});

test('a folder of 150 lessons: its page folds the lessons past 100, and a lesson in it lists the 100 around it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(url('lessons/archive/'));
  const holds = page.getByRole('navigation', { name: 'In this part' });
  await expect(holds.locator('ol.lesson-list').first().locator('> li')).toHaveCount(100);
  const fold = holds.locator('details.fold');
  await expect(fold.locator('summary')).toHaveText('Show 50 more lessons');
  await expect(fold.locator('li').first()).toBeHidden();
  await fold.locator('summary').click();
  await expect(fold.locator('li').first()).toBeVisible();

  await page.goto(url(`lessons/lesson-00${NESTED + 10}/`));
  const beside = page.getByRole('navigation', { name: 'In Archive' });
  await expect(beside.locator('ol > li')).toHaveCount(100);
  await expect(beside.locator('.part-nav-more')).toHaveText('50 more pages');
  await expect(beside.locator('.part-nav-more a')).toHaveAttribute('href', '/lessons/archive/');
});

test('no page grows with the handbook: home, part and lesson pages stay small in 1,000 pages', () => {
  const size = (file: string) => statSync(path.join(project.dist, file)).size;
  const pages = htmlFilesIn(project.dist).filter((f) => /^lessons\/[^/]+\/index\.html$/.test(f));
  const largest = { home: size('index.html'), part: 0, lesson: 0 };
  for (const file of pages) {
    if (file === 'lessons/archive/index.html') continue; // a folder of 150: it grows with that folder only
    const kind = /<article[^>]*\sdata-part=/.test(readFileSync(path.join(project.dist, file), 'utf8')) ? 'part' : 'lesson';
    largest[kind] = Math.max(largest[kind], size(file));
  }
  console.log(`largest pages of ${pages.length}: home ${largest.home} B, part ${largest.part} B, lesson ${largest.lesson} B`);
  expect(largest.home).toBeLessThan(20_000);
  expect(largest.part).toBeLessThan(30_000);
  expect(largest.lesson).toBeLessThan(40_000);
});

async function axeClean(page: Page, where: string) {
  const { violations } = await axe(page).analyze();
  expect(violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the new pages are axe-clean, wide and narrow: the home page, part pages with and without an introduction, folded lists, a deep lesson', async ({ browser }) => {
  test.setTimeout(600_000);
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const p of ['', 'lessons/part-1/', 'lessons/part-2/', 'lessons/archive/', `lessons/${deepSlug}/`]) {
      await page.goto(url(p));
      await axeClean(page, `${width} px /${p}`);
    }
    await context.close();
  }
});
