/**
 * The handbook's own settings: where its lessons are, and its title and intro (from
 * `handbook.json` beside the lessons). LESSONBOOK_LESSONS points a build at another folder,
 * which is how tests and the benchmark build their own lessons with the real pipeline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const lessonsDir = process.env.LESSONBOOK_LESSONS ?? 'lessons';

const handbookSchema = z.strictObject({
  /** The handbook's name, on every page. */
  title: z.string().trim().min(1),
  /** A sentence or two for the home page. */
  intro: z.string().trim().min(1),
});
export type Handbook = z.infer<typeof handbookSchema>;

export const handbook: Handbook = handbookSchema.parse(
  JSON.parse(readFileSync(path.join(lessonsDir, 'handbook.json'), 'utf8')),
);
