import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './support/site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of builtPages()) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG A/AA violation on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // Open every disclosure, so hidden answers are checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
}

test('axe finds no violation on a lesson after answering its quiz', async ({ page }) => {
  await page.goto('/lessons/estimates-and-trade-offs/');
  await page.locator('#quiz-estimate-too-long input').first().check();
  await page.locator('#quiz-estimate-too-long').getByRole('button', { name: 'Check answer' }).click();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
