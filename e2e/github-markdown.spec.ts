/**
 * What GitHub shows in a lesson, read in real Chromium: alerts as labelled callouts, code
 * highlighted by classes the stylesheet colours, footnotes that go to their note and back,
 * `:emoji:` as emoji — light and dark, with no accessibility violation and no breach of the
 * pages' Content-Security-Policy, and on paper. Built from tests/fixtures/github-markdown as a
 * project of its own.
 */
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildFixture } from './support/build';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';
import { axe } from './support/axe';

const LESSON = 'lessons/shipping-safely/';
const KINDS = ['Note', 'Tip', 'Important', 'Warning', 'Caution'];

test.describe.configure({ mode: 'default' });
// axe takes its time on a page of highlighted code when the machine is busy.
test.setTimeout(120_000);

let site: StaticSite;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const built = buildFixture('github-markdown', path.resolve('tests/fixtures/github-markdown'));
  site = await serveStatic(built.dist);
});
test.afterAll(() => site?.close());

const color = (locator: Locator, property = 'color') => locator.first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

const violations = async (page: Page) =>
  (await axe(page).analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

/** Opens `url`, counting the policy violations the page reports. */
async function open(page: Page, url: string): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as unknown as { breaches: string[] }).breaches = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { breaches: string[] }).breaches.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(site.url + url);
  return () => page.evaluate(() => (window as unknown as { breaches: string[] }).breaches);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`alerts, highlighted code and footnotes pass axe, and break no policy (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const breaches = await open(page, LESSON);
    await expect(page.locator('.token.keyword').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(await breaches()).toEqual([]);
  });

  test(`each alert is a note labelled with its kind, in a colour of its own (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, LESSON);
    const notes = page.getByRole('note');
    await expect(notes).toHaveCount(KINDS.length);
    const colours = new Set<string>();
    for (const [i, kind] of KINDS.entries()) {
      const note = notes.nth(i);
      // The label is the first thing a screen reader reads in it.
      await expect(note.locator('.callout-title')).toHaveText(kind);
      expect((await note.innerText()).startsWith(kind)).toBe(true);
      await expect(note).toHaveCSS('border-left-style', 'solid');
      const border = await color(note, 'border-left-color');
      expect(await color(note.locator('.callout-title'))).toBe(border);
      colours.add(border);
    }
    expect(colours.size).toBe(KINDS.length);
    // A quote that is not an alert stays a quote.
    await expect(page.locator('.lesson-body blockquote')).toHaveText('Move fast, and keep the lights on.');
  });

  test(`code is coloured by token, from the stylesheet, with no style attribute (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, LESSON);
    const ts = page.locator('code.language-ts');
    const plain = await color(ts);
    for (const token of ['keyword', 'string', 'comment', 'function', 'number']) {
      const found = page.locator(`.lesson-body pre .token.${token}`);
      await expect(found.first(), `a ${token} token`).toBeVisible();
      expect(await color(found), `the colour of a ${token}`).not.toBe(plain);
    }
    expect(await page.locator('.lesson-body [style]').count()).toBe(0);
    for (const lang of ['sh', 'html', 'css', 'diff', 'python', 'yaml']) expect(await page.locator(`code.language-${lang} .token`).count(), lang).toBeGreaterThan(0);
  });
}

test('the light and dark themes colour code differently', async ({ page }) => {
  await open(page, LESSON);
  const keyword = page.locator('.token.keyword').first();
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await color(keyword);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => color(keyword)).not.toBe(light);
});

test('a footnote mark goes to its note, and the note’s back-link returns, by keyboard', async ({ page }) => {
  await open(page, LESSON);
  const mark = page.locator('#short-version [data-footnote-ref]').first();
  await expect(mark).toHaveText('1');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#user-content-fn-flags$/);
  const note = page.locator('#user-content-fn-flags');
  await expect(note).toBeInViewport();
  await expect(note).toContainText('A flag is a switch in config, not in code.');
  const back = note.getByRole('link', { name: 'Back to reference 1' });
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#user-content-fnref-flags$/);
  await expect(mark).toBeInViewport();
  // A note referred to twice links back to both places.
  await expect(page.locator('#user-content-fn-rollback [data-footnote-backref]')).toHaveCount(2);
  // The notes' heading is for screen readers: there, not shown.
  await expect(page.getByRole('heading', { name: 'Footnotes' })).toHaveCount(1);
  expect(await page.locator('#footnote-label').boundingBox().then((b) => b!.width * b!.height)).toBeLessThanOrEqual(1);
});

test('emoji shortcodes show as emoji', async ({ page }) => {
  await open(page, LESSON);
  await expect(page.locator('.lesson-intro')).toContainText('Written for GitHub first 🚀, and read here the same way.');
  await expect(page.locator('#common-mistakes')).toContainText('A flag that never goes away 🗑️.');
});

test('in the one-page handbook every id is unique, and footnotes still go to their note', async ({ page }) => {
  const breaches = await open(page, 'print/');
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  await page.locator('[data-footnote-ref]').first().click();
  await expect(page).toHaveURL(/#shipping-safely--user-content-fn-flags$/);
  await expect(page.locator('#shipping-safely--user-content-fn-flags')).toBeInViewport();
  expect(await violations(page)).toEqual([]);
  expect(await breaches()).toEqual([]);
});

test('in the handbook in short, a footnote mark goes to its note on the lesson’s page', async ({ page }) => {
  await open(page, 'in-short/');
  const mark = page.locator('[data-footnote-ref]').first();
  await expect(mark).toHaveAttribute('href', `/${LESSON}#user-content-fn-flags`);
  expect(await mark.getAttribute('aria-describedby')).toBeNull();
  expect(await violations(page)).toEqual([]);
});

test('printed, each alert keeps its label and rule, and is not split across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, LESSON);
  await page.emulateMedia({ media: 'print' });
  const note = page.getByRole('note').first();
  await expect(note).toHaveCSS('break-inside', 'avoid-page');
  await expect(note).toHaveCSS('border-left-style', 'solid');
  await expect(note.locator('.callout-title')).toBeVisible();
  // On paper the light colours print, whatever the screen's theme: dark text on white.
  await expect(page.locator('.lesson-body pre').first()).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.locator('.token.keyword').first()).toHaveCSS('color', 'rgb(207, 34, 46)');
});
