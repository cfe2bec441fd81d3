/** Words a reader takes in per minute of careful, non-fiction reading. */
const WORDS_PER_MINUTE = 200;

/** Minutes to read a lesson's text, at least one. Markup and punctuation do not count. */
export function readingMinutes(...texts: string[]): number {
  const words = texts
    .join(' ')
    .replace(/<[^>]*>|[#*_`>[\]()-]/g, ' ')
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
