// Runs `astro dev` for a test while holding the project's build lock: the dev server writes
// Astro's per-project state in .astro/ just as a build does, so no build may run alongside.
// Usage: node tests/check/support/dev-server.mjs <port>; stop it with SIGTERM.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { takeBuildLock } from '../../../scripts/lib/lock.mjs';
import { root, toolEnv } from '../../../scripts/lib/run.mjs';

takeBuildLock();
// Start from a fresh content store: Astro keeps it between runs, and an entry whose text is
// unchanged keeps the path it was first read from, even after that folder is gone.
rmSync(path.join(root, '.astro', 'data-store.json'), { force: true });
const server = spawn('astro', ['dev', '--port', process.argv[2] ?? '4477', '--host', '127.0.0.1'], {
  stdio: 'inherit',
  env: toolEnv(),
});
// The lock's own signal handlers exit at once; here the lock is held until the server is
// gone (it takes a few seconds to close), so the next build or server never overlaps it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.removeAllListeners(signal);
  process.on(signal, () => server.kill('SIGTERM'));
}
server.on('exit', (code) => process.exit(code ?? 0));
