// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { sectionsPlugin } from './src/render/sections-plugin.ts';
import { directives as cspDirectives, themeInitHash } from './scripts/lib/csp.mjs';

/*
 * Where the handbook is hosted: set once here (or by LESSONBOOK_SITE / LESSONBOOK_BASE
 * for one build). Every link, canonical URL and copied section link derives from these.
 */
const site = process.env.LESSONBOOK_SITE ?? 'https://handbook.example.com';
const base = (process.env.LESSONBOOK_BASE ?? '/').replace(/\/?$/, '/');

export default defineConfig({
  site,
  base,
  outDir: process.env.LESSONBOOK_OUT ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: satteri({ mdastPlugins: [sectionsPlugin({ site, base })] }), syntaxHighlight: false },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page, with no 'unsafe-inline': Astro hashes the
  // scripts it bundles; the is:inline theme snippet's hash is added here. The build copies the
  // policy into dist/_headers (scripts/lib/csp.mjs).
  security: { csp: { directives: cspDirectives, scriptDirective: { hashes: [themeInitHash()] } } },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's own head-inject directive; the bundler's note
        // about it repeats once per lesson and says nothing an author can act on.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
