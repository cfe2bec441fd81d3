import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SEED } from './support/site';
import { buildFixture } from './support/build';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';

const SITE = 'https://handbook.example.com';

test.describe('copying a link to a section', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('every section heading has a copy-link control that copies the section’s shareable URL and says "Link copied"', async ({ page }) => {
    await page.goto(SEED);
    const controls = page.locator('.lesson-body a.anchor');
    await expect(controls).toHaveCount(7);
    const copy = page.getByRole('link', { name: 'Copy link to this section: Common mistakes' });
    await copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${SITE}/lessons/working-with-engineering/common-mistakes/`,
    );
    await expect(page.locator('#lb-announce')).toHaveText('Link copied');
    await expect(page).toHaveURL(new RegExp(`${SEED}$`)); // copying does not move the reader
  });

  test('the copy-link control is reachable and works by keyboard', async ({ page }) => {
    await page.goto(SEED);
    const copy = page.getByRole('link', { name: 'Copy link to this section: Why it matters' });
    await copy.focus();
    await expect(copy).toBeFocused();
    await expect(copy).toBeVisible();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${SITE}/lessons/working-with-engineering/why-it-matters/`,
    );
  });
});

test('without JavaScript each section link is a plain working link to the section', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(SEED);
  await page.getByRole('link', { name: 'Link to this section: In an enterprise' }).click();
  await expect(page).toHaveURL(/#in-an-enterprise$/);
  await expect(page.getByRole('heading', { name: 'In an enterprise' })).toBeInViewport();
  await context.close();
});

test('arriving by a section link marks the section, and Back returns to where the reader was', async ({ page }) => {
  await page.goto(SEED);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Common mistakes' }).click();
  await expect(page.locator('#common-mistakes')).toHaveCSS('outline-style', 'solid');
  await expect(page.locator('#why-it-matters')).toHaveCSS('outline-style', 'none');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${SEED}$`));
});

/** The Open Graph tags a chat app reads from a URL's HTML, without running it. */
async function preview(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = (property: string) =>
    new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(head)?.[1];
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(head)?.[1];
  return { headBytes: Buffer.byteLength(head), title: meta('og:title'), description: meta('og:description'), url: meta('og:url'), canonical, twitter: meta('twitter:card') };
}

test('a pasted section link previews that section: its title, the lesson and its opening sentence', async ({ page }) => {
  const card = await preview(page, '/lessons/working-with-engineering/why-it-matters/');
  expect(card.title).toBe('Why it matters — Working with engineering');
  expect(card.description).toBe('A PM controls almost nothing directly — you deliver through engineers who do not report to you.');
  expect(card.url).toBe(`${SITE}/lessons/working-with-engineering/why-it-matters/`);
  expect(card.canonical).toBe(`${SITE}/lessons/working-with-engineering/`);
  expect(card.twitter).toBe('summary');
  expect(card.headBytes).toBeLessThan(4096);
});

for (const javaScriptEnabled of [true, false]) {
  test(`opening a shared section link lands on the section in the lesson (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    await page.goto('/lessons/working-with-engineering/in-an-enterprise/');
    await expect(page).toHaveURL(/\/lessons\/working-with-engineering\/#in-an-enterprise$/);
    await expect(page.getByRole('heading', { name: 'In an enterprise' })).toBeInViewport();
    await context.close();
  });
}

test('every page has a canonical link and Open Graph and Twitter tags', async ({ page }) => {
  for (const url of ['/', SEED, '/lessons/estimates-and-trade-offs/']) {
    const card = await preview(page, url);
    expect(card.canonical).toBe(`${SITE}${url}`);
    expect(card.title).toBeTruthy();
    expect(card.description).toBeTruthy();
    expect(card.url).toBe(`${SITE}${url}`);
  }
});

test('sitemap.xml lists the home page and every lesson, and robots.txt points to it', async ({ page }) => {
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toEqual([
    `${SITE}/`,
    `${SITE}/lessons/working-with-engineering/`,
    `${SITE}/lessons/turning-requests-into-problems/`,
    `${SITE}/lessons/estimates-and-trade-offs/`,
  ]);
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});

test.describe('links that outlive a rename', () => {
  let site: StaticSite;
  let built: ReturnType<typeof buildFixture>;

  test.beforeAll(async () => {
    built = buildFixture('links', path.resolve('e2e/fixtures/links'));
    // The author renames "Pitfalls" and keeps the old anchor working with formerIds.
    const file = path.join(built.lessons, 'pitfalls.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('## Pitfalls', '## Traps to avoid <Section formerIds="pitfalls" />'),
    );
    const again = built.build();
    expect(again.status, again.output).toBe(0);
    site = await serveStatic(built.dist);
  });
  test.afterAll(() => site?.close());

  for (const javaScriptEnabled of [true, false]) {
    test(`after a heading is renamed, a link with its old id still lands on it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 800, height: 400 } });
      const page = await context.newPage();
      await page.goto(`${site.url}lessons/pitfalls/#pitfalls`);
      const heading = page.getByRole('heading', { name: 'Traps to avoid' });
      await expect(heading).toBeInViewport();
      await expect(page.locator('#traps-to-avoid')).toHaveCSS('outline-style', 'solid');
      // The old shareable URL still previews and lands on the section too.
      await page.goto(`${site.url}lessons/pitfalls/pitfalls/`);
      await expect(page).toHaveURL(/\/lessons\/pitfalls\/#traps-to-avoid$/);
      await expect(heading).toBeInViewport();
      await context.close();
    });
  }

  test('an old lesson URL takes the reader to the lesson, section included', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 400 });
    await page.goto(`${site.url}lessons/old-pitfalls/#closing-notes`);
    await expect(page).toHaveURL(/\/lessons\/pitfalls\/#closing-notes$/);
    await expect(page.getByRole('heading', { name: 'Closing notes' })).toBeInViewport();
  });

  test('an old lesson URL still reaches the lesson without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}lessons/old-pitfalls/`);
    await expect(page).toHaveURL(/\/lessons\/pitfalls\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pitfalls');
    await context.close();
  });
});
