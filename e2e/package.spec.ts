/**
 * Lessonbook as a team adopts it: the packed package (`npm pack` of this repository)
 * installed into an empty folder with the system's Node.js, `npx lessonbook init`, then the
 * handbook's own scripts — build, serve — and a reader in Chromium opening a lesson,
 * answering its quiz, following a section link and searching.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic, type StaticSite } from '../scripts/lib/serve.ts';
import { results, search } from './support/search';

test.describe.configure({ mode: 'default' });

const repo = path.resolve('.');
let team: string;
let site: StaticSite;
let log = '';

/** The environment of a team member's terminal: the system's Node.js, nothing of this repository's on PATH. */
function terminalEnv(): NodeJS.ProcessEnv {
  const ours = path.join(repo, 'node_modules', '.bin');
  const PATH = (process.env.PATH ?? '').split(path.delimiter).filter((p) => p !== ours).join(path.delimiter);
  const vitestOwn = /^(NODE_ENV|TEST|MODE|BASE_URL|DEV|PROD|SSR|VITEST.*|PW_.*|TEST_.*)$/;
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestOwn.test(k))), PATH, FORCE_COLOR: '0', NO_COLOR: '1' };
}

function sh(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: terminalEnv() });
  log += `\n$ ${command} ${args.join(' ')}\n${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return `${result.stdout}${result.stderr}`;
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const work = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-team-'));
  sh('npm', ['pack', '--pack-destination', work, '--silent'], repo);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  team = path.join(work, 'our-handbook');
  rmSync(team, { recursive: true, force: true });
  spawnSync('mkdir', ['-p', team]);
  sh('npm', ['install', '--no-audit', '--no-fund', path.join(work, tarball)], team);
  sh('npx', ['lessonbook', 'init'], team);
  sh('npm', ['run', 'new', '--', 'Giving feedback'], team);
  sh('npm', ['run', 'build'], team);
  site = await serveStatic(path.join(team, 'dist'));
});
test.afterAll(async () => {
  await site?.close();
  if (test.info().status !== 'passed') console.log(log);
});

test('init writes a handbook of lessons and a few lines of config, and nothing of Lessonbook’s own tooling', () => {
  const files = readdirSync(team).filter((f) => !['node_modules', 'package-lock.json', 'dist', '.astro', '.lessonbook'].includes(f)).sort();
  expect(files).toEqual(['.gitignore', 'astro.config.mjs', 'lessons', 'package.json', 'public', 'src']);
  expect(readdirSync(path.join(team, 'src'))).toEqual(['content.config.ts']);
  const config = readFileSync(path.join(team, 'astro.config.mjs'), 'utf8');
  expect(config).toContain("import lessonbook from 'lessonbook';");
  expect(config).toContain('integrations: [lessonbook()]');
  const scripts = JSON.parse(readFileSync(path.join(team, 'package.json'), 'utf8')).scripts as Record<string, string>;
  expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['start', 'dev', 'build', 'check', 'new', 'export']));
  expect(scripts.build).toBe('astro build');
  const shipped = readdirSync(path.join(team, 'node_modules', 'lessonbook'));
  expect(shipped.sort()).toEqual(['README.md', 'lesson.schema.json', 'lib', 'package.json']);
});

test('the team’s build makes the whole site: lessons, section pages, search, the one-page handbook, sitemap, _headers', () => {
  const dist = path.join(team, 'dist');
  for (const file of [
    'index.html',
    'lessons/how-to-write-a-lesson/index.html',
    'lessons/how-to-write-a-lesson/common-mistakes/index.html',
    'lessons/giving-feedback/index.html',
    'search/index.js',
    'search/search.js',
    'print/index.html',
    'sitemap.xml',
    '_headers',
    '404.html',
  ]) {
    expect(existsSync(path.join(dist, file)), file).toBe(true);
  }
  expect(readFileSync(path.join(dist, 'print/index.html'), 'utf8')).toContain('Giving feedback');
});

test('a reader opens a lesson, answers its quiz, follows a section link and searches', async ({ page }) => {
  await page.goto(`${site.url}`);
  await page.locator('.lesson-list').getByRole('link', { name: 'How to write a lesson' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to write a lesson');

  const question = page.locator('#quiz-where-the-point-goes');
  await question.getByRole('radio', { name: /The short version/ }).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.locator('.quiz-result')).toContainText('Correct.');

  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Common mistakes' }).click();
  await expect(page).toHaveURL(/#common-mistakes$/);
  await expect(page.locator('#common-mistakes')).toBeInViewport();
  await page.goto(`${site.url}lessons/how-to-write-a-lesson/common-mistakes/`);
  await expect(page).toHaveURL(`${site.url}lessons/how-to-write-a-lesson/#common-mistakes`);

  await search(page, 'burying the point');
  await expect(results(page).first()).toContainText('Common mistakes');
  await results(page).first().click();
  await expect(page).toHaveURL(`${site.url}lessons/how-to-write-a-lesson/#common-mistakes`);
});
