/**
 * The one slug rule: the URL name of a lesson, `/lessons/<slug>/`. The collection's loader
 * (the entry id), the checker and the section renderer (shareable links, quiz progress)
 * all call this, so a lesson is at the address every one of them expects.
 */
import path from 'node:path';
import { slug as slugify } from 'github-slugger';

/**
 * A file name made URL-safe: lower case, accents dropped, spaces and punctuation as
 * hyphens. `Giving Feedback.mdx` → `giving-feedback`; `Café notes.md` → `cafe-notes`.
 */
export function slugOfName(name: string): string {
  return slugify(name.normalize('NFKD').replace(/\p{M}/gu, ''));
}

/** A lesson's slug: its `slug:` when it has one, else its file name made URL-safe. */
export function lessonSlug(file: string, frontmatterSlug?: unknown): string {
  if (typeof frontmatterSlug === 'string' && frontmatterSlug.trim()) return frontmatterSlug.trim();
  return slugOfName(path.basename(file, path.extname(file)));
}
