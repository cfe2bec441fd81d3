/**
 * Prose as a handbook written for GitHub has it: ### headings, quotes, code blocks and inline
 * code, a wide table, nested lists, a rule. Built from tests/fixtures/prose as a project of its
 * own and read in real Chromium: light and dark, on a 320 px phone, and printed.
 */
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildFixture } from './support/build';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';
import { axe } from './support/axe';

const LESSON = 'lessons/imported-prose/';
const BOOK = 'print/';

// One build for the file: its tests run in order, in one worker.
test.describe.configure({ mode: 'default' });

let site: StaticSite;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const built = buildFixture('prose', path.resolve('tests/fixtures/prose'));
  site = await serveStatic(built.dist);
});
test.afterAll(() => site?.close());

/** A computed style of the first element `locator` matches, as a number of px when it is one. */
function style(locator: Locator, property: string): Promise<string> {
  return locator.first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}
const px = async (locator: Locator, property: string) => parseFloat(await style(locator, property));

/** How far the page, and anything in it, reaches past its right edge. */
function sidewaysScroll(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const body = document.querySelector('.lesson-body')!.getBoundingClientRect();
    const sticksOut = [...document.querySelectorAll('.lesson-body :is(pre, table, blockquote, p, li, img)')]
      .filter((el) => el.getBoundingClientRect().right > body.right + 0.5)
      .map((el) => el.tagName.toLowerCase());
    const scrollsInside = [...document.querySelectorAll('.lesson-body *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      .map((el) => el.tagName.toLowerCase());
    return { page: root.scrollWidth - root.clientWidth, sticksOut, scrollsInside };
  });
}

const violations = async (page: Page) =>
  (await axe(page).analyze()).violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );

