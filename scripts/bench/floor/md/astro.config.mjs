// The .md floor for `npm run bench`: bare Astro with its defaults (its own Markdown engine, no
// MDX integration), one minimal page template (../pages/), the same lessons as .md files
// (lessons/*.md in the project the benchmark assembles). What Lessonbook adds on .md lessons
// is measured against this.
import { defineConfig } from 'astro/config';

export default defineConfig({ devToolbar: { enabled: false } });
