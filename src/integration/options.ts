/** The integration's options, where the integration and the `lessonbook` command both read them. */

/** `lessonbook({ … })` in astro.config.mjs. */
export interface LessonbookOptions {
  /** The lessons folder, relative to the project: `'docs'`, `'handbook'`; `'lessons'` by default. */
  lessons?: string;
}

/** The integration object's property holding its options, so the command can read them from the imported config. */
export const OPTIONS = Symbol.for('lessonbook.options');
