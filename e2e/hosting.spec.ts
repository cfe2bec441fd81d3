import path from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildFixture } from './support/build';
import { htmlFilesIn } from '../tests/quality/site.ts';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';

// The handbook hosted under a sub-path: the real lessons, built with a base path.
const SITE = 'https://docs.example.org';
const BASE = '/handbook/';

let site: StaticSite;
let out: string;

test.beforeAll(async () => {
  const built = buildFixture('hosting', path.resolve('lessons'), { site: SITE, base: BASE });
  out = built.dist;
  site = await serveStatic(out, BASE);
});
test.afterAll(() => site?.close());

const htmlFiles = (dir: string) => htmlFilesIn(dir).map((f) => path.join(dir, f));

test('under a sub-path, every link and asset on every page resolves', async ({ request }) => {
  const origin = new URL(site.url).origin;
  const checked = new Set<string>();
  for (const file of htmlFiles(out)) {
    const html = readFileSync(file, 'utf8');
    const page = new URL(`${BASE}${path.relative(out, file).replace(/index\.html$/, '')}`, origin);
    for (const [, url] of html.matchAll(/(?:href|src)="([^"#]*)(?:#[^"]*)?"/g)) {
      if (!url || /^(https?:|mailto:|data:)/.test(url)) continue;
      const target = new URL(url, page).href;
      if (checked.has(target)) continue;
      checked.add(target);
      expect(new URL(target).pathname.startsWith(BASE), `${url} on ${page.pathname} leaves ${BASE}`).toBe(true);
      const response = await request.get(target);
      expect(response.status(), `${url} on ${page.pathname}`).toBe(200);
    }
  }
  // the home page, the three lessons and the stylesheets at least (the shared one, plus the
  // print and search pages' own)
  expect([...checked].filter((u) => u.endsWith('.css')).length).toBeGreaterThanOrEqual(1);
  expect([...checked].filter((u) => /\/lessons\/[^/]+\/$/.test(u))).toHaveLength(3);
});

test('under a sub-path, canonical, Open Graph and sitemap URLs include it', async ({ request }) => {
  const lesson = await (await request.get(`${site.url}lessons/working-with-engineering/`)).text();
  expect(lesson).toContain(`<link rel="canonical" href="${SITE}${BASE}lessons/working-with-engineering/">`);
  expect(lesson).toContain(`<meta property="og:url" content="${SITE}${BASE}lessons/working-with-engineering/">`);
  expect(lesson).toContain(`data-section-page="${SITE}${BASE}lessons/working-with-engineering/common-mistakes/"`);
  const sitemap = await (await request.get(`${site.url}sitemap.xml`)).text();
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(loc!.startsWith(`${SITE}${BASE}`)).toBe(true);
  const robots = await (await request.get(`${site.url}robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
});

test.describe('reading under a sub-path', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a reader goes from the home page to a lesson, copies a section link and follows it', async ({ page }) => {
    await page.goto(site.url);
    await page.locator('.lesson-list').getByRole('link', { name: 'Working with engineering' }).click();
    await expect(page).toHaveURL(`${site.url}lessons/working-with-engineering/`);
    // styles loaded: the short version has its own background
    // (a retrying assertion: the URL changes before the new page's stylesheet has arrived)
    await expect(page.locator('#short-version')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await page.getByRole('link', { name: 'Copy link to this section: Common mistakes' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${SITE}${BASE}lessons/working-with-engineering/common-mistakes/`);
    await page.goto(copied.replace(SITE, new URL(site.url).origin));
    await expect(page).toHaveURL(`${site.url}lessons/working-with-engineering/#common-mistakes`);
    await page.getByRole('link', { name: /Next lesson/ }).click();
    await expect(page).toHaveURL(`${site.url}lessons/turning-requests-into-problems/`);
  });

  test('a link between lessons inside a lesson’s text respects the sub-path', async ({ page }) => {
    await page.goto(`${site.url}lessons/turning-requests-into-problems/`);
    const link = page.locator('.lesson-body a[href*="/lessons/"]').first();
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${BASE}lessons/`));
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).not.toHaveTitle(/Page not found/);
  });
});
