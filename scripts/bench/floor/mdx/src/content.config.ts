import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// lessons/ of the project the benchmark assembles (scripts/bench/sandbox.mjs).
export const collections = {
  lessons: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'lessons' }) }),
};
