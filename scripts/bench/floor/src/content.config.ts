import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  lessons: defineCollection({ loader: glob({ pattern: '*.mdx', base: process.env.LESSONBOOK_LESSONS! }) }),
};
