/**
 * Where the commands find a project's lessons: the folder named on the command line
 * (`lessonbook check docs`, or `--lessons docs`), else the one astro.config.mjs gives the
 * integration (`lessonbook({ lessons: 'docs' })`, read by importing the config, as Astro
 * does), else `lessons/`; and the commands' few arguments.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LESSONS_DIR } from '../collection/index.ts';
import { OPTIONS, type LessonbookOptions } from '../integration/options.ts';

/** Astro's config file names, in the order Astro looks for them. */
const CONFIG_NAMES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs', 'astro.config.cts'];

/** The value of `--name <value>` (or `--name=value`) in `args`. */
export function option(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  const arg = args[at]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
}

/** The arguments that are neither flags nor a flag's value. */
export function positional(args: readonly string[], valued: readonly string[] = []): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !valued.some((name) => args[i - 1] === `--${name}`));
}

/** The `lessons` option of the lessonbook() integration in the project's Astro config, if it sets one. */
async function configuredFolder(root: string): Promise<string | undefined> {
  const file = CONFIG_NAMES.map((name) => path.join(root, name)).find((f) => existsSync(f));
  if (!file) return undefined;
  let config: { integrations?: unknown[] };
  try {
    config = ((await import(pathToFileURL(file).href)) as { default?: { integrations?: unknown[] } }).default ?? {};
  } catch (error) {
    console.warn(`(could not read ${path.basename(file)} to find the lessons folder: ${(error as Error).message.split('\n')[0]}; reading ${LESSONS_DIR}/, or name the folder: --lessons <folder>)`);
    return undefined;
  }
  const integrations = (config.integrations ?? []).flat(Infinity) as ({ name?: string; [OPTIONS]?: LessonbookOptions } | null)[];
  return integrations.find((i) => i?.name === 'lessonbook')?.[OPTIONS]?.lessons;
}

/** The lessons folder (absolute) for a command run in `root`, given the folder named on the command line, if any. */
export async function lessonsFolder(root: string, named: string | undefined): Promise<string> {
  if (named) return path.resolve(root, named);
  return path.resolve(root, (await configuredFolder(root)) ?? LESSONS_DIR);
}

/** The lessons folder for a command, or undefined (having said why) when there is none. */
export async function existingLessons(args: string[], root: string): Promise<string | undefined> {
  const dir = await lessonsFolder(root, positional(args, ['lessons'])[0] ?? option(args, 'lessons'));
  if (existsSync(dir) && statSync(dir).isDirectory()) return dir;
  console.error(
    `There is no lessons folder at ${path.relative(process.cwd(), dir) || dir}/; pass the folder that holds your lessons ` +
      `(lessonbook check <folder>), or name it in astro.config.mjs: lessonbook({ lessons: '<folder>' }).`,
  );
  return undefined;
}
