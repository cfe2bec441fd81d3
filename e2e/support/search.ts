/** The search dialog as a reader finds it, for the search specs (hosted and offline). */
import { expect, type Page } from '@playwright/test';

/**
 * A phrase in exactly one section of one lesson, though each of its words is in several
 * sections (search.spec.ts checks this against the built pages): ranking puts it first.
 */
export const PHRASE = 'system health until';
export const TARGET = { lesson: 'working-with-engineering', section: 'common-mistakes', title: 'Common mistakes' };

export const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the handbook' });
export const box = (page: Page) => page.getByRole('combobox', { name: 'Search the handbook' });
export const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

/** Opens search with the control and types `query`; waits for its results, all of them (the first few show first). */
export async function search(page: Page, query: string) {
  await page.getByRole('link', { name: 'Search' }).click();
  await box(page).fill(query);
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('aria-busy', 'false');
}

/** What each result shows, and where it leads relative to the handbook's root (`lessons/x/#id`, `lessons/x/`), hosted or from disk. */
export async function shown(page: Page, root: string) {
  return results(page).evaluateAll(
    (options, root) =>
      options.map((o) => ({
        text: o.textContent,
        marked: [...o.querySelectorAll('mark')].map((m) => m.textContent),
        to: (o as HTMLAnchorElement).href.slice(root.length).replace(/\/index\.html(#|$)/, '/$1'),
      })),
    root,
  );
}
