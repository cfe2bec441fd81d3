// The Starlight anchor for `npm run bench -- --anchors`: Starlight with its defaults on the same
// lessons (lessons/ of the project the benchmark assembles, scripts/bench/sandbox.mjs), each at
// /<its folder>/<file name>/. Starlight is installed into that project alone, from the npm
// registry, never into this package.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'Benchmark handbook' })],
  devToolbar: { enabled: false },
});
