// The floor for `npm run bench`: bare Astro with its defaults, one minimal page template,
// the same lessons. What Lessonbook adds is measured against this.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });
