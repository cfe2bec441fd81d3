/**
 * URL names: a lesson is at `/lessons/<slug>/`. The rule that picks each lesson's slug from
 * its file, its folder and its frontmatter is `slugFor` (./files.ts); this is how a name
 * becomes URL-safe.
 */
import { slug as slugify } from 'github-slugger';

/**
 * A name made URL-safe: lower case, accents dropped, spaces and punctuation as hyphens.
 * `Giving Feedback` → `giving-feedback`; `Café notes` → `cafe-notes`.
 */
export function slugOfName(name: string): string {
  return slugify(name.normalize('NFKD').replace(/\p{M}/gu, ''));
}
