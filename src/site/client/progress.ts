/**
 * "Where you are", on every list of lessons: for each lesson with a quick check, whether the
 * reader has worked it (answered a question or opened a model answer) and how many of its
 * choice questions they got right — read from what the quiz remembers on this device
 * (`QuizProgress`, ./store.d.ts), hosted and from file:// alike. Kept only in the browser; a
 * "Forget my progress" control clears it. Text, not only colour, so screen readers hear it.
 */
/** The quiz's key (./quiz.ts): a copy, not an import, so neither script needs a shared chunk (./store.d.ts). */
const PREFIX = 'lessonbook-quiz:';

function loadProgress(lesson: string): QuizProgress {
  try {
    return JSON.parse(window.lessonbookStore?.get(PREFIX + lesson) ?? '{}') as QuizProgress;
  } catch {
    return {};
  }
}

/**
 * Forgets every lesson's progress, in both stores the quiz writes to. Straight through the
 * storages, not `lessonbookStore`: it only gets and sets, and a way to remove would grow the
 * snippet every page runs before first paint (./theme-init.js) for this one button.
 */
function forgetProgress(): void {
  for (const storage of [() => localStorage, () => sessionStorage]) {
    try {
      const store = storage();
      for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
    } catch {
      /* storage switched off: nothing was kept */
    }
  }
}

function show(): void {
  let any = false;
  for (const line of document.querySelectorAll<HTMLElement>('[data-progress]')) {
    const lesson = line.dataset.progress!;
    const choice = Number(line.dataset.choice ?? 0);
    const answers = Object.values(loadProgress(lesson));
    const worked = answers.some((a) => a.picked?.length || a.opened);
    const right = answers.filter((a) => a.right).length;
    any ||= worked;
    line.textContent = !worked
      ? line.dataset.none ?? ''
      : choice > 0
        ? `Quick check worked: ${right} of ${choice} right`
        : 'Quick check worked';
    line.classList.toggle('is-worked', worked);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-forget-progress]')) button.hidden = !any;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-forget-progress]')) {
  button.addEventListener('click', () => {
    forgetProgress();
    show();
    const said = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    if (said) said.textContent = 'Your progress is forgotten.';
  });
}
show();
