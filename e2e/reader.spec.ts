/**
 * For the reader: the handbook at a glance and where you are. The handbook in short; quiz
 * progress on every list of lessons, forgotten on request, hosted and from disk; "Updated"
 * dates from git and the Atom feed; the edit link; long lessons with their contents beside
 * the text. A fixture handbook (tests/fixtures/reader) with a git history of known dates, and
 * this repository's own handbook (dist/, served by the test server).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeProject, type Project } from '../tests/support/project';
import { ensureExport, fileUrl, offlineReader } from './support/offline';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';

test.describe.configure({ mode: 'default' });

let project: Project;
let site: StaticSite;

/** Commits `files` in the project's own repository on `date` (author and committer). */
function commit(root: string, date: string, files: string[]) {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: root, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git('add', ...files);
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', `lessons of ${date}`);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  project = makeProject('reader', { lessons: 'tests/fixtures/reader', site: 'https://handbook.acme.example' });
  spawnSync('git', ['init', '-q'], { cwd: project.root });
  commit(project.root, '2026-09-15', ['lessons/handbook.json', 'lessons/guides/README.md']);
  commit(project.root, '2026-11-02', ['lessons/first-steps.md']);
  commit(project.root, '2026-11-20', ['lessons/guides/the-long-guide.md']);
  commit(project.root, '2026-11-25', ['lessons/no-short.md']);
  const built = project.build();
  expect(built.status, built.output).toBe(0);
  site = await serveStatic(project.dist);
});
test.afterAll(() => site?.close());

const url = (p = '') => `${site.url}${p}`;

