/**
 * Frontmatter written for other tools — Jekyll, Hugo, Docusaurus, MkDocs, just-the-docs — as
 * Lessonbook reads it: a field that means what a Lessonbook field means is read as that
 * field; a field Lessonbook does not read is left as it is (the check lists such fields in
 * one note). Only a near miss of a Lessonbook field's name (`titel`, `tagilne`) is taken
 * for a typo: a different word that contains one (`subtitle`, `seo_title`) is another tool's.
 */
import type { lessonFields } from './lesson.ts';

type Field = keyof typeof lessonFields;

/**
 * Other tools' fields read as a Lessonbook field, each when the lesson does not set that
 * field itself; of two that mean the same, the first listed is read.
 */
export const READ_AS: readonly (readonly [string, Field])[] = [
  ['description', 'tagline'], // Jekyll, Hugo, Docusaurus, MkDocs: the page's one-line summary
  ['last_modified_at', 'updated'], // jekyll-last-modified-at
  ['lastmod', 'updated'], // Hugo
  ['updated_at', 'updated'],
  ['date', 'updated'], // Jekyll, Hugo: the page's date
  ['nav_order', 'order'], // just-the-docs
  ['sidebar_position', 'order'], // Docusaurus
  ['weight', 'order'], // Hugo
  ['redirect_from', 'formerSlugs'], // jekyll-redirect-from
  ['aliases', 'formerSlugs'], // Hugo
  ['published', 'draft'], // Jekyll: `published: false` leaves the page out, as `draft: true` (Hugo, Docusaurus, and Lessonbook) does
];