for (const [where, url] of [['a lesson of imported prose', LESSON], ['the one-page handbook of it', BOOK]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG A/AA violation on ${where} (${scheme}), on a laptop and on a 320 px phone`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.url + url);
      await expect(page.locator('.lesson-body pre').first()).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
      expect(await violations(page)).toEqual([]);
      // On a phone nothing may turn into a region that scrolls by itself (axe: scrollable-region-focusable).
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await violations(page)).toEqual([]);
    });
  }

  test(`at 320 px wide nothing on ${where} scrolls sideways, not even code or a wide table`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(site.url + url);
    await expect(page.locator('.lesson-body pre').first()).toHaveCSS('white-space', 'pre-wrap');
    expect(await sidewaysScroll(page)).toEqual({ page: 0, sticksOut: [], scrollsInside: [] });
  });
}

test('a sub-heading (###) reads as a step below its section’s heading and above the text', async ({ page }) => {
  await page.goto(site.url + LESSON);
  const body = page.locator('#why-it-matters > p').first();
  const h2 = page.locator('#why-it-matters h2');
  const h3 = page.getByRole('heading', { name: 'A sub-heading under a section' });
  const h4 = page.getByRole('heading', { name: 'A smaller heading still' });
  const h6 = page.getByRole('heading', { name: 'A sixth-level heading' });
  await expect.poll(async () => (await px(h3, 'font-size')) < (await px(h2, 'font-size'))).toBe(true);
  expect(await px(h3, 'font-size')).toBeGreaterThan(await px(body, 'font-size'));
  expect(await px(h4, 'font-size')).toBeLessThan(await px(h3, 'font-size'));
  // Every level is bold and legible: no 11 px headings from the browser's defaults.
  expect(await px(h6, 'font-size')).toBeGreaterThanOrEqual(15);
  expect(Number(await style(h6, 'font-weight'))).toBeGreaterThanOrEqual(600);
  // Space above a sub-heading sets it apart from the text before it, more than below it.
  expect(await px(h3, 'margin-top')).toBeGreaterThan(await px(h3, 'margin-bottom'));
});

test('in the one-page handbook, a lesson’s headings look as they do on its page, a level down', async ({ page }) => {
  await page.goto(site.url + LESSON);
  await expect(page.locator('.lesson-body pre').first()).toHaveCSS('white-space', 'pre-wrap');
  const onPage = {
    section: await style(page.locator('#why-it-matters h2'), 'font-size'),
    sub: await style(page.getByRole('heading', { name: 'A sub-heading under a section' }), 'font-size'),
    smaller: await style(page.getByRole('heading', { name: 'A smaller heading still' }), 'font-size'),
  };
  await page.goto(site.url + BOOK);
  await expect(page.getByRole('heading', { level: 3, name: 'Why it matters' })).toHaveCSS('font-size', onPage.section);
  await expect(page.getByRole('heading', { level: 4, name: 'A sub-heading under a section' })).toHaveCSS('font-size', onPage.sub);
  await expect(page.getByRole('heading', { level: 5, name: 'A smaller heading still' })).toHaveCSS('font-size', onPage.smaller);
  // The section heading keeps its place beside its link: no sub-heading spacing on it.
  await expect(page.getByRole('heading', { level: 3, name: 'Why it matters' })).toHaveCSS('margin-top', '0px');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a quote in a lesson is set off with a mark (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(site.url + LESSON);
    const quote = page.locator('.lesson-body blockquote');
    await expect(quote).toHaveCSS('border-left-style', 'solid');
    await expect(quote).toHaveCSS('border-left-width', '4px');
    expect(await px(quote, 'padding-left')).toBeGreaterThan(0);
    expect(await style(quote, 'border-left-color')).not.toBe(await style(page.locator('body'), 'background-color'));
    // Its words are muted beside the lesson's own.
    expect(await style(quote, 'color')).not.toBe(await style(page.locator('#why-it-matters > p').first(), 'color'));
  });

  test(`code sits on a ground of its own, in blocks and inline (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(site.url + LESSON);
    const block = page.locator('.lesson-body pre').first();
    const inline = page.locator('.lesson-body p > code').first();
    const ground = await style(page.locator('body'), 'background-color');
    await expect(block).not.toHaveCSS('background-color', ground);
    await expect(block).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expect(block).toHaveCSS('font-family', /monospace/);
    expect(await px(block, 'padding-left')).toBeGreaterThanOrEqual(8);
    expect(await px(block, 'border-top-left-radius')).toBeGreaterThan(0);
    await expect(inline).not.toHaveCSS('background-color', ground);
    await expect(inline).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    // Code inside a block sits on the block's ground, not a second one.
    await expect(block.locator('code')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });

  test(`a table has ruled cells and its header row on a ground (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(site.url + LESSON);
    const cell = page.locator('.lesson-body td').first();
    const header = page.locator('.lesson-body th').first();
    await expect(cell).toHaveCSS('border-top-style', 'solid');
    await expect(cell).toHaveCSS('border-left-style', 'solid');
    await expect(page.locator('.lesson-body table')).toHaveCSS('border-collapse', 'collapse');
    expect(await px(cell, 'padding-left')).toBeGreaterThan(0);
    await expect(header).not.toHaveCSS('background-color', await style(page.locator('body'), 'background-color'));
    await expect(header).toHaveCSS('text-align', 'start');
    // A column the author aligned (| :---: | ---: |) keeps its alignment.
    await expect(page.locator('.lesson-body th').nth(2)).toHaveCSS('text-align', 'center');
    await expect(page.locator('.lesson-body tbody tr').first().locator('td').nth(2)).toHaveCSS('text-align', 'center');
    await expect(page.locator('.lesson-body tbody tr').first().locator('td').nth(3)).toHaveCSS('text-align', 'right');
  });
}

test('a rule divides the text, and a list inside a list is indented and spaced', async ({ page }) => {
  await page.goto(site.url + LESSON);
  const rule = page.locator('.lesson-body hr');
  await expect(rule).toHaveCSS('border-top-style', 'solid');
  await expect(rule).toHaveCSS('border-bottom-style', 'none');
  expect(await px(rule, 'margin-top')).toBeGreaterThanOrEqual(16);
  const outer = page.locator('#how-to > ul > li').first();
  const nested = outer.locator('> ul');
  await expect.poll(() => px(nested, 'margin-top')).toBeGreaterThan(0);
  const left = (item: Locator) => item.evaluate((li) => li.getBoundingClientRect().left);
  expect(await left(nested.locator('> li').first())).toBeGreaterThan(await left(outer));
  expect(await left(nested.locator('> li > ul > li').first())).toBeGreaterThan(await left(nested.locator('> li').first()));
});

for (const [where, url] of [['a lesson', LESSON], ['the one-page handbook', BOOK]] as const) {
  test(`printed from the dark theme, ${where}’s code, quotes and tables are black on white with a thin rule`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(site.url + url);
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    const white = 'rgb(255, 255, 255)';
    const black = 'rgb(0, 0, 0)';
    const block = page.locator('.lesson-body pre').first();
    await expect(block).toHaveCSS('background-color', white);
    await expect(block).toHaveCSS('color', black);
    await expect(block).toHaveCSS('border-top-style', 'solid');
    await expect(block).toHaveCSS('border-top-color', black);
    await expect(block).toHaveCSS('break-inside', 'avoid-page');
    await expect(block).toHaveCSS('white-space', 'pre-wrap');
    const inline = page.locator('.lesson-body p > code').first();
    await expect(inline).toHaveCSS('background-color', white);
    await expect(inline).toHaveCSS('color', black);
    const quote = page.locator('.lesson-body blockquote');
    await expect(quote).toHaveCSS('color', black);
    await expect(quote).toHaveCSS('border-left-color', black);
    await expect(page.locator('.lesson-body th').first()).toHaveCSS('background-color', white);
    await expect(page.locator('.lesson-body td').first()).toHaveCSS('border-top-color', black);
    await expect(page.locator('.lesson-body tr').first()).toHaveCSS('break-inside', 'avoid-page');
    await expect(page.locator('body')).toHaveCSS('background-color', white);
  });
}
