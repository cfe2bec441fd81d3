import { expect, test } from '@playwright/test';
import { SEED } from './support/site';

const seedSections = [
  ['short-version', 'The short version'],
  ['why-it-matters', 'Why it matters'],
  ['how-to', 'How to be a partner engineers trust'],
  ['common-mistakes', 'Common mistakes'],
  ['in-a-startup', 'In a startup'],
  ['in-an-enterprise', 'In an enterprise'],
  ['quick-check', 'Quick check'],
] as const;

test('every section of the seed lesson is present, in order, with its id', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Working with engineering');
  await expect(page.locator('.lesson-header .tagline')).toHaveText('Earning trust with the people who actually build it.');
  const found = await page.locator('.lesson-body section').evaluateAll((sections) =>
    sections.map((s) => [s.id, s.querySelector('h2')?.textContent?.trim()]),
  );
  expect(found).toEqual(seedSections.map(([id, title]) => [id, title]));
});

test('each section is a labelled region with a visible link to itself', async ({ page }) => {
  await page.goto(SEED);
  for (const [id, title] of seedSections) {
    await expect(page.getByRole('region', { name: title })).toHaveAttribute('id', id);
    const anchor = page.locator(`#${id} .anchor`);
    await expect(anchor).toBeVisible();
    await expect(anchor).toHaveAttribute('href', `#${id}`);
  }
});

test('a link to #common-mistakes brings Common mistakes into view', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`${SEED}#common-mistakes`);
  const heading = page.getByRole('heading', { name: 'Common mistakes' });
  await expect(heading).toBeInViewport();
  await expect(page.locator('.lesson-header h1')).not.toBeInViewport();
});

test('the on-page contents lists every section and each entry jumps to it', async ({ page }) => {
  await page.goto(SEED);
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('link')).toHaveText(seedSections.map(([, title]) => title));
  await contents.getByRole('link', { name: 'In an enterprise' }).click();
  await expect(page).toHaveURL(/#in-an-enterprise$/);
  await expect(page.getByRole('heading', { name: 'In an enterprise' })).toBeInViewport();
});

test('the short version stands out from the sections after it', async ({ page }) => {
  await page.goto(SEED);
  const short = await page.locator('#short-version').evaluate((el) => getComputedStyle(el).backgroundColor);
  const why = await page.locator('#why-it-matters').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(short).not.toBe(why);
});

test('"In a startup" and "In an enterprise" sit side by side on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(SEED);
  const a = await page.locator('#in-a-startup').boundingBox();
  const b = await page.locator('#in-an-enterprise').boundingBox();
  expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x).toBe(true);
});

test('previous and next lesson links walk the handbook in order', async ({ page }) => {
  await page.goto('/');
  const titles = await page.locator('.lesson-list a').allTextContents();
  await page.locator('.lesson-list a').first().click();
  for (const title of titles.slice(1)) {
    await page.getByRole('link', { name: /Next lesson/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  await expect(page.getByRole('link', { name: /Next lesson/ })).toHaveCount(0);
  await page.getByRole('link', { name: /Previous lesson/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.at(-2)!);
});
