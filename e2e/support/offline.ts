/**
 * Reading the handbook from disk, as a browser does it: pages opened by file:// URL, with
 * every request that is not for a file refused (no network on a plane), and everything that
 * goes wrong on the way — failed requests, page errors, console errors such as a
 * Content-Security-Policy refusal — collected for the test to assert on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { base, distDir, site } from '../../tests/quality/site';
import { cleanEnv } from '../../tests/support/project';

export { htmlFilesIn as htmlFiles } from '../../tests/quality/site';

/** The export `npm test` makes from this repository's dist/. */
export const exportDir = path.resolve('export');
/** Where dist/ is hosted (astro.config.mjs): single-file lessons link there. */
export const hostedRoot = `${site}${base}`;

/** Runs `npm run export`'s command in this repository; returns its output, or throws with it. */
export function runExport(): string {
  const result = spawnSync(process.execPath, ['src/cli/main.ts', 'export'], { encoding: 'utf8', env: cleanEnv() });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`export failed:\n${output}`);
  return output;
}

/**
 * The export of dist/: made by `npm test` right after the build. When it is missing or
 * older than dist/ (a spec run on its own), it is made here, from the same dist/.
 */
export function ensureExport(): string {
  const stamp = path.join(exportDir, 'handbook', 'index.html');
  const built = path.join(distDir, 'index.html');
  const stale = () => !existsSync(stamp) || (existsSync(built) && statSync(stamp).mtimeMs < statSync(built).mtimeMs);
  if (!stale()) return exportDir;
  // Test workers load this file at once: one exports, the others wait for it, so no
  // worker swaps export/ out from under another's test.
  const lock = `${exportDir}.lock`;
  const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      sleep(250);
    }
  }
  try {
    if (stale()) runExport();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return exportDir;
}

export const fileUrl = (file: string): string => pathToFileURL(file).href;

export interface OfflineReader {
  context: BrowserContext;
  page: Page;
  /** Everything that went wrong, one line each; empty when all is well. */
  problems: string[];
  /** Every URL the pages asked for. */
  requests: string[];
  close(): Promise<void>;
}

/** A fresh browser profile with the network cut: only file:// requests get through. */
export async function offlineReader(browser: Browser): Promise<OfflineReader> {
  const context = await browser.newContext();
  const problems: string[] = [];
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    problems.push(`network request refused: ${url}`);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => {
    // ERR_ABORTED: the reader moved on before a (lazy) image finished, which cancels it.
    // A file that is missing or refused fails otherwise (ERR_FILE_NOT_FOUND, blocked:csp).
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()} on ${page.url()}: ${m.text()}`);
  });
  return { context, page, problems, requests, close: () => context.close() };
}

/** Cuts `context` off the network: every request that is not for a file fails; returns the list they are added to. */
export async function cutNetwork(context: BrowserContext): Promise<string[]> {
  await context.setOffline(true);
  const failed: string[] = [];
  await context.route(/^(?!file:)/, (route) => {
    failed.push(route.request().url());
    return route.abort();
  });
  context.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
  return failed;
}

/**
 * What a page shows was loaded: each stylesheet parsed, each image decoded. Images are
 * waited for (lazy ones asked to load now): an image still decoding is not a broken one.
 */
export async function loadedResources(page: Page): Promise<{ sheets: number; missingSheets: string[]; images: number; brokenImages: string[] }> {
  return page.evaluate(async () => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')];
    const images = [...document.images];
    const decoded = await Promise.all(
      images.map((i) => {
        i.loading = 'eager';
        return i.decode().then(() => i.naturalWidth > 0, () => false);
      }),
    );
    return {
      sheets: links.length + document.querySelectorAll('style').length,
      missingSheets: links.filter((l) => !l.sheet).map((l) => l.href),
      images: images.length,
      brokenImages: images.filter((_, n) => !decoded[n]).map((i) => i.src.slice(0, 80)),
    };
  });
}
