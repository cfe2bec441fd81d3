import { z } from 'zod';
import { idSchema, quizSchema } from './quiz.ts';

/** A lesson's frontmatter: everything about it that is not its prose. */
export const lessonSchema = z.strictObject({
  /** The lesson's title, shown as its heading and in the contents. */
  title: z
    .string({ error: 'every lesson needs a title, such as `title: Working with engineering`' })
    .trim()
    .min(1, 'the title is empty; write the lesson title'),
  /** One line under the title that says what the lesson gives the reader. */
  tagline: z
    .string({ error: 'add a one-line `tagline:` that says what the lesson gives the reader' })
    .trim()
    .min(1, 'the tagline is empty; write one line')
    .refine((s) => !s.includes('\n'), 'the tagline must be one line'),
  /** Position in the handbook; lessons are listed by `order`, then title. */
  order: z.number({ error: 'give `order:` a number, such as `order: 3`' }).int().nonnegative(),
  /** When the lesson was last edited, as `YYYY-MM-DD`. */
  updated: z.coerce.date({ error: 'write `updated:` as a date, such as 2026-11-29' }).optional(),
  /** The URL name, `/lessons/<slug>/`; defaults to the file name. */
  slug: idSchema.optional(),
  /** Former slugs: old URLs of this lesson keep working. */
  formerSlugs: z.array(idSchema).default([]),
  /** The quick-check questions, rendered in the Quick check section. */
  quiz: quizSchema.default([]),
});
export type LessonData = z.infer<typeof lessonSchema>;
