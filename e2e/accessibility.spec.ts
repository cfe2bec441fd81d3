import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';
import { axe } from './support/axe';

for (const path of builtPages()) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG A/AA violation on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // Open every disclosure, so hidden answers are checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const { violations } = await axe(page).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
}

test('axe finds no violation on a lesson after answering its quiz', async ({ page }) => {
  await page.goto('/lessons/estimates-and-trade-offs/');
  await page.locator('#quiz-estimate-too-long input').first().check();
  await page.locator('#quiz-estimate-too-long').getByRole('button', { name: 'Check answer' }).click();
  const { violations } = await axe(page).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
