/**
 * The collection: every `lessons/*.mdx` file, its frontmatter checked by the lesson schema.
 * Astro renders each body through the remark plugins named in astro.config.mjs.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schema/lesson';
import { lessonsDir } from './site/handbook';

const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: lessonsDir }),
  schema: lessonSchema,
});

export const collections = { lessons };
