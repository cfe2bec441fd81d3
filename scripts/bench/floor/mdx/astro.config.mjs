// The .mdx floor for `npm run bench`: bare Astro with its defaults and the MDX integration,
// one minimal page template (../pages/), the same lessons (lessons/*.mdx in the project the
// benchmark assembles). What Lessonbook adds on .mdx lessons is measured against this.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });
