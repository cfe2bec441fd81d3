/**
 * `:emoji:` shortcodes as GitHub shows them: `:tada:` → 🎉, by GitHub's own names (the
 * gemoji table). The renderer applies it to the lesson's words (code, URLs and HTML keep
 * their colons), and the heading rules to headings' text, so a heading's anchor is the one
 * GitHub gives it. A name GitHub does not know (or one of its image-only ones, such as
 * `:shipit:`) stays as written.
 */
import { nameToEmoji } from 'gemoji';

const SHORTCODE = /:([a-z0-9_+-]+):/g;

/** `value` with every shortcode GitHub knows replaced by its emoji. */
export function emojify(value: string): string {
  if (!value.includes(':')) return value;
  return value.replace(SHORTCODE, (whole, name: string) => (Object.hasOwn(nameToEmoji, name) ? nameToEmoji[name]! : whole));
}
