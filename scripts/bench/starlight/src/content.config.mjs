import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Starlight's pages are its `docs` collection: here the lessons in their folders (not the
// folders' README.md, which have no `title:`), as Starlight's own schema reads them.
export const collections = {
  docs: defineCollection({ loader: glob({ pattern: ['**/*.md', '!**/README.md'], base: 'lessons' }), schema: docsSchema() }),
};
