/**
 * URL names: a lesson is at `/lessons/<slug>/`. The rule that picks each lesson's slug from
 * its file, its folder and its frontmatter is `slugFor` (./files.ts); this is how a name
 * becomes URL-safe.
 */
import { slug as slugify } from 'github-slugger';

/**
 * A name made URL-safe, as GitHub makes heading anchors: lower case, accents dropped, each
 * space a hyphen, other punctuation but `-` and `_` dropped. `Giving Feedback` →
 * `giving-feedback`; `Café notes` → `cafe-notes`; `Q&A: what now?` → `qa-what-now`.
 */
export function slugOfName(name: string): string {
  return slugify(name.normalize('NFKD').replace(/\p{M}/gu, ''));
}
