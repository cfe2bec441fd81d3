// @ts-check
// This repository's own handbook, configured exactly as a team's: the integration does the rest.
import { defineConfig } from 'astro/config';
import lessonbook from './src/index.ts';

export default defineConfig({
  site: 'https://handbook.example.com',
  integrations: [lessonbook()],
});
