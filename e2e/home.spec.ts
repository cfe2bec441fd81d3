import { expect, test } from '@playwright/test';

test('the home page lists every lesson in order with its tagline and reading time', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The PM Handbook');
  const items = page.locator('.lesson-list > li');
  await expect(items).toHaveCount(3);
  await expect(items.first().getByRole('link')).toHaveText('Working with engineering');
  await expect(items.first().locator('.tagline')).toHaveText('Earning trust with the people who actually build it.');
  for (const meta of await items.locator('.meta').allTextContents()) expect(meta).toMatch(/^\d+ min read$/);
});

test('a lesson is one click from the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Working with engineering' }).click();
  await expect(page).toHaveURL(/\/lessons\/working-with-engineering\/$/);
});

test('an unknown address shows a helpful "Page not found" page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the list of lessons' }).click();
  await expect(page.locator('.lesson-list')).toBeVisible();
});
