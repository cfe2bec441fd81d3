/**
 * The handbook's own settings: where its lessons are, and its title and intro (from
 * `handbook.json` beside the lessons; src/schema/handbook.ts, checked with the lessons by
 * src/check/handbook.ts before the build). LESSONBOOK_LESSONS points a build at another
 * folder, which is how tests and the benchmark build their own lessons with the real pipeline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { handbookSchema, type Handbook } from '../schema/handbook';

export const lessonsDir = process.env.LESSONBOOK_LESSONS ?? 'lessons';

export const handbook: Handbook = handbookSchema.parse(
  JSON.parse(readFileSync(path.join(lessonsDir, 'handbook.json'), 'utf8')),
);
