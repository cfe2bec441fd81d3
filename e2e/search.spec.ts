import { expect, test } from '@playwright/test';
import { builtPages, distDir } from './support/site';
import { collectDocs } from '../src/write/search-index';
import { PHRASE, TARGET, box, dialog, results, search } from './support/search';
import { axe } from './support/axe';

test('the phrase used below is in one section of one lesson, and each of its words in others too', () => {
  const { lessons, docs } = collectDocs(distDir);
  const holding = docs.filter((d) => d.text.toLowerCase().includes(PHRASE));
  expect(holding.map((d) => [lessons[d.l]![0], d.s])).toEqual([[TARGET.lesson, TARGET.section]]);
  for (const word of PHRASE.split(' ')) {
    expect(docs.filter((d) => new RegExp(`\\b${word}\\b`, 'i').test(d.text)).length, word).toBeGreaterThan(1);
  }
});

test('every page has the search control, and the / key opens search on it', async ({ page }) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(3);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'Search' }), path).toHaveAttribute('href', '/search/');
    await page.keyboard.press('/');
    await expect(box(page), path).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page), path).toBeHidden();
  }
});

test('the search code and index load only when search is opened, and only what the query needs, within the page’s security policy', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('/lessons/estimates-and-trade-offs/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((p) => p.startsWith('/search/'))).toEqual([]);
  await page.evaluate(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(box(page)).toBeFocused();
  await box(page).fill('estimate');
  await expect(results(page).first()).toBeVisible();
  // all of the results, not only the first few that show first
  await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('aria-busy', 'false');
  // the dialog, the manifest, every section's lengths, the words from "estimate" on, and the text of the sections shown
  const searchFiles = () => loaded.filter((p) => p.startsWith('/search/'));
  await expect.poll(() => searchFiles().filter((p) => !/^\/search\/(terms|text)\//.test(p)).sort()).toEqual([
    '/search/docs.js',
    '/search/index.js',
    '/search/search.css',
    '/search/search.js',
  ]);
  expect(searchFiles().filter((p) => p.startsWith('/search/terms/')).length).toBeGreaterThan(0);
  // the text files hold four sections each: no more of them than results, and no file twice
  const texts = searchFiles().filter((p) => p.startsWith('/search/text/'));
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.length).toBeLessThanOrEqual(await results(page).count());
  expect(new Set(texts).size).toBe(texts.length);
  // and all of it within the page's Content-Security-Policy
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('a phrase from one section finds that section first, and its result lands on the section', async ({ page }) => {
  await page.goto('/');
  await search(page, PHRASE);
  const first = results(page).first();
  await expect(first.locator('.lb-search-title')).toHaveText(TARGET.title);
  await expect(first.locator('.lb-search-lesson')).toHaveText('Working with engineering');
  // the snippet shows the words where they are, marked
  await expect(first.locator('.lb-search-snippet')).toContainText('system health until');
  await expect(first.locator('mark')).toHaveText(['system', 'health', 'until']);
  await first.click();
  await expect(page).toHaveURL(`/lessons/${TARGET.lesson}/#${TARGET.section}`);
  await expect(page.locator(`#${TARGET.section}-title`)).toBeInViewport();
  await expect(dialog(page)).toBeHidden();
});

test('a typo still finds the section', async ({ page }) => {
  await page.goto('/');
  await search(page, 'malicious complience');
  await expect(results(page).first().locator('.lb-search-title')).toHaveText('Why it matters');
  await expect(results(page).first().locator('mark')).toHaveText(['malicious', 'compliance']);
});

test('keyboard only: open, type, move with the arrows, close with Escape, open a result with Enter', async ({ page }) => {
  await page.goto('/lessons/estimates-and-trade-offs/');
  const control = page.getByRole('link', { name: 'Search' });
  // Tab to the control (after the skip link and the handbook's name) and open it with Enter.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(control).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('estimate');
  const status = page.locator('#lb-search-status');
  // Every keystroke marks the list busy until that query's results are all shown: a slow
  // machine may show a shorter query's results in between, which the reader's arrows would race.
  await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('aria-busy', 'false');
  await expect(status).toHaveText(/^\d+ results\.$/);
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', 'lb-search-option-0');
  await expect(results(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', 'lb-search-option-1');
  await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(results(page).nth(0)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', 'lb-search-option-0');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(control).toBeFocused();

  // `/` opens it again with the last query selected, so typing replaces it.
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type(PHRASE);
  await expect(box(page)).toHaveValue(PHRASE);
  await expect(status).toHaveText(/^\d+ results? with every word, then \d+ with some of them\.$/);
  await expect(results(page).first().locator('.lb-search-title')).toHaveText(TARGET.title);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/lessons/${TARGET.lesson}/#${TARGET.section}`);
  await expect(page.locator(`#${TARGET.section}-title`)).toBeInViewport();
});

test('what is typed right after /, while search is still loading, lands in the search box', async ({ page }) => {
  await page.goto('/lessons/estimates-and-trade-offs/');
  await page.keyboard.press('/');
  await page.keyboard.type(PHRASE); // no waiting for the dialog
  await expect(box(page)).toHaveValue(PHRASE);
  await expect(results(page).first().locator('.lb-search-title')).toHaveText(TARGET.title);
});

test('sections with every word of the query come first; those with only some come after, under a note that says so', async ({ page }) => {
  await page.goto('/');
  await search(page, PHRASE);
  const list = page.getByRole('listbox', { name: 'Search results' });
  await expect(list.getByRole('group', { name: 'Every word' }).getByRole('option').first().locator('.lb-search-title')).toHaveText(TARGET.title);
  await expect(list.locator('.lb-search-note')).toHaveText('Only some of the words:');
  expect(await list.getByRole('group', { name: 'Only some of the words' }).getByRole('option').count()).toBeGreaterThan(0);

  await page.getByRole('combobox', { name: 'Search the handbook' }).fill('estimate zzqxv');
  await expect(page.locator('#lb-search-status')).toHaveText(/^No section has every word of “estimate zzqxv”; \d+ sections? ha(s|ve) some of them\.$/);
  await expect(list.locator('.lb-search-note')).toHaveText('No section has every word; these have some of them:');
});

test('a query with no match says so, and nothing is offered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Search' }).click();
  await box(page).fill('zzqxv');
  await expect(page.locator('#lb-search-status')).toHaveText('No results for “zzqxv”.');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(results(page)).toHaveCount(0);
});

test('without JavaScript the search control leads to a full index of lessons and their sections', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/estimates-and-trade-offs/');
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL('/search/');
  const { lessons, docs } = collectDocs(distDir);
  for (const [slug, title] of lessons) {
    await expect(page.locator('main').getByRole('link', { name: title, exact: true })).toHaveAttribute('href', `/lessons/${slug}/`);
  }
  for (const doc of docs) {
    await expect(page.locator(`main a[href="/lessons/${lessons[doc.l]![0]}/#${doc.s}"]`)).toHaveText(doc.title);
  }
  await page.locator(`main a[href="/lessons/${TARGET.lesson}/#${TARGET.section}"]`).click();
  await expect(page.locator(`#${TARGET.section}-title`)).toBeInViewport();
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG A/AA violation with the search dialog open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/lessons/working-with-engineering/');
    await search(page, 'estimate');
    await page.keyboard.press('ArrowDown');
    const { violations } = await axe(page).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('the search dialog fits a 320 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/lessons/working-with-engineering/');
  await search(page, 'estimate');
  const box = await dialog(page).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // the results scroll inside the dialog, which stays on screen
  expect(box!.y + box!.height).toBeLessThanOrEqual(640);
  await expect(page.getByRole('button', { name: 'Close' })).toBeInViewport();
});
