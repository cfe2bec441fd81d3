// `npm run typecheck`: `astro check` — TypeScript strict over .ts and .astro files alike.
import { run } from './lib/run.mjs';

process.exitCode = run('astro', ['check', ...process.argv.slice(2)]);
