// Search in the offline copy: the real lessons built under a sub-path, exported with
// `npm run export`'s script, then searched hosted (served under the sub-path) and offline
// (opened from file:// with the network cut). Same files, same query, same results.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { buildFixture, type Project } from './support/build';
import { cutNetwork } from './support/offline';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';
import { PHRASE, TARGET, results, search, shown } from './support/search';

const BASE = '/handbook/';
// One worker for the file: it builds and exports one site for all its tests.
test.describe.configure({ mode: 'default' });
let built: Project;
let hosted: StaticSite;
let offlineRoot: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  built = buildFixture('search-offline', path.resolve('lessons'), { base: BASE, site: 'https://handbook.example.com' });
  const run = built.export();
  if (run.status !== 0) throw new Error(`export failed:\n${run.output}`);
  offlineRoot = pathToFileURL(path.join(built.exported, 'handbook')).href + '/';
  hosted = await serveStatic(built.dist, BASE);
});
test.afterAll(() => hosted?.close());

const QUERIES = [PHRASE, 'estimate', 'malicious complience', 'crisp problem'];

test('offline, from file:// with the network cut, each query gives the same results as hosted', async ({ browser }) => {
  const hostedPage = await browser.newPage();
  const context = await browser.newContext();
  const failed = await cutNetwork(context);
  const offlinePage = await context.newPage();
  await hostedPage.goto(`${hosted.url}lessons/estimates-and-trade-offs/`);
  await offlinePage.goto(`${offlineRoot}lessons/estimates-and-trade-offs/index.html`);
  for (const query of QUERIES) {
    await search(hostedPage, query);
    await search(offlinePage, query);
    const here = await shown(hostedPage, hosted.url);
    const there = await shown(offlinePage, offlineRoot);
    expect(there, query).toEqual(here);
    expect(here.length, query).toBeGreaterThan(0);
    for (const page of [hostedPage, offlinePage]) await page.keyboard.press('Escape');
  }
  expect(failed).toEqual([]);
  await context.close();
});

test('offline, a phrase from one section finds it first, and its result opens the section from disk', async ({ browser }) => {
  const context = await browser.newContext();
  const failed = await cutNetwork(context);
  const page = await context.newPage();
  await page.goto(`${offlineRoot}index.html`);
  await search(page, PHRASE);
  await expect(results(page).first().locator('.lb-search-title')).toHaveText(TARGET.title);
  await results(page).first().click();
  await expect(page).toHaveURL(`${offlineRoot}lessons/${TARGET.lesson}/index.html#${TARGET.section}`);
  await expect(page.locator(`#${TARGET.section}-title`)).toBeInViewport();
  // and on to another lesson's section by keyboard, from the page search just opened
  await page.keyboard.press('/');
  await page.keyboard.type('malicious compliance');
  await expect(results(page).first()).toBeVisible();
  // the results of all of it, not of the first letters typed while search loaded
  await expect(results(page).first()).toHaveAttribute('href', `${offlineRoot}lessons/working-with-engineering/index.html#why-it-matters`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${offlineRoot}lessons/working-with-engineering/index.html#why-it-matters`);
  await expect(page.locator('#why-it-matters-title')).toBeInViewport();
  expect(failed).toEqual([]);
  await context.close();
});

test('hosted under a sub-path, a result links inside it', async ({ page }) => {
  await page.goto(hosted.url);
  await expect(page.getByRole('link', { name: 'Search' })).toHaveAttribute('href', `${BASE}search/`);
  await search(page, PHRASE);
  await results(page).first().click();
  await expect(page).toHaveURL(`${hosted.url}lessons/${TARGET.lesson}/#${TARGET.section}`);
  await expect(page.locator(`#${TARGET.section}-title`)).toBeInViewport();
});
