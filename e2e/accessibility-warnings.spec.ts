/**
 * The check's accessibility warnings are the gate's failures, seen early: the lessons of
 * tests/fixtures/check/github-content, built and read by axe-core in Chromium. On the lesson
 * the check warns about, axe finds exactly the kinds of violation the warnings name, on the
 * elements they name; on the lesson it says nothing about, axe finds none.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkHandbook } from '../src/check/index.ts';
import { buildFixture } from './support/build';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';
import { axe } from './support/axe';

const FIXTURE = path.resolve('tests/fixtures/check/github-content');

test.describe.configure({ mode: 'default' });
test.setTimeout(120_000);

let site: StaticSite;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const built = buildFixture('accessibility-warnings', FIXTURE);
  site = await serveStatic(built.dist);
});
test.afterAll(() => site?.close());

/** axe's violations on `url`, as rule id → the number of elements; nothing leaves 127.0.0.1 (the frames' remote pages are not fetched). */
async function violations(page: Page, url: string): Promise<Record<string, number>> {
  await page.route((u) => u.hostname !== '127.0.0.1', (route) => route.abort());
  await page.goto(site.url + url);
  const found = (await axe(page).include('.lesson-body').analyze()).violations;
  return Object.fromEntries(found.map((v) => [v.id, v.nodes.length]));
}

/** The check's accessibility warnings for one lesson, by the rule axe applies to what each names. */
function warnings(file: string): Record<string, number> {
  const rule = (field: string) =>
    field.startsWith('image ') || field.startsWith('<img') ? 'image-alt' : field.startsWith('<iframe') ? 'frame-title' : field.startsWith('<object') ? 'object-alt' : 'link-name';
  const counts: Record<string, number> = {};
  for (const p of checkHandbook(FIXTURE).problems) {
    if (p.severity === 'warning' && path.basename(p.file) === file) counts[rule(p.field)] = (counts[rule(p.field)] ?? 0) + 1;
  }
  return counts;
}

for (const [file, slug] of [['unreadable.md', 'unreadable'], ['unreadable-mdx.mdx', 'unreadable-mdx']]) {
  test(`${file}: axe fails the page on what the check warned of, and only that`, async ({ page }) => {
    const axe = await violations(page, `lessons/${slug}/`);
    const check = warnings(file);
    expect(Object.keys(axe).sort()).toEqual(['frame-title', 'image-alt', 'link-name', 'object-alt']);
    // Every element axe fails was warned of. The check warns of two images axe lets pass:
    // `![](x.png)` renders alt="" (decoration, to axe), as does the badge inside its link.
    for (const rule of ['frame-title', 'link-name', 'object-alt']) expect(check[rule], rule).toBe(axe[rule]);
    expect(check['image-alt']).toBe(axe['image-alt']! + 2);
  });
}

test('a lesson the check says nothing about passes axe', async ({ page }) => {
  expect(warnings('fine.md')).toEqual({});
  expect(await violations(page, 'lessons/fine/')).toEqual({});
});
