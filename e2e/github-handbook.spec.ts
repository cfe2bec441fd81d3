/**
 * Bringing the handbook a team already has: a folder of Markdown written for GitHub
 * (tests/fixtures/github-handbook — parts in sub-folders with README.md or index.md, relative
 * `.md` links with anchors, `{#id}` headings, text before the first `##`, comments, links to
 * `###` headings and to a file, braces in prose, a file name with capitals and spaces, two
 * files with one name in different parts) builds with no edits, on both Markdown engines,
 * and reads right hosted and from disk.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildFixture, type Project } from './support/build';
import { fileUrl, htmlFiles, loadedResources, offlineReader } from './support/offline';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';
import { results, search } from './support/search';
import { builtPages } from './support/site';
import { checkLinks, formatBroken } from '../tests/support/links';
import { axe } from './support/axe';

test.describe.configure({ mode: 'default' });

const FIXTURE = path.resolve('tests/fixtures/github-handbook');
const SITE = 'https://handbook.acme.example';
let satteri: Project;
let unified: Project;
let hosted: StaticSite;
let buildOutput = '';

test.beforeAll(async () => {
  test.setTimeout(300_000);
  satteri = buildFixture('github', FIXTURE, { site: SITE });
  unified = buildFixture('github-unified', FIXTURE, { site: SITE, engine: 'unified' });
  const exported = satteri.export();
  expect(exported.status, exported.output).toBe(0);
  buildOutput = satteri.build().output;
  hosted = await serveStatic(satteri.dist);
});
test.afterAll(() => hosted?.close());

const url = (p = '') => `${hosted.url}${p}`;

test('it builds with no edits, with one warning about the lesson shape it does not use and none that buries it', () => {
  expect(buildOutput).toContain('lessons/handbook.json:1: warning: lessonShape: 7 of 7 lessons have no "The short version" section, and 7 have no `tagline:`');
  expect(buildOutput).toContain('1 warning in 1 file, nothing that stops the build');
  expect(buildOutput).not.toMatch(/error|Stack trace/i);
});

test('the home page is the handbook’s README, then an overview of its parts; each part’s page lists its lessons', async ({ page }) => {
  await page.goto(url());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Product Handbook');
  await expect(page.locator('.home-intro')).toContainText('How the Acme product team works');
  await expect(page.locator('.home-intro')).not.toContainText('Maintained by the platform team'); // a comment
  const parts = page.getByRole('list', { name: 'Parts' });
  const developer = parts.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Developer guide' }) });
  await expect(developer).toContainText('shipping safely');
  await expect(developer).toContainText('3 lessons');
  // The home page lists the parts, not every lesson in them.
  await expect(page.getByRole('link', { name: 'Small changes', exact: true })).toHaveCount(0);
  await parts.getByRole('link', { name: 'Design guide' }).click();
  await expect(page.getByRole('navigation', { name: 'In this part' }).getByRole('link')).toHaveText(['Hand-off checklist', 'Design review', 'Design tokens']);
  await page.goto(url());
  await page.getByRole('link', { name: 'developers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Developer guide');
  // Lessons with an `order:` first (testing.md has `order: 2`), then the rest by file name.
  await expect(page.getByRole('navigation', { name: 'In this part' }).getByRole('link')).toHaveText(['Testing', 'Release checklist', 'Small changes']);
});

test('a file name with capitals and spaces, and one name in two parts, each get a clean URL', async ({ request }) => {
  for (const p of ['lessons/small-changes/', 'lessons/developer-checklist/', 'lessons/designer-checklist/', 'lessons/developer/', 'lessons/designer/']) {
    expect((await request.get(url(p))).status(), p).toBe(200);
  }
});

test('relative .md links land on the lesson and its heading: {#id}, ###, underscores and all', async ({ page }) => {
  await page.goto(url('lessons/getting-started/'));
  await page.getByRole('link', { name: 'review checklist' }).click();
  await expect(page).toHaveURL(url('lessons/review/#checklist'));
  await expect(page.locator('#checklist')).toBeInViewport();

  await page.goto(url('lessons/small-changes/'));
  await page.getByRole('link', { name: 'the testing guide' }).click();
  await expect(page).toHaveURL(url('lessons/testing/#what_to_test'));
  await expect(page.locator('#what_to_test')).toBeInViewport();

  await page.getByRole('link', { name: 'small changes, the cost of waiting' }).click();
  await expect(page).toHaveURL(url('lessons/small-changes/#the-cost-of-waiting'));
  await expect(page.getByRole('heading', { level: 3, name: 'The cost of waiting' })).toBeInViewport();

  await page.goto(url('lessons/review/#old_anchor'));
  await expect(page.getByRole('heading', { name: 'Old anchor' })).toBeInViewport();
  await page.goto(url('lessons/small-changes/#why'));
  await expect(page.getByRole('heading', { level: 2, name: 'Why it matters' })).toBeInViewport();
});

test('a link to another file beside the lessons is published with the site', async ({ page, request }) => {
  await page.goto(url('lessons/getting-started/'));
  await expect(page.getByRole('link', { name: 'the assets folder' })).toHaveAttribute('href', '/files/assets/checklist.txt');
  expect(await (await request.get(url('files/assets/checklist.txt'))).text()).toContain('Release checklist template');
});

const IMAGES = ['Your first week: read, ask, ship', 'Your desk on the first day, with the welcome pack'];

test('images beside the lessons show, written as HTML (as READMEs do) or as Markdown', async ({ page }) => {
  await page.goto(url('lessons/getting-started/'));
  await expect(page.getByRole('img', { name: IMAGES[0] })).toHaveAttribute('src', '/files/assets/first-week.svg');
  for (const name of IMAGES) {
    const image = page.getByRole('img', { name });
    await image.scrollIntoViewIfNeeded(); // Astro loads Markdown images lazily
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), name).toBeGreaterThan(0);
  }
});

test('nothing the author wrote is lost: the text before the first section, braces in prose; comments stay private', async ({ page }) => {
  await page.goto(url('lessons/small-changes/'));
  await expect(page.locator('.lesson-intro')).toContainText('Small changes ship faster');
  await expect(page.locator('main')).toContainText('Reviewers stop reading after about {400 lines}');
  const html = readFileSync(path.join(satteri.dist, 'lessons/small-changes/index.html'), 'utf8');
  expect(html).not.toContain('TODO: add a worked example');
});

test('search finds the text before a lesson’s first section and a part’s introduction, and names the part', async ({ page }) => {
  await page.goto(url());
  await search(page, 'ship faster');
  await expect(results(page).first().locator('.lb-search-title')).toHaveText('Small changes');
  await expect(results(page).first().locator('.lb-search-lesson')).toHaveText('Developer guide');
  await results(page).first().click();
  await expect(page).toHaveURL(url('lessons/small-changes/'));

  await search(page, 'shipping safely');
  await expect(results(page).first().locator('.lb-search-title')).toHaveText('Developer guide');
  await page.keyboard.press('Escape');

  await search(page, 'every state is drawn');
  await expect(results(page).first().locator('.lb-search-lesson')).toHaveText('Design guide');
  await expect(results(page).first().locator('.lb-search-title')).toHaveText('Hand-off checklist');
});

test('every page is axe-clean and every internal link and anchor of the built site resolves', async ({ page }) => {
  const report = checkLinks(satteri.dist, { site: SITE });
  expect(formatBroken(report.broken)).toBe('');
  for (const p of builtPages(satteri.dist)) {
    await page.goto(url(p.slice(1)));
    const { violations } = await axe(page).analyze();
    expect(violations.map((v) => `${p}: ${v.id}`)).toEqual([]);
  }
});

test('from disk, with the network cut, the same links land and search works', async ({ browser }) => {
  const copy = path.join(satteri.exported, 'handbook');
  expect(formatBroken(checkLinks(copy, { mode: 'file' }).broken)).toBe('');
  const reader = await offlineReader(browser);
  const { page } = reader;
  await page.goto(fileUrl(path.join(copy, 'lessons', 'getting-started', 'index.html')));
  await page.getByRole('link', { name: 'review checklist' }).click();
  await expect(page).toHaveURL(`${fileUrl(path.join(copy, 'lessons', 'review', 'index.html'))}#checklist`);
  await page.goto(fileUrl(path.join(copy, 'lessons', 'getting-started', 'index.html')));
  for (const name of IMAGES) {
    const image = page.getByRole('img', { name });
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), name).toBeGreaterThan(0);
  }
  await page.goto(fileUrl(path.join(copy, 'index.html')));
  await search(page, 'ship faster');
  await expect(results(page).first().locator('.lb-search-title')).toHaveText('Small changes');
  for (const file of htmlFiles(copy)) {
    await page.goto(fileUrl(path.join(copy, file)));
    expect((await loadedResources(page)).missingSheets, file).toEqual([]);
  }
  expect(reader.problems).toEqual([]);
  await reader.close();
});

test('on unified() the same handbook builds to the same pages: every id, link and section', () => {
  const shape = (project: Project, file: string) =>
    [...readFileSync(path.join(project.dist, file), 'utf8').matchAll(/ (id|href|src|class)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`).filter((a) => !a.includes('astro-cid') && !a.includes('/_astro/'));
  const pages = builtPages(satteri.dist, { redirects: true }).map((p) => (p.endsWith('/') ? `${p.slice(1)}index.html` : p.slice(1)));
  expect(pages.length).toBeGreaterThan(10);
  for (const file of pages) expect(shape(unified, file), file).toEqual(shape(satteri, file));
});

test('the one-page handbook holds every part’s introduction and every lesson', async ({ page }) => {
  await page.goto(url('print/'));
  for (const title of ['Getting started', 'Developer guide', 'Small changes', 'Testing', 'Design guide', 'Design review', 'Hand-off checklist']) {
    await expect(page.locator('.print-lesson h2', { hasText: title }).first()).toBeVisible();
  }
});
