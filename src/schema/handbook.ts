import { z } from 'zod';

/** The handbook's own settings: `handbook.json`, beside the lessons. */
export const handbookSchema = z.strictObject({
  /** The handbook's name, on every page. */
  title: z
    .string({ error: 'add "title": the handbook\'s name, such as "title": "The PM Handbook"' })
    .trim()
    .min(1, 'the title is empty; write the handbook\'s name'),
  /** A sentence or two for the home page. */
  intro: z
    .string({ error: 'add "intro": a sentence or two for the home page' })
    .trim()
    .min(1, 'the intro is empty; write a sentence or two for the home page'),
});
export type Handbook = z.infer<typeof handbookSchema>;

/** The settings' names, for "did you mean" on a misspelt one. */
export const HANDBOOK_KEYS = Object.keys(handbookSchema.shape);
