// `node e2e/support/serve-cli.ts <dir> <port> [base]`: serves a built site for the browser
// tests as a plain static host would (Astro's preview allows one server per project,
// which parallel runs would trip over).
import path from 'node:path';
import { serveStatic } from '../../scripts/lib/serve.ts';

const [dir = 'dist', port = '4399', base = '/'] = process.argv.slice(2);
const site = await serveStatic(path.resolve(dir), base, Number(port));
console.log(`serving ${dir} at ${site.url}`);
