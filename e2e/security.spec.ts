// Security, in Chromium: no page asks any origin but its own and those its lessons name
// (e2e/embeds.spec.ts holds this on a handbook full of remote images and embeds), and the
// Content-Security-Policy (no 'unsafe-inline' for scripts) lets every page, the theme switch
// and the quiz work — both as the <meta> tag in the pages and as the header from dist/_headers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { distDir, htmlFiles, pagePath } from '../tests/quality/site';

interface Violation {
  directive: string;
  blocked: string;
}

/** The policy dist/_headers sends for every path. */
function headerPolicy(): string {
  const policy = readFileSync(path.join(distDir, '_headers'), 'utf8').match(/^\s+Content-Security-Policy:\s*(.+)$/m)?.[1];
  if (!policy) throw new Error('dist/_headers has no Content-Security-Policy');
  return policy;
}

/**
 * Serves every response with the _headers policy as a real header, and pages without their
 * <meta> policy, so the header alone is tested. Returns the pages it served that way.
 */
async function sendPolicyAsHeader(page: Page): Promise<string[]> {
  const policy = headerPolicy();
  const served: string[] = [];
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers: Record<string, string> = { ...response.headers(), 'content-security-policy': policy };
    let body = await response.body();
    if ((headers['content-type'] ?? '').includes('text/html')) {
      const html = body.toString('utf8');
      const stripped = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
      if (stripped !== html) served.push(route.request().url());
      body = Buffer.from(stripped);
    }
    await route.fulfill({ response, headers, body });
  });
  return served;
}

// A page closed while a response is still being rewritten is not a failure of the site.
test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

/**
 * Everything a page does that the policy or the network rules forbid, recorded from its
 * start and across navigations (a section preview page moves on to its lesson at once).
 */
async function watch(page: Page) {
  const violations: Violation[] = [];
  await page.exposeFunction('reportCspViolation', (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation: (v: { directive: string; blocked: string }) => void }).reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) => report({ directive: e.violatedDirective, blocked: e.blockedURI }));
  });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => {
    // Leaving a page (a section preview moving on) cancels what it had asked for.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  return { requests, problems, violations };
}

/** Opens a built page and waits until it, or the page it moves on to, has settled. */
async function open(page: Page, file: string) {
  const refresh = readFileSync(path.join(distDir, file), 'utf8').match(/<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i)?.[1];
  const response = await page.goto(pagePath(file));
  if (refresh) await page.waitForURL(new URL(refresh.replaceAll('&amp;', '&'), response!.url()).href);
  await page.waitForLoadState('networkidle');
}

/**
 * The origins the lessons on a page name: of each http(s) URL an element of its <main> loads
 * (src, srcset, data, poster). The page may ask these, and its own origin, and nothing else.
 */
function namedOrigins(html: string): Set<string> {
  const main = html.slice(Math.max(0, html.indexOf('<main')));
  const origins = new Set<string>();
  for (const m of main.matchAll(/\s(?:src|srcset|data|poster)=["']?([^"'>]+)/gi)) {
    for (const candidate of m[1]!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0] ?? '';
      if (/^https?:\/\//i.test(url)) origins.add(new URL(url).origin);
    }
  }
  return origins;
}

for (const file of htmlFiles()) {
  test(`${pagePath(file)} asks no origin its lessons do not name, and breaks no rule of the policy as <meta> or as header`, async ({ page }) => {
    const seen = await watch(page);
    await open(page, file);
    const origin = new URL(page.url()).origin;
    const named = namedOrigins(readFileSync(path.join(distDir, file), 'utf8'));
    const foreign = seen.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin && !named.has(new URL(url).origin));
    expect(foreign, 'requests to origins the page’s lessons do not name').toEqual([]);
    expect(seen.requests.length).toBeGreaterThan(0);
    expect(seen.violations, 'violations of the <meta> policy').toEqual([]);
    expect(seen.problems).toEqual([]);

    const served = await sendPolicyAsHeader(page);
    await open(page, file);
    expect(served.length, 'no page was served with the header policy in place of its <meta>').toBeGreaterThan(0);
    expect(seen.violations, 'violations of the header policy').toEqual([]);
    expect(seen.problems).toEqual([]);
  });
}

const QUIZ_LESSON = '/lessons/estimates-and-trade-offs/';

for (const mode of ['meta', 'header'] as const) {
  test.describe(`with the policy as a ${mode === 'meta' ? '<meta> tag' : 'header'}`, () => {
    test.beforeEach(async ({ page }) => {
      if (mode === 'header') await sendPolicyAsHeader(page);
    });

    test('a remembered theme applies, and the theme switch works', async ({ page }) => {
      const seen = await watch(page);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.addInitScript(() => localStorage.setItem('lessonbook-theme', 'dark'));
      await page.goto(QUIZ_LESSON);
      // Only the inline theme snippet sets this on load: it ran, so its hash is right.
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(seen.violations).toEqual([]);
    });

    test('a reader answers a quiz question and gets feedback', async ({ page }) => {
      const seen = await watch(page);
      await page.goto(QUIZ_LESSON);
      const question = page.locator('lb-quiz .question--single').first();
      await question.getByRole('radio').first().check();
      await question.getByRole('button', { name: 'Check answer' }).click();
      await expect(question.locator('.quiz-result')).toContainText(/Correct\.|Not quite\./);
      expect(seen.violations).toEqual([]);
      expect(seen.problems).toEqual([]);
    });

    test('a script injected into the page is refused (the policy is in force)', async ({ page }) => {
      const seen = await watch(page);
      await page.goto(QUIZ_LESSON);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true;';
        document.body.append(script);
      });
      await expect.poll(() => seen.violations).toContainEqual(expect.objectContaining({ directive: expect.stringMatching(/^script-src/) }));
      expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    });
  });
}
