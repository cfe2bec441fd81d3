import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// lessons/ of the project the benchmark assembles (scripts/bench/sandbox.mjs): the lessons in
// their folders (not the folders' README.md), each at /lessons/<file name>/ as Lessonbook has it.
export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: ['**/*.md', '!**/README.md'], base: 'lessons', generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, '') }),
  }),
};
