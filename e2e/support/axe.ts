/** axe-core as every browser test runs it: the rules of WCAG 2.2 A and AA (README.md, the accessibility gate). */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** An axe run over `page` with the WCAG 2.2 A/AA rules; narrow it (`.include(…)`) or `.analyze()` it. */
export const axe = (page: Page) => new AxeBuilder({ page }).withTags(WCAG);
