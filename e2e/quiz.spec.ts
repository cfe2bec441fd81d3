import { expect, test, type Page } from '@playwright/test';

const LESSON = '/lessons/estimates-and-trade-offs/';
const single = '#quiz-estimate-too-long';
const multiple = '#quiz-healthy-tech-debt';
const open = '#quiz-why-not-negotiate';

const option = (page: Page, question: string, text: RegExp) =>
  page.locator(question).getByRole('radio', { name: text }).or(page.locator(question).getByRole('checkbox', { name: text }));

test.describe('with JavaScript', () => {
  test('a reader picks a wrong answer with the mouse, sees why, tries again and gets it right', async ({ page }) => {
    await page.goto(LESSON);
    const q = page.locator(single);
    await option(page, single, /push to get it done in three/).click();
    await q.getByRole('button', { name: 'Check answer' }).click();
    const result = q.getByRole('status');
    await expect(result).toContainText('Not quite.');
    await expect(result).toContainText('That negotiates the number, not the work.');
    await expect(result).toContainText('Treat the estimate as information.');
    await q.getByRole('button', { name: 'Try again' }).click();
    await expect(result).toBeEmpty();
    await option(page, single, /what drives the estimate/).click();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect(result).toContainText('Correct.');
    await expect(q.locator('.option.is-correct')).toHaveCount(1);
  });

  test('a multiple-choice question is right only with every correct option ticked', async ({ page }) => {
    await page.goto(LESSON);
    const q = page.locator(multiple);
    await expect(q.getByText('Choose every answer that applies.')).toBeVisible();
    await option(page, multiple, /Write down each deliberate shortcut/).check();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect(q.locator('.quiz-result')).toContainText('Not quite.');
    await q.getByRole('button', { name: 'Try again' }).click();
    await option(page, multiple, /Write down each deliberate shortcut/).check();
    await option(page, multiple, /Reserve a steady share/).check();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect(q.locator('.quiz-result')).toContainText('Correct.');
  });

  test('the quiz works by keyboard alone, and the result is announced in a live region', async ({ page }) => {
    await page.goto(LESSON);
    const q = page.locator(single);
    await q.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown'); // radios move with arrow keys: now option b
    await expect(option(page, single, /what drives the estimate/)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(q.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(q.getByRole('status')).toContainText('Correct.');
    await expect(q.getByRole('status')).toHaveAttribute('role', 'status');
    await expect(q.getByRole('button', { name: 'Try again' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(q.getByRole('radio').first()).toBeFocused();
  });

  test('choice questions are fieldsets named by their question', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('group', { name: /The team estimates a feature at six to ten weeks/ })).toBeVisible();
    await expect(page.getByRole('group', { name: /healthy ways for a PM to handle tech debt/ })).toBeVisible();
  });

  test('an open question reveals its model answer on request', async ({ page }) => {
    await page.goto(LESSON);
    const answer = page.locator(open).getByText('Because it changes the number, not the work.');
    await expect(answer).toBeHidden();
    await page.locator(open).getByText('Show the model answer').click();
    await expect(answer).toBeVisible();
  });

  test('progress is remembered when the reader comes back to the lesson', async ({ page }) => {
    await page.goto(LESSON);
    await option(page, single, /what drives the estimate/).click();
    await page.locator(single).getByRole('button', { name: 'Check answer' }).click();
    await page.locator(open).getByText('Show the model answer').click();
    // The reader leaves after the page has saved what they did (the details' toggle event,
    // which saves, fires a moment after the click; no reader reloads within that moment).
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('lessonbook-quiz:estimates-and-trade-offs')))
      .toContain('"opened":true');
    await page.reload();
    await expect(option(page, single, /what drives the estimate/)).toBeChecked();
    await expect(page.locator(single).locator('.quiz-result')).toContainText('Correct.');
    await expect(page.locator('.quiz-score')).toHaveText('You have checked 1 of 2 questions: 1 correct.');
    await expect(page.locator(open).locator('details')).toHaveAttribute('open', '');
  });

  test('nothing is gated: every section after the quiz question is readable before answering', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.locator('.lesson-body section')).toHaveCount(7);
    await expect(page.getByRole('link', { name: /Previous lesson/ })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question and its answer can still be read', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
    for (const q of [single, multiple]) {
      await page.locator(q).getByText('Show the answer').click();
      await expect(page.locator(q).locator('.correct-answer')).toBeVisible();
    }
    await expect(page.locator(single).locator('.correct-answer')).toContainText('Ask what drives the estimate');
    await expect(page.locator(single).locator('.feedback-list')).toContainText('Shopping for a better number');
    await page.locator(open).getByText('Show the model answer').click();
    await expect(page.locator(open).getByText('Because it changes the number, not the work.')).toBeVisible();
  });

  test('the seed lesson reads in full: its open questions show their model answers', async ({ page }) => {
    await page.goto('/lessons/working-with-engineering/');
    const questions = page.locator('.question');
    await expect(questions).toHaveCount(2);
    await expect(questions.first()).toContainText('In the architect/builder model, what does the PM own?');
    await questions.nth(1).getByText('Show the model answer').click();
    await expect(questions.nth(1).locator('details p')).toBeVisible();
  });
});
