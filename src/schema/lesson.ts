import { z } from 'zod';
import { idSchema, quizSchema } from './quiz.ts';

/**
 * A lesson's frontmatter: everything about it that is not its prose. All of it is optional
 * in a Markdown file written for GitHub: the title then comes from the body's opening
 * `# heading` (or the file's name), and the order from the file's name.
 */
export const lessonSchema = z.strictObject({
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
  /** Position in the handbook (in its part): lessons with an `order` come first, by it; the rest by file name. */
  order: z.number({ error: 'give `order:` a number, such as `order: 3`' }).int().nonnegative().optional(),
  /** When the lesson was last edited, as `YYYY-MM-DD`. */
  updated: z.coerce.date({ error: 'write `updated:` as a date, such as 2026-11-29' }).optional(),
  /** The URL name, `/lessons/<slug>/`; defaults to the file name (a part's introduction: its folder). */
  slug: idSchema.optional(),
  /** Former slugs: old URLs of this lesson keep working. */
  formerSlugs: z.array(idSchema).default([]),
  /** The quick-check questions, rendered in the Quick check section. */
  quiz: quizSchema.default([]),
});
export type LessonData = z.infer<typeof lessonSchema>;
