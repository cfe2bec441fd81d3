/** Runs a project tool (astro) the way npm scripts do: with the project's node_modules/.bin first on PATH. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function runTool(command: string, args: string[], root: string): number {
  const bin = path.join(root, 'node_modules', '.bin');
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` } });
  if (result.error) {
    console.error(`could not start ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}
