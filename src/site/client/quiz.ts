/**
 * `<lb-quiz>`: checking, feedback and remembered progress for the quick check. It only
 * adds to server-rendered markup that already works without it (answers in <details>).
 * Progress — what was picked, whether it was right — is remembered per lesson on the device
 * (`QuizProgress`, ./store.d.ts), so it survives reloads, shows on lists of lessons
 * (./progress.ts) and works from file:// too. Nothing here blocks reading.
 */
type Progress = QuizProgress;

const storeKey = (lesson: string) => `lessonbook-quiz:${lesson}`;

function load(lesson: string): Progress {
  try {
    return JSON.parse(window.lessonbookStore?.get(storeKey(lesson)) ?? '{}') as Progress;
  } catch {
    return {};
  }
}

class LessonQuiz extends HTMLElement {
  private progress: Progress = {};

  connectedCallback(): void {
    this.progress = load(this.dataset.lesson ?? '');
    for (const q of this.questions()) {
      const id = q.dataset.question!;
      const saved = this.progress[id];
      const actions = q.querySelector<HTMLElement>('.quiz-actions');
      if (actions) {
        actions.hidden = false;
        q.querySelector('[data-action="check"]')!.addEventListener('click', () => this.check(q, true));
        q.querySelector('[data-action="retry"]')!.addEventListener('click', () => this.retry(q));
        if (saved?.picked?.length) {
          for (const input of this.inputs(q)) input.checked = saved.picked.includes(input.value);
          this.check(q, false);
        }
      }
      const details = q.querySelector('details');
      if (details && !actions) {
        if (saved?.opened) details.open = true;
        details.addEventListener('toggle', () => this.save(id, { opened: details.open }));
      }
    }
    this.score();
  }

  private questions(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('.question')];
  }

  private inputs(q: HTMLElement): HTMLInputElement[] {
    return [...q.querySelectorAll<HTMLInputElement>('input')];
  }

  private check(q: HTMLElement, byReader: boolean): void {
    const picked = this.inputs(q).filter((i) => i.checked).map((i) => i.value);
    const result = q.querySelector<HTMLElement>('.quiz-result')!;
    if (picked.length === 0) {
      result.textContent = 'Choose an answer first.';
      return;
    }
    const answer = (q.dataset.answer ?? '').split(' ');
    const right = picked.length === answer.length && picked.every((p) => answer.includes(p));
    for (const input of this.inputs(q)) {
      const option = input.closest<HTMLElement>('.option')!;
      option.classList.toggle('is-correct', input.checked && answer.includes(input.value));
      option.classList.toggle('is-wrong', input.checked && !answer.includes(input.value));
      input.disabled = true;
    }
    const feedback = picked
      .map((p) => q.querySelector(`[data-feedback-for="${p}"] .feedback`)?.textContent ?? '')
      .filter(Boolean);
    const explanation = q.querySelector('.explanation')?.textContent ?? '';
    result.textContent = [right ? 'Correct.' : 'Not quite.', ...feedback, explanation].join(' ').trim();
    result.className = `quiz-result ${right ? 'is-right' : 'is-wrong'}`;
    q.querySelector<HTMLElement>('[data-action="check"]')!.hidden = true;
    const retry = q.querySelector<HTMLElement>('[data-action="retry"]')!;
    retry.hidden = false;
    if (byReader) {
      retry.focus();
      this.save(q.dataset.question!, { picked, right });
    }
  }

  private retry(q: HTMLElement): void {
    for (const input of this.inputs(q)) {
      input.checked = false;
      input.disabled = false;
      input.closest('.option')!.classList.remove('is-correct', 'is-wrong');
    }
    const result = q.querySelector<HTMLElement>('.quiz-result')!;
    result.textContent = '';
    result.className = 'quiz-result';
    q.querySelector<HTMLElement>('[data-action="retry"]')!.hidden = true;
    const check = q.querySelector<HTMLElement>('[data-action="check"]')!;
    check.hidden = false;
    this.inputs(q)[0]?.focus();
    this.save(q.dataset.question!, {});
  }

  private save(id: string, state: Progress[string]): void {
    this.progress[id] = state;
    window.lessonbookStore?.set(storeKey(this.dataset.lesson ?? ''), JSON.stringify(this.progress));
    this.score();
  }

  /** "2 of 3 checked, 1 correct" — a quiet summary, never a gate. */
  private score(): void {
    const choice = this.questions().filter((q) => q.dataset.answer);
    const checked = choice.filter((q) => q.querySelector('.quiz-result.is-right, .quiz-result.is-wrong'));
    const right = choice.filter((q) => q.querySelector('.quiz-result.is-right'));
    const out = this.querySelector<HTMLElement>('.quiz-score')!;
    out.textContent = checked.length
      ? `You have checked ${checked.length} of ${choice.length} questions: ${right.length} correct.`
      : '';
  }
}

customElements.define('lb-quiz', LessonQuiz);
