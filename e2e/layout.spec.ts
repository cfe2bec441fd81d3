import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

for (const path of builtPages()) {
  test(`at 320 px wide nothing scrolls sideways on ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
}

test('printing hides navigation chrome and shows where links go', async ({ page }) => {
  await page.goto('/lessons/turning-requests-into-problems/');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.contents', '.prev-next', '.site-footer']) {
    await expect(page.locator(chrome)).toBeHidden();
  }
  const link = page.locator('.lesson-body a[href^="/lessons/"]').first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/lessons/');
});

test('keyboard users can skip straight to the content', async ({ page }) => {
  await page.goto('/lessons/working-with-engineering/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
