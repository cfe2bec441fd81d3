// The page does not jump when its scripts run: the header, which scripts fill in (the theme
// switch appears), keeps its size, so the content starts where it started. Lighthouse counts
// such a jump as layout shift. Compared directly: JavaScript off and on must lay out the same.
// (Further down, the quiz may grow its buttons: that moves only what is below it.)
import { expect, test, type Browser } from '@playwright/test';
import { htmlFiles, pagePath } from '../tests/quality/site';

/** Where the header ends and the content starts, on every reader page, at one width. */
async function layout(browser: Browser, width: number, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
  const page = await context.newPage();
  const boxes: Record<string, string> = {};
  for (const file of htmlFiles()) {
    if (file.startsWith('lessons/') && file.split('/').length > 3) continue; // section previews redirect
    await page.goto(pagePath(file));
    boxes[pagePath(file)] = await page.evaluate(() => {
      const box = (selector: string) => {
        const r = document.querySelector(selector)?.getBoundingClientRect();
        return r ? `${Math.round(r.top)}+${Math.round(r.height)}, ${Math.round(r.width)} wide` : 'none';
      };
      return `header ${box('.site-header')}, content from ${Math.round(document.querySelector('main')!.getBoundingClientRect().top)}`;
    });
  }
  await context.close();
  return boxes;
}

for (const width of [320, 412, 1024]) {
  test(`at ${width} px, running the scripts moves nothing on any page`, async ({ browser }) => {
    const before = await layout(browser, width, false);
    const after = await layout(browser, width, true);
    expect(Object.keys(before).length).toBeGreaterThan(3);
    expect(after).toEqual(before);
  });
}
