import { z } from 'zod';

/**
 * An anchor a reader may land on (`#id`): letters (of any script, with their accents),
 * digits, hyphens and underscores, as written — ids that links written for GitHub or an
 * older site already use keep working.
 */
export const anchorSchema = z.string().superRefine((value, ctx) => {
  if (!/^[\p{L}\p{N}_][\p{L}\p{M}\p{N}_-]*$/u.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is not an anchor a link can use: write letters, digits, hyphens and underscores, with no spaces, like "common-mistakes"`,
    });
  }
});

/**
 * The kinds of section a lesson is made of. Each standard kind is recognised from its
 * heading and rendered in its own way; `custom` is any section of the author's own.
 */
export const SECTION_KINDS = [
  'short-version',
  'why-it-matters',
  'how-to',
  'common-mistakes',
  'in-a-startup',
  'in-an-enterprise',
  'quick-check',
  'custom',
] as const;
export const sectionKindSchema = z.enum(SECTION_KINDS, {
  error: (issue) =>
    `unknown kind ${JSON.stringify(issue.input)}; use one of ${SECTION_KINDS.join(', ')} (custom is a section of your own)`,
});
export type SectionKind = z.infer<typeof sectionKindSchema>;

/**
 * What an author may say about a section on its heading line, with
 * `## Heading <Section id="..." kind="..." formerIds="a b" />`. Every field is optional.
 */
export const sectionMetaSchema = z.strictObject({
  /** The section's anchor (`#id`), fixed however the heading is reworded. */
  id: anchorSchema.optional(),
  /** Overrides the kind recognised from the heading text. */
  kind: sectionKindSchema.optional(),
  /** Anchors this section used to have; old links to them still land here. Space-separated. */
  formerIds: z
    .string()
    .transform((s) => s.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(anchorSchema))
    .optional(),
});
export type SectionMeta = z.infer<typeof sectionMetaSchema>;

/** A section as the page sees it: where it is, what it is, and how to link to it. */
export const sectionSchema = z.strictObject({
  /** The anchor: `/lessons/<slug>/#<id>`. Unique in the lesson. */
  id: anchorSchema,
  /** Which kind of section this is. */
  kind: sectionKindSchema,
  /** The heading text, as written. */
  title: z.string().trim().min(1),
  /** Former anchors that still lead here. */
  formerIds: z.array(anchorSchema),
  /** The anchor GitHub gives the heading (its words, slugged), when the id differs: links written for GitHub land too. */
  aliases: z.array(anchorSchema),
  /** The line of the heading in the lesson file, for error messages. */
  line: z.number().int().positive().optional(),
});
export type Section = z.infer<typeof sectionSchema>;
