// `npm run typecheck`: `astro check` — TypeScript strict over .ts and .astro files alike —
// under the build lock, because it first syncs Astro's generated types into .astro/, the
// folder a build running at the same moment (a test, the benchmark) is using.
import { takeBuildLock } from './lib/lock.mjs';
import { run } from './lib/run.mjs';

takeBuildLock();
process.exitCode = run('astro', ['check', ...process.argv.slice(2)]);
