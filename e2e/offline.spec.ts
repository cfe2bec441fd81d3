/**
 * Reading offline: the export of the real handbook (`npm run export`, made from dist/ by
 * `npm test`), opened from disk in Chromium with the network cut. Every page of the offline
 * copy, each single-file lesson copied alone into an empty folder, the one-page handbook
 * and the PDF printed from it.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import yauzl from 'yauzl';
import { checkLinks, formatBroken } from '../tests/support/links';
import { checkHtml, formatMessages } from '../tests/support/nu';
import { buildFixture } from './support/build';
import { ensureExport, fileUrl, hostedRoot, htmlFiles, loadedResources, offlineReader } from './support/offline';

const dir = ensureExport();
const copy = path.join(dir, 'handbook');
const home = fileUrl(path.join(copy, 'index.html'));
const lessonFile = (slug: string) => fileUrl(path.join(copy, 'lessons', slug, 'index.html'));
const ESTIMATES = 'estimates-and-trade-offs';
const single = '#quiz-estimate-too-long';

/** The lessons in reading order, as the offline home page lists them. */
function lessonTitles(): string[] {
  const html = readFileSync(path.join(copy, 'index.html'), 'utf8');
  const list = html.slice(html.indexOf('class="lesson-list"'));
  return [...list.matchAll(/<a href="lessons\/[^"]+\/index\.html">([^<]+)<\/a>/g)].map((m) => m[1]!);
}

/**
 * A reader reads the feedback before moving on. Following a link within the same
 * millisecond as a localStorage write can lose the write in Chromium (its renderer hands
 * writes to the storage service asynchronously); no reader clicks that fast.
 */
const HUMAN_PAUSE = 250;

async function answerEstimateQuestion(page: Page, question = single) {
  const q = page.locator(question);
  await q.getByRole('radio', { name: /what drives the estimate/ }).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.quiz-result')).toContainText('Correct.');
}

test('every page of the offline copy opens from disk with no failed request, no error, its styles and images', async ({ browser }) => {
  const reader = await offlineReader(browser);
  const pages = htmlFiles(copy);
  expect(pages).toEqual(expect.arrayContaining(['index.html', 'print/index.html', `lessons/${ESTIMATES}/index.html`]));
  for (const file of pages) {
    await reader.page.goto(fileUrl(path.join(copy, file)));
    const loaded = await loadedResources(reader.page);
    expect(loaded.sheets, `${file} has no stylesheet`).toBeGreaterThan(0);
    expect(loaded.missingSheets, `${file}: stylesheets that did not load`).toEqual([]);
    expect(loaded.brokenImages, `${file}: images that did not load`).toEqual([]);
  }
  expect(reader.problems).toEqual([]);
  await reader.close();
});

test('every link of the offline copy names a file that exists (never a folder) and every #section is there', () => {
  const report = checkLinks(copy, { mode: 'file' });
  expect(report.broken, formatBroken(report.broken)).toEqual([]);
  expect(report.links).toBeGreaterThan(50);
  expect(report.fragments).toBeGreaterThan(20);
  for (const file of htmlFiles(copy)) {
    const html = readFileSync(path.join(copy, file), 'utf8');
    expect(html, `${file} loads a module script by URL, which file:// refuses`).not.toMatch(/<script[^>]*type="module"[^>]*\ssrc=/);
  }
});

test('a reader clicks from the home page to a lesson, to a section, to the next lesson and home again, all from disk', async ({ browser }) => {
  const reader = await offlineReader(browser);
  const { page } = reader;
  await page.goto(home);
  const titles = lessonTitles();
  await page.locator('.lesson-list').getByRole('link', { name: titles[0] }).click();
  await expect(page).toHaveURL(/\/lessons\/[^/]+\/index\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[0]!);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Common mistakes' }).click();
  await expect(page).toHaveURL(/index\.html#common-mistakes$/);
  await expect(page.locator('#common-mistakes')).toBeInViewport();
  await page.getByRole('link', { name: /Next lesson/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[1]!);
  await page.locator('.site-title').click();
  await expect(page).toHaveURL(home);
  expect(reader.problems).toEqual([]);
  await reader.close();
});

test('a link in a lesson to another lesson lands on that lesson from disk', async ({ browser }) => {
  const reader = await offlineReader(browser);
  await reader.page.goto(lessonFile(ESTIMATES));
  await reader.page.getByRole('link', { name: 'crisp problem', exact: true }).click();
  await expect(reader.page).toHaveURL(lessonFile('turning-requests-into-problems'));
  await expect(reader.page.getByRole('heading', { level: 1 })).toHaveText('Turning a request into a crisp problem');
  expect(reader.problems).toEqual([]);
  await reader.close();
});

test('the theme switch works from disk and the next page opens in the chosen theme', async ({ browser }) => {
  const reader = await offlineReader(browser);
  const { page } = reader;
  await page.goto(home);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  const before = await toggle.getAttribute('aria-pressed');
  await toggle.click();
  const chosen = before === 'true' ? 'light' : 'dark';
  await expect(page.locator('html')).toHaveAttribute('data-theme', chosen);
  await page.waitForTimeout(HUMAN_PAUSE);
  await page.locator('.lesson-list').getByRole('link', { name: lessonTitles()[0] }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', chosen);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', String(chosen === 'dark'));
  expect(reader.problems).toEqual([]);
  await reader.close();
});

test('the quiz works from disk and remembers progress across pages, the one-page handbook included', async ({ browser }) => {
  const reader = await offlineReader(browser);
  const { page } = reader;
  await page.goto(lessonFile(ESTIMATES));
  await answerEstimateQuestion(page);
  await page.waitForTimeout(HUMAN_PAUSE);
  await page.locator('.site-title').click();
  await page.locator('.lesson-list').getByRole('link', { name: 'Estimates and trade-offs' }).click();
  await expect(page.locator(single).locator('.quiz-result')).toContainText('Correct.');
  await expect(page.locator(single).getByRole('radio', { name: /what drives the estimate/ })).toBeChecked();
  await expect(page.locator('.quiz-score').first()).toContainText('You have checked 1 of');
  await page.goto(fileUrl(path.join(copy, 'print', 'index.html')));
  await expect(page.locator(`#${ESTIMATES}--quiz-estimate-too-long .quiz-result`)).toContainText('Correct.');
  expect(reader.problems).toEqual([]);
  await reader.close();
});

test('a single-file lesson copied alone into an empty folder is styled, its anchors land and its quiz works', async ({ browser }) => {
  const lonely = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-single-'));
  const file = path.join(lonely, `${ESTIMATES}.html`);
  copyFileSync(path.join(dir, 'single', `${ESTIMATES}.html`), file);
  expect(readdirSync(lonely)).toEqual([`${ESTIMATES}.html`]);

  const reader = await offlineReader(browser);
  const { page } = reader;
  await page.goto(fileUrl(file));
  expect(reader.requests, 'the file asked for something besides itself').toEqual([fileUrl(file)]);
  const loaded = await loadedResources(page);
  expect(loaded.sheets).toBeGreaterThan(0);
  const shortVersion = page.locator('.section--short-version');
  await expect(shortVersion).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)'); // the handbook's styles are in the file
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Quick check' }).click();
  await expect(page.locator('#quick-check')).toBeInViewport();
  await answerEstimateQuestion(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);

  await expect(page.locator('.single-file-note')).toContainText(`Links to other pages go to the handbook online, at ${hostedRoot}`);
  const crossLesson = page.getByRole('link', { name: 'crisp problem', exact: true });
  await expect(crossLesson).toHaveAttribute('href', `${hostedRoot}lessons/turning-requests-into-problems/`);
  const references = await page.evaluate(() =>
    [...document.querySelectorAll('[src], link[href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? ''),
  );
  expect(references.filter((url) => !url.startsWith('data:') && !url.startsWith('https://'))).toEqual([]);
  expect(reader.problems).toEqual([]);
  await reader.close();
});

test('the one-page handbook has every lesson in order, a contents list, and unique ids named after the lesson pages', async ({ browser }) => {
  const reader = await offlineReader(browser);
  const { page } = reader;
  await page.goto(fileUrl(path.join(copy, 'print', 'index.html')));
  const titles = lessonTitles();
  await expect(page.locator('.print-lesson .lesson-header h2')).toHaveText(titles);
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice').toEqual([]);
  for (const slug of readdirSync(path.join(copy, 'lessons'))) {
    const lesson = readFileSync(path.join(copy, 'lessons', slug, 'index.html'), 'utf8');
    for (const [, section] of lesson.matchAll(/<section id="([^"]+)"/g)) expect(ids).toContain(`${slug}--${section}`);
  }
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByRole('link', { name: 'Common mistakes' }).last().click();
  await expect(page.locator(':target')).toBeInViewport();
  await expect(page.locator(':target')).toHaveAttribute('id', /--common-mistakes$/);
  expect(reader.problems).toEqual([]);
  await reader.close();
});

test('printed to PDF, the one-page handbook has every lesson title, the quiz answers, and no split headings or questions', async ({ browser }) => {
  const reader = await offlineReader(browser);
  const { page } = reader;
  await page.goto(fileUrl(path.join(copy, 'print', 'index.html')));
  await page.emulateMedia({ media: 'print' });
  const rules = await page.evaluate(() => ({
    heading: getComputedStyle(document.querySelector('.print-lesson h3')!).breakAfter,
    question: getComputedStyle(document.querySelector('.print-lesson .question')!).breakInside,
    lesson: getComputedStyle(document.querySelector('.print-lesson')!).breakBefore,
    answerShown: (document.querySelector('.print-lesson .quiz-answer > p') as HTMLElement).offsetHeight > 0,
  }));
  expect(rules).toEqual({ heading: 'avoid-page', question: 'avoid-page', lesson: 'page', answerShown: true });
  const pdf = await page.pdf({ format: 'A4' });
  const { extractText } = await import('unpdf');
  const { text, totalPages } = await extractText(new Uint8Array(pdf), { mergePages: true });
  const flat = text.replace(/\s+/g, ' ');
  expect(totalPages).toBeGreaterThan(lessonTitles().length);
  for (const title of lessonTitles()) expect(flat).toContain(title);
  expect(flat).toContain('In the architect/builder model, what does the PM own?');
  expect(flat).toContain('The what and the why.'); // an open question's model answer, printed open
  expect(reader.problems).toEqual([]);
  await reader.close();
});

test('the print styles load only on the one-page handbook, not on lesson pages', () => {
  const sheets = (file: string) => [...readFileSync(path.join(copy, file), 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => path.basename(m[1]!));
  const printOnly = sheets('print/index.html').filter((s) => !sheets(`lessons/${ESTIMATES}/index.html`).includes(s));
  expect(printOnly.length).toBeGreaterThan(0);
  for (const file of htmlFiles(copy).filter((f) => f.startsWith('lessons/'))) {
    for (const sheet of printOnly) expect(sheets(file), file).not.toContain(sheet);
  }
});

test('the whole handbook as a single file opens alone with every lesson in it', async ({ browser }) => {
  const lonely = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-single-'));
  const file = path.join(lonely, 'handbook.html');
  copyFileSync(path.join(dir, 'single', 'handbook.html'), file);
  const reader = await offlineReader(browser);
  await reader.page.goto(fileUrl(file));
  expect(reader.requests).toEqual([fileUrl(file)]);
  await expect(reader.page.locator('.print-lesson .lesson-header h2')).toHaveText(lessonTitles());
  expect(reader.problems).toEqual([]);
  await reader.close();
});

test('the zip holds exactly the offline copy, under one handbook/ folder', async () => {
  const names = await new Promise<string[]>((resolve, reject) => {
    yauzl.open(path.join(dir, 'handbook.zip'), { lazyEntries: false }, (error, zip) => {
      if (error || !zip) return reject(error);
      const found: string[] = [];
      zip.on('entry', (entry: { fileName: string }) => found.push(entry.fileName));
      zip.on('end', () => resolve(found.sort()));
      zip.on('error', reject);
    });
  });
  const files = readdirSync(copy, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `handbook/${path.relative(copy, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    .sort();
  expect(names).toEqual(files);
});

test('the W3C Nu HTML checker finds no error in the offline copy or the single files', async () => {
  test.setTimeout(120_000);
  const report = await checkHtml(dir);
  const checked = [...htmlFiles(copy).map((f) => `handbook/${f}`), ...htmlFiles(path.join(dir, 'single')).map((f) => `single/${f}`)];
  for (const [file, messages] of report) {
    expect(checked, `the checker could not read ${file}`).toContain(file);
    // The checker has no origin for a file: URL, so it takes 'self' to refuse a stylesheet
    // beside the page; Chromium loads it (the first test above sees every sheet load).
    const real = messages.filter((m) => !/^Resource violates Content Security Policy \(meta tag\): external stylesheet/.test(m.message));
    expect(real.length, `\n${formatMessages(file, real)}\n`).toBe(0);
  }
});

test.describe('a handbook hosted under a sub-path, with renamed lessons, section links and an image', () => {
  // Its own lessons (e2e/fixtures/offline), built with the real pipeline, then exported —
  // once, in one worker, for the tests below.
  test.describe.configure({ mode: 'default' });
  let fixture: string;
  test.beforeAll(() => {
    test.setTimeout(180_000);
    const built = buildFixture('offline', path.resolve('e2e/fixtures/offline'), { site: 'https://docs.example.org', base: '/handbook/' });
    fixture = built.exported;
    // Just built: so the export must reuse it.
    const now = new Date();
    utimesSync(path.join(built.dist, 'index.html'), now, now);
    const { status, output } = built.export();
    expect(status, output).toBe(0);
    expect(output, 'the export built the site again').toContain('Reusing');
  });

  test('links to a section page, an old slug and another lesson all land on the lesson file, from disk', async ({ browser }) => {
    const reader = await offlineReader(browser);
    const { page } = reader;
    const next = fileUrl(path.join(fixture, 'handbook', 'lessons', 'next-steps', 'index.html'));
    const first = fileUrl(path.join(fixture, 'handbook', 'lessons', 'first-steps', 'index.html'));
    for (const [name, url, section] of [
      ['its mistakes', `${next}#common-mistakes`, '#common-mistakes'],
      ['why it matters', `${next}#why-it-matters`, '#why-it-matters'],
      ['the old slug', next, undefined],
    ] as const) {
      await page.goto(first);
      await page.getByRole('link', { name }).click();
      await expect(page).toHaveURL(url);
      if (section) await expect(page.locator(section)).toBeInViewport();
    }
    await expect(page.getByRole('img', { name: 'A box with an arrow' })).toBeVisible();
    expect((await loadedResources(page)).brokenImages).toEqual([]);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  test('the offline copy leaves out the redirect pages and the host-only files, and no link names the base path', () => {
    const copy = path.join(fixture, 'handbook');
    expect(htmlFiles(copy).filter((f) => !f.startsWith('search/'))).toEqual([
      'in-short/index.html',
      'index.html',
      'lessons/first-steps/index.html',
      'lessons/next-steps/index.html',
      'print/index.html',
    ]);
    for (const hostOnly of ['_headers', 'robots.txt', 'sitemap.xml', '404.html']) expect(readdirSync(copy)).not.toContain(hostOnly);
    const report = checkLinks(copy, { mode: 'file' });
    expect(report.broken, formatBroken(report.broken)).toEqual([]);
    for (const file of htmlFiles(copy)) expect(readFileSync(path.join(copy, file), 'utf8')).not.toMatch(/(?:href|src)="\/handbook\//);
  });

  test('the single-file lesson carries its image inside and links to the hosted handbook under its sub-path', async ({ browser }) => {
    const lonely = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-single-'));
    const file = path.join(lonely, 'next-steps.html');
    copyFileSync(path.join(fixture, 'single', 'next-steps.html'), file);
    const reader = await offlineReader(browser);
    await reader.page.goto(fileUrl(file));
    await expect(reader.page.getByRole('img', { name: 'A box with an arrow' })).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
    expect((await loadedResources(reader.page)).brokenImages).toEqual([]);
    // The lesson's own link (the list of the lessons beside it links First steps too).
    await expect(reader.page.locator('[data-lesson-body]').getByRole('link', { name: 'First steps', exact: true })).toHaveAttribute(
      'href',
      'https://docs.example.org/handbook/lessons/first-steps/#links-every-way',
    );
    expect(reader.requests).toEqual([fileUrl(file)]);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });
});
