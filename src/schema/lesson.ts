import { z } from 'zod';
import { idSchema, quizSchema } from './quiz.ts';

/**
 * A lesson's own frontmatter fields: everything about it that is not its prose. All of it
 * is optional in a Markdown file written for GitHub: the title then comes from the body's
 * opening `# heading` (or the file's name), and the order from the file's name.
 */
export const lessonFields = {
  /** The lesson's title, shown as its heading and in the contents; else its opening `# heading`. */
  title: z
    .string({ error: 'write the title as text, such as `title: Working with engineering`' })
    .trim()
    .min(1, 'the title is empty; write the lesson title')
    .optional(),
  /** One line under the title that says what the lesson gives the reader. */
  tagline: z
    .string({ error: 'write the tagline as one line of text' })
    .trim()
    .min(1, 'the tagline is empty; write one line, or remove it')
    .refine((s) => !s.includes('\n'), 'the tagline must be one line')
    .optional(),
  /** Position in the handbook (in its part): lessons with an `order` come first, by it (lowest first); the rest by file name. */
  order: z.number({ error: 'give `order:` a number, such as `order: 3`' }).optional(),
  /** When the lesson was last edited, as `YYYY-MM-DD`. */
  updated: z.coerce.date({ error: 'write `updated:` as a date, such as 2026-11-29' }).optional(),
  /** The URL name, `/lessons/<slug>/`; defaults to the file name (a part's introduction: its folder). */
  slug: idSchema.optional(),
  /** Former slugs: old URLs of this lesson keep working. */
  formerSlugs: z.array(idSchema).default([]),
  /** `true` leaves the lesson out of the site: no page, no place in the handbook; it is still checked. */
  draft: z.boolean({ error: 'write `draft: true` to leave the lesson out of the site, or `draft: false`' }).optional(),
  /** The quick-check questions, rendered in the Quick check section. */
  quiz: quizSchema.default([]),
};

/** A lesson's frontmatter exactly as Lessonbook reads it: its own fields, and no other. */
export const lessonOwnSchema = z.strictObject(lessonFields);

/**
 * A lesson's frontmatter as the lessons collection validates it: Lessonbook's own fields,
 * checked; any other field passes untouched, because a handbook written for another tool
 * (Jekyll, Hugo, Docusaurus, MkDocs) has fields of that tool's. The check reads those
 * (src/load/frontmatter.ts): some as the Lessonbook field they mean (./other-tools.ts), a
 * near miss of a Lessonbook field as the typo it is, and the rest are left alone.
 */
export const lessonSchema = z.looseObject(lessonFields);
export type LessonData = z.infer<typeof lessonOwnSchema>;
