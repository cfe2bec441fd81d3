import { expect, test } from '@playwright/test';

test('the home page lists every lesson in order with its tagline and reading time', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The PM Handbook');
  const items = page.locator('.lesson-list > li');
  await expect(items).toHaveCount(3);
  await expect(items.first().getByRole('link')).toHaveText('Working with engineering');
  await expect(items.first().locator('.tagline')).toHaveText('Earning trust with the people who actually build it.');
  for (const meta of await items.locator('.meta:not(.lesson-progress)').allTextContents()) expect(meta).toMatch(/^\d+ min read$/);
  await expect(items.locator('.lesson-progress')).toHaveText(Array(3).fill('Quick check not worked yet'));
});

test('a lesson is one click from the home page', async ({ page }) => {
  await page.goto('/');
  await page.locator('.lesson-list').getByRole('link', { name: 'Working with engineering' }).click();
  await expect(page).toHaveURL(/\/lessons\/working-with-engineering\/$/);
});

test('an unknown address shows a helpful "Page not found" page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the list of lessons' }).click();
  await expect(page.locator('.lesson-list')).toBeVisible();
});
