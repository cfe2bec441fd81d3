/**
 * `npm run dev` while writing: a mistake shows the checker's own line in the browser
 * overlay and in the terminal, and the page comes back by itself when the file is fixed.
 * A real dev server on a fixture folder of its own, a real Chromium.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { loadUntil, startDevServer, type DevServer } from '../support/dev-server';
import { makeProject, type Project } from '../support/project';

let project: Project;
let lesson: string;
let shown: string;
let server: DevServer;
let url = '';
let browser: Browser;

beforeAll(async () => {
  // Inside the repository, so the dev server's file watcher sees the edits.
  project = makeProject('dev', { lessons: 'tests/fixtures/check/site' });
  lesson = path.join(project.lessons, 'second-lesson.mdx');
  shown = path.relative(project.root, lesson);
  server = await startDevServer(project, path.resolve('.lessonbook/check-dev.log'));
  url = server.url;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(project.root, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows a bad lesson’s problem in the overlay and the terminal, and recovers on save', async () => {
    const page = await browser.newPage();
    const address = `${url}lessons/second-lesson/`;
    const overlay = page.locator('vite-error-overlay');
    const heading = page.locator('h1', { hasText: 'Second lesson' });
    const shows = (locator: typeof overlay) => locator.waitFor({ state: 'attached', timeout: 5_000 }).then(() => true, () => false);

    await loadUntil(page, address, () => shows(heading));
    const good = readFileSync(lesson, 'utf8');

    writeFileSync(lesson, good.replace('answer: a', 'answer: c'));
    const line = `${shown}:12: quiz[0].answer: "c" is not one of the options (a, b); use one of them`;
    await loadUntil(page, address, () => shows(overlay));
    expect((await page.request.get(address)).status()).toBe(500);
    const message = await overlay.evaluate((el) => (el.shadowRoot?.querySelector('#message-content') as HTMLElement | null)?.innerText ?? '');
    // The overlay shows `code` without its backquotes; the words and the place are the same.
    expect(message).toContain(line.replaceAll('`', ''));
    expect(message).toContain('1 problem in 1 file');
    await expect.poll(() => server.output(), { timeout: 10_000 }).toContain(line);

    writeFileSync(lesson, good);
    await loadUntil(page, address, () => shows(heading));
    expect((await page.request.get(address)).status()).toBe(200);
    await page.close();
  }, 240_000);

  it('a shareable section link, which the build writes, is the same page in dev and lands on the section; /print/ shows every lesson', async () => {
    const page = await browser.newPage();
    const section = await page.request.get(`${url}lessons/second-lesson/short-version/`);
    expect(section.status()).toBe(200);
    expect(await section.text()).toContain('<meta http-equiv="refresh" content="0; url=../#short-version">');
    await page.goto(`${url}lessons/second-lesson/short-version/`);
    await expect.poll(() => page.url()).toBe(`${url}lessons/second-lesson/#short-version`);
    await page.goto(`${url}print/`);
    await expect.poll(() => page.locator('main').innerText()).toContain('Second lesson');
    expect(await page.locator('main').innerText()).toContain('First lesson');
    await page.close();
  }, 60_000);

  it('with a baseline, a recorded broken link lets the page show, and a new one stops it again', async () => {
    const page = await browser.newPage();
    const address = `${url}lessons/second-lesson/`;
    const good = readFileSync(lesson, 'utf8');
    const status = () => page.request.get(address).then((r) => r.status(), () => 0);
    writeFileSync(lesson, `${good}\nAn [old link](first-lesson.mdx#renamed-long-ago).\n`);
    await expect.poll(status, { timeout: 60_000, interval: 1000 }).toBe(500);
    expect(project.lessonbook('baseline').status).toBe(0);
    await expect.poll(status, { timeout: 60_000, interval: 1000 }).toBe(200);
    writeFileSync(lesson, `${good}\nAn [old link](first-lesson.mdx#renamed-long-ago).\nA [new one](first-lesson.mdx#nowhere).\n`);
    await expect.poll(status, { timeout: 60_000, interval: 1000 }).toBe(500);
    writeFileSync(lesson, good);
    rmSync(path.join(project.root, 'lessonbook-baseline.json'));
    await expect.poll(status, { timeout: 60_000, interval: 1000 }).toBe(200);
    await page.close();
  }, 240_000);
});