test.describe('the handbook in short', () => {
  test('holds every lesson’s short version, or its tagline, in reading order, grouped by part', async ({ page }) => {
    await page.goto(url('in-short/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reader Handbook, in short');
    const entries = page.locator('.in-short-lesson');
    await expect(entries.locator(':is(h2, h3)')).toHaveText(['First steps', 'A lesson without a short version', 'Guides', 'The long guide']);
    await expect(entries.nth(0)).toContainText('Read this page first, ask your buddy anything');
    await expect(entries.nth(1)).toContainText('Some lessons are reference, not advice.');
    await expect(entries.nth(3)).toContainText('Thirteen steps from plan to retire');
    await expect(page.locator('.in-short-part')).toHaveText(['Start here', 'Guides']);
  });

  test('its links land on the lesson and on each section', async ({ page }) => {
    await page.goto(url('in-short/'));
    await page.locator('.in-short-lesson').nth(3).getByRole('link', { name: 'Step 7: Watch' }).click();
    await expect(page).toHaveURL(url('lessons/the-long-guide/#step-7-watch'));
    await expect(page.getByRole('heading', { name: 'Step 7: Watch' })).toBeInViewport();
    await page.goBack();
    await page.getByRole('link', { name: 'First steps' }).first().click();
    await expect(page).toHaveURL(url('lessons/first-steps/'));
  });

  test('is linked from the home page and from every lesson, and prints on its own', async ({ page }) => {
    await page.goto(url());
    await expect(page.locator('main').getByRole('link', { name: 'The handbook in short' })).toHaveAttribute('href', '/in-short/');
    await page.goto(url('lessons/the-long-guide/'));
    await expect(page.locator('main').getByRole('link', { name: 'The handbook in short' })).toHaveAttribute('href', '/in-short/');
    await page.goto(url('in-short/'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.in-short-lesson').first()).toBeVisible();
  });

  test('in this repository’s handbook, each short version is the lesson’s own', async ({ page }) => {
    await page.goto('/lessons/working-with-engineering/');
    const own = (await page.locator('#short-version > p').first().innerText()).trim();
    await page.goto('/in-short/');
    await expect(page.locator('.in-short-lesson').first()).toContainText(own);
  });
});

test.describe('what changed', () => {
  test('a lesson’s date is its `updated:`, else its last commit — never the build’s', async ({ page }) => {
    await page.goto(url('lessons/the-long-guide/'));
    await expect(page.locator('.lesson-header time')).toHaveAttribute('datetime', '2026-11-20');
    await page.goto(url('lessons/no-short/'));
    await expect(page.locator('.lesson-header time')).toHaveAttribute('datetime', '2026-10-01');
  });

  test('the home page lists the recently updated lessons, newest first', async ({ page }) => {
    await page.goto(url());
    await expect(page.locator('.recent li a')).toHaveText(['The long guide', 'First steps', 'A lesson without a short version', 'Guides']);
  });

  test('the Atom feed lists the updates, and every page links to it', async ({ page, request }) => {
    await page.goto(url('lessons/first-steps/'));
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feed.xml');
    const feed = await (await request.get(url('feed.xml'))).text();
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<title[^>]*>(?:<!\[CDATA\[)?([^<\]]+)[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => [m[1], m[2]!.slice(0, 10)]);
    expect(entries).toEqual([
      ['The long guide', '2026-11-20'],
      ['First steps', '2026-11-02'],
      ['A lesson without a short version', '2026-10-01'],
      ['Guides', '2026-09-15'],
    ]);
    expect(feed).toContain('https://handbook.acme.example/lessons/the-long-guide/');
  });
});

test.describe('edit this lesson', () => {
  test('with an edit URL set, each lesson links to its source file', async ({ page }) => {
    await page.goto(url('lessons/the-long-guide/'));
    await expect(page.getByRole('link', { name: 'Edit this lesson' })).toHaveAttribute('href', 'https://github.com/acme/handbook/edit/main/lessons/guides/the-long-guide.md');
  });

  test('without one, nothing is shown', async ({ page }) => {
    await page.goto('/lessons/working-with-engineering/');
    await expect(page.locator('main')).not.toContainText('Edit this lesson');
  });
});

/** Answers the fixture's first lesson's choice questions: the first right, the second wrong. */
async function answerFirstSteps(page: Page) {
  const where = page.locator('#quiz-where');
  await where.getByRole('radio', { name: 'Here', exact: true }).check();
  await where.getByRole('button', { name: 'Check answer' }).click();
  await expect(where.locator('.quiz-result')).toContainText('Correct.');
  const who = page.locator('#quiz-who');
  await who.getByRole('checkbox', { name: 'Nobody' }).check();
  await who.getByRole('button', { name: 'Check answer' }).click();
  await expect(who.locator('.quiz-result')).toContainText('Not quite.');
  await page.waitForTimeout(250); // a reader's pause before moving on
}

test.describe('where you are', () => {
  test('the home page shows, per lesson, whether its quick check is worked and how many answers were right; forgetting clears it', async ({ page }) => {
    await page.goto(url());
    const line = page.locator('[data-progress="first-steps"]');
    await expect(line).toHaveText('Quick check not worked yet');
    await expect(page.getByRole('button', { name: 'Forget my progress' })).toBeHidden();
    await page.goto(url('lessons/first-steps/'));
    await answerFirstSteps(page);
    await page.goto(url());
    await expect(line).toHaveText('Quick check worked: 1 of 2 right');
    await page.getByRole('button', { name: 'Forget my progress' }).click();
    await expect(line).toHaveText('Quick check not worked yet');
    await expect(page.getByRole('status').filter({ hasText: 'Your progress is forgotten.' })).toBeVisible();
    await page.goto(url('lessons/first-steps/'));
    await expect(page.locator('#quiz-where .quiz-result')).toBeEmpty();
  });

  test('opening a model answer counts as working the check', async ({ page }) => {
    await page.goto(url('lessons/first-steps/'));
    await page.locator('#quiz-why summary').click();
    await page.waitForTimeout(250);
    await page.goto(url());
    await expect(page.locator('[data-progress="first-steps"]')).toHaveText('Quick check worked: 0 of 2 right');
  });

  test('from disk, with the network cut, progress shows and is forgotten the same way', async ({ browser }) => {
    const copy = path.join(ensureExport(), 'handbook');
    const reader = await offlineReader(browser);
    const { page } = reader;
    await page.goto(fileUrl(path.join(copy, 'lessons', 'estimates-and-trade-offs', 'index.html')));
    const q = page.locator('#quiz-estimate-too-long');
    await q.getByRole('radio', { name: /what drives the estimate/ }).check();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await page.waitForTimeout(250);
    await page.goto(fileUrl(path.join(copy, 'index.html')));
    await expect(page.locator('[data-progress="estimates-and-trade-offs"]')).toHaveText(/^Quick check worked: 1 of \d+ right$/);
    await page.getByRole('button', { name: 'Forget my progress' }).click();
    await expect(page.locator('[data-progress="estimates-and-trade-offs"]')).toHaveText('Quick check not worked yet');
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  test('without JavaScript a list says which lessons have a quick check, and nothing moves when the script fills it in', async ({ browser }) => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(url());
    const line = still.locator('[data-progress="first-steps"]');
    await expect(line).toHaveText('Has a quick check');
    const before = await line.boundingBox();
    const on = await browser.newPage();
    await on.goto(url());
    await expect(on.locator('[data-progress="first-steps"]')).toHaveText('Quick check not worked yet');
    expect(await on.locator('[data-progress="first-steps"]').boundingBox()).toEqual(before);
    await off.close();
    await on.close();
  });
});

test.describe('reading long lessons', () => {
  test('at 1280 × 900 the contents stay in view halfway down the longest lesson, marking the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url('lessons/the-long-guide/'));
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await page.evaluate(() => document.getElementById('step-7-watch')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect(contents).toBeInViewport();
    await expect(contents.getByRole('link', { name: 'Step 7: Watch' })).toHaveAttribute('aria-current', 'location');
    const box = (await contents.boundingBox())!;
    const text = (await page.locator('.lesson-body').boundingBox())!;
    expect(box.x).toBeGreaterThan(text.x + text.width); // beside the text, not above it
  });

  test('a reader who follows a section link sees the contents mark that section, not the one before it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    // A link to a section from elsewhere: the page opens at it.
    await page.goto(url('lessons/the-long-guide/#step-5-test'));
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents.getByRole('link', { name: 'Step 5: Test' })).toHaveAttribute('aria-current', 'location');
    // The contents' own links, down the page and back up.
    for (const name of ['Step 9: Share', 'Step 2: Draft', 'Step 7: Watch']) {
      await contents.getByRole('link', { name }).click();
      await expect(contents.getByRole('link', { name })).toHaveAttribute('aria-current', 'location');
      await expect(contents.locator('[aria-current]')).toHaveCount(1);
    }
  });

  test('a section that shares the screen with the one before it is marked when a reader follows a link to it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const contents = page.getByRole('navigation', { name: 'On this page' });
    // "In an enterprise" sits beside "In a startup"; "Quick check" ends the page, below the line a jump can reach.
    for (const [id, name] of [['in-an-enterprise', 'In an enterprise'], ['quick-check', 'Quick check']]) {
      await page.goto(`/lessons/working-with-engineering/#${id}`);
      await expect(contents.getByRole('link', { name })).toHaveAttribute('aria-current', 'location');
      await expect(contents.locator('[aria-current]')).toHaveCount(1);
    }
    await contents.getByRole('link', { name: 'In a startup' }).click();
    await expect(contents.getByRole('link', { name: 'In a startup' })).toHaveAttribute('aria-current', 'location');
  });

  for (const [width, height] of [[320, 640], [768, 1024], [1280, 900]] as const) {
    test(`at ${width} px the first screen shows the lesson’s text`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(url('lessons/the-long-guide/'));
      const first = (await page.locator('.lesson-body p').first().boundingBox())!;
      expect(first.y + 20).toBeLessThan(height);
    });
  }

  for (const width of [320, 768, 1280]) {
    test(`at ${width} px the header and the content share one grid`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      // A lesson with the startup/enterprise pair, once wider than the header above it.
      await page.goto('/lessons/estimates-and-trade-offs/');
      const header = (await page.locator('.site-header').boundingBox())!;
      const title = (await page.locator('.site-title').boundingBox())!;
      // From 75rem the pages beside the lesson take the grid's first column, and the lesson the next.
      const beside = (await page.locator('.part-nav').boundingBox())!;
      expect(Math.round(beside.x)).toBe(Math.round(title.x));
      expect(Math.round((await page.locator('.breadcrumbs').boundingBox())!.x)).toBe(Math.round(title.x));
      const edge = width >= 1200 ? (await page.locator('.lesson-header').boundingBox())!.x : title.x;
      if (width >= 1200) expect(edge).toBeGreaterThan(beside.x + beside.width);
      for (const part of ['.lesson-header', '.lesson-body', '.section-pair']) {
        const box = (await page.locator(part).boundingBox())!;
        expect(Math.round(box.x), part).toBe(Math.round(edge));
        expect(box.x + box.width, part).toBeLessThanOrEqual(header.x + header.width + 0.5);
      }
    });
  }
});

test('the fixture’s own feed and in-short page are in the offline copy', () => {
  const exported = project.export();
  expect(exported.status, exported.output).toBe(0);
  expect(readFileSync(path.join(project.exported, 'handbook', 'in-short', 'index.html'), 'utf8')).toContain('Thirteen steps from plan to retire');
  expect(readFileSync(path.join(project.exported, 'handbook', 'feed.xml'), 'utf8')).toContain('The long guide');
});
