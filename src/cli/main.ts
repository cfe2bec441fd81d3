#!/usr/bin/env node
/**
 * The `lessonbook` command. `init` and `setup` run on whatever Node.js the machine has;
 * every other command first makes sure a Node.js new enough for Astro runs it (fetching one
 * into the project when the system's is too old, see ./node-runtime.js).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ASTRO_NODE, atLeast, ensureNode } from './node-runtime.js';

const HELP = `lessonbook: a folder of lessons in; a handbook website and an offline copy out.

  lessonbook init [folder]        start a handbook (package.json scripts, astro.config.mjs, lessons/)
  lessonbook check [folder]       check every lesson (lessons/ by default) without building
                  [--report-only] print the problems but exit 0 (how \`npm run dev\` starts)
                  [--baselined]   list the problems lessonbook-baseline.json records
  lessonbook baseline [folder]    record every problem there is now in lessonbook-baseline.json:
                                  from then on only new ones stop check, build and dev
  lessonbook new "Lesson title"   start a lesson in lessons/
  lessonbook export               the offline copy of dist/, in export/ (builds dist/ first if needed)
                  [--dist <dir>] [--out <dir>]  read another built site, write elsewhere
                  [--with-remote] download remote images into the copy (kept in .lessonbook/remote-cache/)

The lessons folder is the one astro.config.mjs names (lessonbook({ lessons: 'docs' })),
else lessons/; --lessons <folder> names another.
  lessonbook setup                make sure this project runs on a Node.js new enough for Astro

Building and previewing are Astro's own: astro build, astro dev, astro preview
(npm run build, npm run dev, npm start in a handbook made by init).`;

/** Runs the command again on the project's own Node.js, when the one running is too old for Astro. */
function onNewEnoughNode(): number | undefined {
  if (atLeast(process.version, ASTRO_NODE)) return undefined;
  const root = process.cwd();
  const problem = ensureNode(root, ASTRO_NODE);
  if (problem) {
    console.error(problem);
    return 1;
  }
  const node = path.join(root, 'node_modules', '.bin', 'node');
  return spawnSync(node, process.argv.slice(1), { stdio: 'inherit' }).status ?? 1;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'init':
      return (await import('./init.ts')).init(args);
    case 'setup': {
      const problem = ensureNode(process.cwd(), ASTRO_NODE);
      if (problem) console.error(problem);
      return problem ? 1 : 0;
    }
    case 'check':
    case 'baseline':
    case 'new':
    case 'export': {
      const rerun = onNewEnoughNode();
      if (rerun !== undefined) return rerun;
      if (command === 'check') return (await import('./check.ts')).check(args);
      if (command === 'baseline') return (await import('./baseline.ts')).baseline(args);
      if (command === 'new') return (await import('./new.ts')).newLesson(args);
      return (await import('./export.ts')).exportCommand(args);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return 0;
    default:
      console.error(`lessonbook: there is no command "${command}".\n\n${HELP}`);
      return 2;
  }
}

process.exitCode = await main();
