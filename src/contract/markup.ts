/**
 * The names of the markup that one stage writes and another reads back: the renderer and the
 * lesson page write them; the write stage (its one reader of built pages) and the search
 * index read them. Markers that exist only for the stages are `data-*` attributes, so the
 * stylesheet's classes can change without breaking a stage, and a stage's marker never
 * styles anything.
 */

/** On the lesson page's element that holds the rendered lesson (src/site/routes/lesson.astro). */
export const LESSON_BODY = 'data-lesson-body';
/** On the `<article>` that holds a lesson, on the lesson page and the one-page handbook; its value is the lesson's slug. */
export const LESSON_ARTICLE = 'data-lesson';
/** On the `<article>` of a part's page (its introduction's, or its own); its value is the part's folder. The export makes no single file of it. */
export const PART_ARTICLE = 'data-part';
/** On the words before a lesson's first section. */
export const LESSON_INTRO = 'data-lesson-intro';
/** On a section's `<section>` element; its value is the section's kind (`short-version`, `custom`). */
export const SECTION = 'data-section';
/** On a section's head: its heading and link control (src/render/section-tree.ts). */
export const SECTION_HEAD = 'data-section-head';
/** On a section's link control: the absolute URL of the section's page, which the control copies (src/site/client/section-links.ts). */
export const SECTION_PAGE_URL = 'data-section-page';
/** On the empty element that keeps a section's former or other id working as an anchor. */
export const FORMER_ANCHOR = 'data-former-anchor';
/**
 * On an element of a rendered lesson whose words are the page's controls, not the lesson's:
 * the section's link control, the quiz's status lines and hint, and its "Correct answer: …",
 * which only repeats an option's text (src/render/quiz.ts). Search leaves them out.
 */
export const NOT_SEARCHED = 'data-not-searched';

/** The id of a section's heading, from the section's id (`why-it-matters` → `why-it-matters-title`): reserved in every lesson. */
export const headingId = (sectionId: string): string => `${sectionId}-title`;

/** A data attribute's name as a hast property (`data-section-head` → `dataSectionHead`), for the renderer. */
export const hastProperty = (attribute: string): string => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Where a page Astro renders leaves room for what the write stage fills in after the build
 * (src/write/print-page.ts, src/write/in-short.ts): HTML comments, so nothing shows if one
 * were ever left.
 */
export const FRAME = {
  /** The one-page handbook's lessons (src/site/routes/print.astro). */
  printBook: '<!--lessonbook:print-book-->',
  /** The handbook in short's short versions (src/site/routes/in-short.astro). */
  inShort: '<!--lessonbook:in-short-->',
} as const;

/** A quiz question's anchor on its lesson's page: `#quiz-<id>` (no heading may take it). */
export const questionId = (q: { id: string }): string => `quiz-${q.id}`;
