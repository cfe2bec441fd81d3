import { expect, test } from '@playwright/test';
import { SEED } from './support/site';

// Retrying assertions: a click or a media change restyles the page a moment later.
const DARK = 'rgb(20, 22, 26)';
const LIGHT = 'rgb(255, 255, 255)';

test('dark mode follows the system setting with no choice made', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(SEED);
  await expect(page.locator('body')).toHaveCSS('background-color', DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('body')).toHaveCSS('background-color', LIGHT);
});

test('the theme switch applies dark mode and it is remembered on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(SEED);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('body')).toHaveCSS('background-color', DARK);
  await page.goto('/');
  await expect(page.locator('body')).toHaveCSS('background-color', DARK);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('a remembered theme is applied before the first paint (no flash)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('lessonbook-theme', 'dark'));
  // Record the theme the moment <body> first exists, before any deferred script runs.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(SEED);
  expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
});

test('without JavaScript the page still follows the system theme and shows no dead switch', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(SEED);
  await expect(page.locator('body')).toHaveCSS('background-color', DARK);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await context.close();
});
