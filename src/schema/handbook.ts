import { z } from 'zod';

/**
 * The handbook's own settings: `handbook.json`, beside the lessons. Every one is optional:
 * a folder of Markdown with no settings file builds as it is.
 */
export const handbookSchema = z.strictObject({
  /** The handbook's name, on every page; else the `# heading` of lessons/index.md or README.md, else the project folder's name. */
  title: z
    .string({ error: 'write "title" as text, such as "title": "The PM Handbook"' })
    .trim()
    .min(1, 'the title is empty; write the handbook\'s name, or remove the setting')
    .optional(),
  /** A sentence or two for the home page (and its description for search engines). */
  intro: z
    .string({ error: 'write "intro" as text: a sentence or two for the home page' })
    .trim()
    .min(1, 'the intro is empty; write a sentence or two for the home page, or remove the setting')
    .optional(),
  /**
   * Whether the check warns when a lesson leaves out a part of the lesson shape (a tagline,
   * "The short version"). `false` for a handbook that does not use that shape.
   */
  lessonShape: z.boolean({ error: 'write "lessonShape" as true or false' }).default(true),
  /**
   * Where a lesson's source can be edited: a URL to which its path from the project folder
   * (`lessons/working-with-engineering.mdx`) is appended, such as
   * "https://github.com/acme/handbook/edit/main/". Each lesson then links there.
   */
  editUrl: z
    .url({ protocol: /^https?$/, error: 'write "editUrl" as a web address, such as "https://github.com/acme/handbook/edit/main/"' })
    .transform((url) => url.replace(/\/?$/, '/'))
    .optional(),
  /**
   * The most lessons the printed handbook puts on one page (200 when unset): a handbook with
   * no more prints on one page, /print/; a larger one prints in volumes of at most this
   * many, split along its parts (src/load/volumes.ts).
   */
  printVolume: z
    .number({ error: 'write "printVolume" as a number of lessons, such as 200' })
    .int('write "printVolume" as a whole number of lessons, such as 200')
    .min(1, 'a volume holds at least one lesson; write a number such as 200, or remove the setting')
    .optional(),
  /**
   * Files and folders of the lessons folder that are not part of the handbook, as globs
   * relative to it: `["drafts", "**\/_template.md", "CONTRIBUTING.md"]`. A folder's pattern
   * leaves out everything in it. Folders whose names start with a dot (`.github/`) are
   * never read.
   */
  exclude: z
    .array(z.string({ error: 'write each pattern as text' }).trim().min(1, 'the pattern is empty; remove it'), {
      error: 'write "exclude" as a list of patterns, such as ["drafts", "**/_template.md", "CONTRIBUTING.md"]',
    })
    .default([]),
});
export type Handbook = z.infer<typeof handbookSchema>;

/** The settings' names, for "did you mean" on a misspelt one. */
export const HANDBOOK_KEYS = Object.keys(handbookSchema.shape);
