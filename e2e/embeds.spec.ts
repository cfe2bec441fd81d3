/**
 * Real lessons under the strict policy: a handbook whose lessons embed what handbooks written
 * for GitHub embed (tests/fixtures/embeds: remote images in Markdown and HTML, srcset and
 * <picture>, a video with a poster, YouTube- and Loom-like iframes, an <object data> SVG,
 * style attributes, a lesson's own script file), with "the internet" served from 127.0.0.1
 * (tests/support/remote.ts). In Chromium every image shows, the policy is not violated once,
 * and no page asks an origin its lessons do not name; axe, the Nu HTML checker, the
 * layout-shift comparison and the page-weight budgets hold as on every other page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';
import { checkHtml, formatMessages } from '../tests/support/nu.ts';
import type { Project } from '../tests/support/project';
import { remoteHandbook, type RemoteHandbook, type RemoteServer } from '../tests/support/remote';
import { pageWeight } from '../tests/quality/weight';
import { axe } from './support/axe';

test.describe.configure({ mode: 'default' });

/** The pages that show lessons' content, and the lesson files each shows. */
const PAGES: Record<string, string[]> = {
  'lessons/remote-media/index.html': ['remote-media.md'],
  'lessons/embeds/index.html': ['embeds.md'],
  'lessons/plain/index.html': ['plain.md'],
  'print/index.html': ['remote-media.md', 'embeds.md', 'plain.md'],
  'index.html': [],
};

let remote: RemoteHandbook;
let bucket: RemoteServer;
let player: RemoteServer;
let project: Project;
let hosted: StaticSite;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  remote = await remoteHandbook('embeds-e2e');
  ({ project, bucket, player } = remote);
  const built = project.build();
  expect(built.status, built.output).toBe(0);
  hosted = await serveStatic(project.dist);
});
test.afterAll(async () => {
  await hosted?.close();
  await remote?.close();
});

const url = (file: string) => `${hosted.url}${file.replace(/index\.html$/, '')}`;

/** The origins a page's lessons name: every http(s) URL written in them. */
function namedOrigins(file: string): Set<string> {
  const origins = new Set<string>();
  for (const lesson of PAGES[file]!) {
    for (const m of readFileSync(path.join(project.lessons, lesson), 'utf8').matchAll(/https?:\/\/[^\s"'<>)]+/g)) origins.add(new URL(m[0]).origin);
  }
  return origins;
}

/** Opens a page, recording requests, policy violations (page and frames) and errors. */
async function visit(page: Page, file: string) {
  const violations: string[] = [];
  const requests: string[] = [];
  const problems: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
  });
  await page.goto(url(file));
  await page.waitForLoadState('networkidle');
  return { violations, requests, problems };
}

for (const file of Object.keys(PAGES)) {
  test(`${file}: every image shows, the policy is not violated once, and no origin its lessons do not name is asked`, async ({ page }) => {
    test.setTimeout(90_000);
    const seen = await visit(page, file);
    const broken = await page.evaluate(() =>
      [...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.currentSrc || img.src),
    );
    expect(broken, 'images that did not show').toEqual([]);
    expect(await page.title()).not.toMatch(/not found/i);
    if (PAGES[file]!.includes('remote-media.md')) expect(await page.evaluate(() => document.images.length)).toBeGreaterThanOrEqual(4);
    const objects = await page.evaluate(() => [...document.querySelectorAll('object')].map((o) => !!o.contentDocument || o.clientWidth > 0));
    expect(objects.every(Boolean)).toBe(true);
    expect(seen.violations).toEqual([]);
    expect(seen.problems).toEqual([]);
    const allowed = new Set([new URL(hosted.url).origin, ...namedOrigins(file)]);
    const foreign = seen.requests.filter((r) => !r.startsWith('data:') && !allowed.has(new URL(r).origin));
    expect(foreign, 'requests to origins the lessons do not name').toEqual([]);
    if (PAGES[file]!.includes('remote-media.md')) expect(seen.requests.some((r) => r.startsWith(bucket.origin))).toBe(true);
  });
}

test('the embedded players load, the lesson’s own script runs, and the styled caption keeps its style', async ({ page }) => {
  test.setTimeout(90_000);
  const seen = await visit(page, 'lessons/embeds/index.html');
  const frames = page.frames().filter((f) => f.url().startsWith(player.origin));
  expect(frames.length).toBe(2);
  for (const frame of frames) await expect(frame.locator('p')).toContainText('A player for');
  await expect(page.locator('[data-counter]')).toHaveText(/This lesson has \d+ paragraphs\./);
  expect(seen.violations).toEqual([]);
  await page.goto(url('lessons/remote-media/index.html'));
  await expect(page.locator('p[align="center"]')).toHaveCSS('text-align', 'center');
  await expect(page.locator('p[align="center"]')).toHaveCSS('font-style', 'italic');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG A/AA violation on the pages with embeds (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const file of Object.keys(PAGES)) {
      await page.goto(url(file));
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const { violations } = await axe(page).analyze();
      expect(violations.map((v) => `${file}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
}

/** Where the header ends and the content starts, with scripts off or on. */
async function layout(browser: Browser, width: number, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
  const page = await context.newPage();
  const boxes: Record<string, string> = {};
  for (const file of Object.keys(PAGES)) {
    await page.goto(url(file));
    await page.waitForLoadState('networkidle');
    boxes[file] = await page.evaluate(() => {
      const r = document.querySelector('.site-header')!.getBoundingClientRect();
      const media = [...document.querySelectorAll('.lesson-body img, .lesson-body iframe, .lesson-body object, .lesson-body video')].map((e) => Math.round(e.getBoundingClientRect().top));
      return `header ${Math.round(r.top)}+${Math.round(r.height)}, content from ${Math.round(document.querySelector('main')!.getBoundingClientRect().top)}, media at ${media.join(' ')}`;
    });
  }
  await context.close();
  return boxes;
}

for (const width of [320, 1024]) {
  test(`at ${width} px, running the scripts moves nothing, embeds included`, async ({ browser }) => {
    test.setTimeout(180_000);
    expect(await layout(browser, width, true)).toEqual(await layout(browser, width, false));
  });
}

test('the Nu HTML checker finds no error, and every page keeps within the JavaScript and CSS budgets', async () => {
  test.setTimeout(180_000);
  const report = await checkHtml(project.dist);
  for (const file of Object.keys(PAGES)) {
    const errors = (report.get(file) ?? []).filter((m) => m.type === 'error');
    expect(errors.length, formatMessages(file, errors)).toBe(0);
    const weight = pageWeight(project.dist, file);
    expect(weight.jsGz, `${file}: JavaScript, gzipped`).toBeLessThanOrEqual(3 * 1024);
    expect(weight.cssGz, `${file}: CSS, gzipped`).toBeLessThanOrEqual(12 * 1024);
  }
});
