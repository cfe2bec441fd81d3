/**
 * `npm run dev` while writing: a mistake shows the checker's own line in the browser
 * overlay and in the terminal, and the page comes back by itself when the file is fixed.
 * A real dev server on a fixture folder of its own, a real Chromium.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { devSession, loadUntil } from '../support/dev-server';

const dev = devSession('dev', { lessons: 'tests/fixtures/check/site', log: 'check-dev.log' });
/** The lesson the tests break and mend. */
const lesson = () => path.join(dev.project.lessons, 'second-lesson.mdx');

describe('npm run dev', () => {
  it('shows a bad lesson’s problem in the overlay and the terminal, and recovers on save', async () => {
    const page = await dev.browser.newPage();
    const address = `${dev.url}lessons/second-lesson/`;
    const overlay = page.locator('vite-error-overlay');
    const heading = page.locator('h1', { hasText: 'Second lesson' });
    const shows = (locator: typeof overlay) => locator.waitFor({ state: 'attached', timeout: 5_000 }).then(() => true, () => false);

    await loadUntil(page, address, () => shows(heading));
    const good = readFileSync(lesson(), 'utf8');

    writeFileSync(lesson(), good.replace('answer: a', 'answer: c'));
    const line = `${path.relative(dev.project.root, lesson())}:12: quiz[0].answer: "c" is not one of the options (a, b); use one of them`;
    await loadUntil(page, address, () => shows(overlay));
    expect((await page.request.get(address)).status()).toBe(500);
    const message = await overlay.evaluate((el) => (el.shadowRoot?.querySelector('#message-content') as HTMLElement | null)?.innerText ?? '');
    // The overlay shows `code` without its backquotes; the words and the place are the same.
    expect(message).toContain(line.replaceAll('`', ''));
    expect(message).toContain('1 problem in 1 file');
    await expect.poll(() => dev.server.output(), { timeout: 10_000 }).toContain(line);

    writeFileSync(lesson(), good);
    await loadUntil(page, address, () => shows(heading));
    expect((await page.request.get(address)).status()).toBe(200);
    await page.close();
  }, 240_000);

  it('a shareable section link, which the build writes, is the same page in dev and lands on the section; /print/ shows every lesson', async () => {
    const page = await dev.browser.newPage();
    const section = await page.request.get(`${dev.url}lessons/second-lesson/short-version/`);
    expect(section.status()).toBe(200);
    expect(await section.text()).toContain('<meta http-equiv="refresh" content="0; url=../#short-version">');
    await page.goto(`${dev.url}lessons/second-lesson/short-version/`);
    await expect.poll(() => page.url()).toBe(`${dev.url}lessons/second-lesson/#short-version`);
    await page.goto(`${dev.url}print/`);
    await expect.poll(() => page.locator('main').innerText()).toContain('Second lesson');
    expect(await page.locator('main').innerText()).toContain('First lesson');
    await page.close();
  }, 60_000);

  it('with a baseline, a recorded broken link lets the page show, and a new one stops it again', async () => {
    const page = await dev.browser.newPage();
    const address = `${dev.url}lessons/second-lesson/`;
    const good = readFileSync(lesson(), 'utf8');
    const status = () => page.request.get(address).then((r) => r.status(), () => 0);
    writeFileSync(lesson(), `${good}\nAn [old link](first-lesson.mdx#renamed-long-ago).\n`);
    await expect.poll(status, { timeout: 60_000, interval: 1000 }).toBe(500);
    expect(dev.project.lessonbook('baseline').status).toBe(0);
    await expect.poll(status, { timeout: 60_000, interval: 1000 }).toBe(200);
    writeFileSync(lesson(), `${good}\nAn [old link](first-lesson.mdx#renamed-long-ago).\nA [new one](first-lesson.mdx#nowhere).\n`);
    await expect.poll(status, { timeout: 60_000, interval: 1000 }).toBe(500);
    writeFileSync(lesson(), good);
    rmSync(path.join(dev.project.root, 'lessonbook-baseline.json'));
    await expect.poll(status, { timeout: 60_000, interval: 1000 }).toBe(200);
    await page.close();
  }, 240_000);
});
