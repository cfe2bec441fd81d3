/**
 * A save in `npm run dev` reads only the saved lesson again: the rest of the handbook, and its
 * check, come from memory (src/integration/dev-handbook.ts, src/load/cache.ts). What shows it:
 * another lesson changed behind the dev server's back (same size, its old modification time
 * put back, as no editor does) is not read again when a lesson beside it is saved; once its
 * time changes too, as a save gives it, its problem shows in the overlay like any other.
 * A real dev server on a handbook with a part (a sub-folder), a real Chromium.
 */
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { devSession, loadUntil } from '../support/dev-server';

const EARLIER = new Date('2026-01-01T09:00:00Z');

/** For loadUntil: whether the page's main content shows `text` (within 5 s). */
const showsOn = (page: Page) => (text: string) => () => page.locator('main', { hasText: text }).waitFor({ timeout: 5_000 }).then(() => true, () => false);

const dev = devSession('dev-save', {
  lessons: 'tests/fixtures/check/site',
  log: 'dev-save.log',
  // The second lesson goes into a part: the handbook is nested. Its time is in whole seconds,
  // which the test can put back exactly (a file system's own has nanoseconds).
  prepare({ lessons }) {
    mkdirSync(path.join(lessons, 'part'));
    renameSync(path.join(lessons, 'second-lesson.mdx'), path.join(lessons, 'part', 'second-lesson.mdx'));
    utimesSync(path.join(lessons, 'part', 'second-lesson.mdx'), EARLIER, EARLIER);
  },
});

describe('a save in npm run dev', () => {
  it('reads only the saved lesson again, and a problem in another shows once that one is saved', async () => {
    const page = await dev.browser.newPage();
    const first = path.join(dev.project.lessons, 'first-lesson.mdx');
    const second = path.join(dev.project.lessons, 'part', 'second-lesson.mdx');
    const address = `${dev.url}lessons/first-lesson/`;
    const overlay = page.locator('vite-error-overlay');
    const shows = showsOn(page);
    const overlayShows = () => overlay.waitFor({ state: 'attached', timeout: 5_000 }).then(() => true, () => false);
    await loadUntil(page, address, shows('Read the second lesson too.'));

    // The other lesson gets a mistake of the same size (a link to no lesson), and its old
    // modification time back.
    const good = readFileSync(second, 'utf8');
    const broken = good.replace('The second lesson.', '[x](/lessons/zz/).');
    expect(broken.length).toBe(good.length);
    writeFileSync(second, broken);
    utimesSync(second, EARLIER, EARLIER);

    // A save of this lesson shows its new words, and the other lesson, unchanged to the dev
    // server's eyes, was not read again: no problem.
    const saved = readFileSync(first, 'utf8');
    writeFileSync(first, saved.replace('Read the', 'Please read the'));
    await loadUntil(page, address, shows('Please read the second lesson too.'));
    expect(await overlay.count()).toBe(0);
    expect((await page.request.get(address)).status()).toBe(200);

    // Saved (its time changes), the other lesson is read again, and its problem stops every page.
    utimesSync(second, new Date(), new Date());
    await loadUntil(page, address, overlayShows);
    const message = await overlay.evaluate((el) => (el.shadowRoot?.querySelector('#message-content') as HTMLElement | null)?.innerText ?? '');
    expect(message).toMatch(/part\/second-lesson\.mdx:\d+: link "\/lessons\/zz\/"/);
    expect(message).toContain('1 problem in 1 file');

    // Fixed, the page comes back.
    writeFileSync(second, good);
    await loadUntil(page, address, shows('Please read the second lesson too.'));
    expect((await page.request.get(address)).status()).toBe(200);
    await page.close();
  }, 240_000);

  it('a Markdown lesson, added and then saved with a new section, shows its words and the section, in its text and its contents', async () => {
    // A .md lesson is rendered when its page is asked for in dev, not into Astro's store (src/collection/).
    const page = await dev.browser.newPage();
    const file = path.join(dev.project.lessons, 'part', 'notes.md');
    const address = `${dev.url}lessons/notes/`;
    const shows = showsOn(page);
    writeFileSync(file, '# Notes\n\nThe first words.\n\n## Setup\n\nOnce.\n');
    await loadUntil(page, address, shows('The first words.'));
    writeFileSync(file, '# Notes\n\nThe first words.\n\n## Setup\n\nOnce.\n\n## Later on\n\nWords added later.\n');
    await loadUntil(page, address, shows('Words added later.'));
    expect(await page.locator('h2#later-on-title').textContent()).toBe('Later on');
    expect(await page.locator('nav.contents a[href="#later-on"]').textContent()).toContain('Later on');
    await page.close();
  }, 240_000);

  it('a save written in place in two steps, emptied and then written, as an editor on a busy disk does, shows its words', async () => {
    // A dev server that reads the lesson on the first change can read it empty; the watcher
    // may drop a second change to a file within about 50 ms of the first (it lost bare Astro's
    // and Starlight's saves this way in the benchmark, scripts/bench/dev-save.mjs). Here the
    // page must still show every save.
    const page = await dev.browser.newPage();
    const file = path.join(dev.project.lessons, 'part', 'two-steps.md');
    const address = `${dev.url}lessons/two-steps/`;
    const shows = showsOn(page);
    writeFileSync(file, '# Two steps\n\nThe words before.\n');
    await loadUntil(page, address, shows('The words before.'));
    for (const [run, pause] of [10, 35, 45].entries()) {
      writeFileSync(file, '');
      await new Promise((resolve) => setTimeout(resolve, pause));
      writeFileSync(file, `# Two steps\n\nThe words of save ${run}.\n`);
      await loadUntil(page, address, shows(`The words of save ${run}.`));
    }
    await page.close();
  }, 240_000);
});
