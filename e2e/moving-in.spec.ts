/**
 * A handbook moving in as GitHub had it (tests/fixtures/moving-in): links with fragments in
 * other letter case, repeated headings, ids in the lessons' own HTML (`<th id>`, `<a id>`,
 * `<a name>`), frontmatter written for Jekyll, Docusaurus and just-the-docs, an empty file
 * and a draft. It builds with no edits, every such link lands in Chromium — with
 * JavaScript and without — and the pages are valid HTML.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildFixture, type Project } from './support/build';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';
import { checkHtml, formatMessages } from '../tests/support/nu';

test.describe.configure({ mode: 'default' });

let project: Project;
let hosted: StaticSite;
let buildOutput = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  project = buildFixture('moving-in', path.resolve('tests/fixtures/moving-in'));
  buildOutput = project.build().output;
  hosted = await serveStatic(project.dist);
});
test.afterAll(() => hosted?.close());

const url = (p = '/') => new URL(p, hosted.url).href;

/** Whether the element with `id` is at the top of the window, where following a link to it puts it. */
const landedOn = (page: Page, id: string) =>
  page.evaluate((id) => {
    const top = document.getElementById(id)?.getBoundingClientRect().top;
    return top !== undefined && top >= -2 && top < 200;
  }, id);

test('it builds with no edits: warnings for the repeated heading and the empty file, and one note on the frontmatter', () => {
  expect(buildOutput).toContain('people/leave.md:24: warning: section "FAQ": its words repeat the heading on line 15, so its anchor is #faq-1');
  expect(buildOutput).toContain('people/empty.md:1: warning: file: the file is empty, so its page has only the title "Empty"');
  expect(buildOutput).toMatch(/lessons: note: frontmatter: 3 lessons have fields written for other tools; read description as tagline \(2\)/);
  expect(buildOutput).toContain('2 warnings and 1 note in 3 files, nothing that stops the build');
  expect(buildOutput).not.toMatch(/\berror\b|Stack trace/i);
});

for (const javaScriptEnabled of [true, false]) {
  test(`links written for GitHub land on their heading or element, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({ browser }) => {
    test.setTimeout(90_000); // five pages and five clicks, on a machine the other tests share
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    const cases: [string, string, string][] = [
      ['The leave FAQ', '/lessons/leave/#faq', 'faq'],
      ['The second FAQ', '/lessons/leave/#faq-1', 'faq-1'],
      ['Level M3', '/lessons/levels/#m3', 'm3'],
      ['The old levels anchor', '/lessons/levels/#old-levels', 'old-levels'],
      ['Code tests', '/lessons/leave/#test_code', 'test_code'],
    ];
    for (const [name, to, id] of cases) {
      await page.goto(url('/lessons/guide/'));
      await page.getByRole('link', { name }).click();
      await expect(page).toHaveURL(url(to));
      await expect.poll(() => landedOn(page, id), name).toBe(true);
    }
    await context.close();
  });
}

test('a link in other letter case typed or pasted lands too, with JavaScript', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(url('/lessons/leave/#FAQ'));
  await expect(page).toHaveURL(url('/lessons/leave/#faq'));
  await expect.poll(() => landedOn(page, 'faq')).toBe(true);
  // An id written in HTML in capitals is its own anchor: `#FAQ` is not rewritten when it is there.
  await page.goto(url('/lessons/levels/#M3'));
  await expect(page).toHaveURL(url('/lessons/levels/#m3'));
});

test('an <a name> is an id on the page; an id a heading has is the heading’s', async ({ page }) => {
  await page.goto(url('/lessons/levels/'));
  await expect(page.locator('a[name]')).toHaveCount(0);
  await expect(page.locator('#old-levels')).toHaveCount(1);
  await expect(page.locator('[id="faq"]')).toHaveCount(0);
  await page.goto(url('/lessons/leave/'));
  await expect(page.locator('[id="faq"]')).toHaveCount(1);
  await expect(page.locator('section#faq-1 h2')).toHaveText('FAQ');
});

test('frontmatter written for other tools is read: tagline, order, date, old URLs; a draft is left out; an empty file is a page', async ({ page }) => {
  await page.goto(url('/lessons/leave/'));
  await expect(page.locator('.tagline')).toHaveText('How to take leave, and who to tell.');
  await expect(page.locator('.meta time')).toHaveAttribute('datetime', '2025-02-03');
  const moved = await page.request.get(url('/lessons/time-off/'));
  expect(moved.status()).toBe(200);
  expect(await moved.text()).toContain('/lessons/leave/');
  expect((await page.request.get(url('/lessons/draft/'))).status()).toBe(404);
  // On its part's page, nav_order 2 and sidebar_position 3 order the lessons; the empty file, with none, comes last; the draft is not there.
  await page.goto(url('/lessons/people/'));
  await expect(page.locator('.part-lessons .lesson-list > li > a')).toHaveText(['Leave of absence', 'Levels', 'Empty']);
  // A lesson's summary is its words, not the HTML anchor it opens with.
  await expect(page.locator('.part-lessons .lesson-list > li').nth(1).locator('.tagline')).not.toContainText('<a');
  await page.goto(url('/lessons/empty/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Empty');
});

test('the W3C Nu HTML checker finds no error in the lessons’ pages', async () => {
  test.setTimeout(120_000);
  const report = await checkHtml(path.join(project.dist, 'lessons'));
  for (const [file, messages] of report) {
    const errors = messages.filter((m) => m.type === 'error');
    expect(errors.length, `\n${formatMessages(file, errors)}\n`).toBe(0);
  }
});
