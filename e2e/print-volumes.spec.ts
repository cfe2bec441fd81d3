/**
 * A handbook printed in volumes, read in Chromium (tests/fixtures/volumes: twelve lessons,
 * `"printVolume": 4`, so three volumes): from /print/ to a volume, a link to a lesson in
 * another volume lands on that lesson there, and the list and a volume are axe-clean, light
 * and dark, and print each lesson on a page of its own; the handbook in short, in the same
 * volumes, too. (What each page holds: tests/write/print-volumes.test.ts.)
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';
import { builtProject } from '../tests/support/project';
import { axe } from './support/axe';

test.describe.configure({ mode: 'default' });

let site: StaticSite;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await serveStatic(builtProject('print-volumes-e2e', { lessons: path.resolve('tests/fixtures/volumes') }).dist);
});
test.afterAll(() => site?.close());

const url = (p: string) => `${site.url.replace(/\/$/, '')}/${p.replace(/^\//, '')}`;

test('from the footer to the list of volumes, to a volume, and across to a lesson in another volume', async ({ page }) => {
  await page.goto(url('lessons/a/'));
  await page.getByRole('link', { name: 'Every lesson, in 3 volumes to print' }).click();
  await expect(page).toHaveURL(url('print/'));
  const volumes = page.getByRole('list', { name: 'Volumes' });
  await expect(volumes.getByRole('link')).toHaveText(['Volume 1', 'Volume 2', 'Volume 3']);
  await volumes.getByRole('link', { name: 'Volume 1' }).click();
  await expect(page.locator('.print-lesson .lesson-header h2')).toHaveText(['Welcome', 'Basics', 'Basics a', 'Basics b']);
  // Welcome links to the first git lesson's "Why it matters": in volume 3.
  await page.locator('article[data-lesson="welcome"]').getByRole('link', { name: 'the first git lesson' }).click();
  await expect(page).toHaveURL(url('print/3/#first-commit--why-it-matters'));
  await expect(page.locator('#first-commit--why-it-matters-title')).toBeInViewport();
  await expect(page.locator('.print-lesson .lesson-header h2')).toHaveText(['Tool 3', 'Git', 'Branches', 'First commit']);
});

test('the handbook in short lists the volumes; a volume of it holds its lessons, and a link in a short version goes to the lesson', async ({ page }) => {
  await page.goto(url('lessons/a/'));
  await page.locator('main').getByRole('link', { name: 'The handbook in short' }).click();
  await expect(page).toHaveURL(url('in-short/'));
  const volumes = page.getByRole('list', { name: 'Volumes' });
  await expect(volumes.getByRole('link')).toHaveText(['Volume 1', 'Volume 2', 'Volume 3']);
  await volumes.getByRole('link', { name: 'Volume 3' }).click();
  await expect(page).toHaveURL(url('in-short/3/'));
  await expect(page.locator('.in-short-lesson h3')).toHaveText(['Tool 3', 'Git', 'Branches', 'First commit']);
  // Branches' short version links to Basics a, a lesson of volume 1: it goes to the lesson.
  await page.locator('.in-short-lesson').filter({ hasText: 'Branches, in short' }).getByRole('link', { name: 'Basics a' }).click();
  await expect(page).toHaveURL(url('lessons/a/'));
});

test('without JavaScript, the search control leads to the volumes of the index, and a volume to its lessons and sections', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url('lessons/a/'));
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(url('search/'));
  await page.getByRole('link', { name: 'Volume 3' }).click();
  await expect(page).toHaveURL(url('search/3/'));
  await page.getByRole('link', { name: 'First commit' }).first().click();
  await expect(page).toHaveURL(url('lessons/first-commit/'));
  await context.close();
});

test('the list and a volume are axe-clean, light and dark; on paper a volume starts each lesson on a new page', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const p of ['print/', 'print/2/', 'in-short/', 'in-short/2/', 'search/', 'search/2/']) {
      await page.goto(url(p));
      const { violations } = await axe(page).analyze();
      expect(violations.map((v) => `${scheme} /${p}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
  // On paper, a volume of the printed handbook (the loop above ends elsewhere).
  await page.goto(url('print/2/'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  expect(await page.locator('.print-lesson').first().evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
});
