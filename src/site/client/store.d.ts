/**
 * What the reader's device remembers: the theme they chose and their quiz progress.
 * Defined by the inline snippet every page runs first (./theme-init.js), so every page
 * script shares one copy without a shared module (a page opened from disk cannot import
 * one; the offline export refuses such scripts).
 *
 * A write goes to localStorage (kept across visits) and to this tab's sessionStorage; a
 * read takes localStorage first, then sessionStorage. Why both: Chromium sometimes gives a
 * page opened from file:// an empty localStorage just after a link is followed (measured:
 * 2 arrivals in 60, in normal and private profiles alike, a reload showing the data again),
 * while sessionStorage came through every time. So a reader of the offline copy never sees
 * their last answer vanish on the next page. Where storage is switched off, reads give null
 * and writes do nothing; the page works the same, it just forgets.
 */
interface LessonbookStore {
  /** The remembered value, or null. */
  get(key: string): string | null;
  /** Remember a value on this device. */
  set(key: string, value: string): void;
}

interface Window {
  /** Undefined only if the inline snippet did not run; callers then remember nothing. */
  lessonbookStore?: LessonbookStore;
}

/**
 * What the quick check remembers of one lesson, by question id, under the key
 * `lessonbook-quiz:<lesson>`: written by the quiz (./quiz.ts), read by lists of lessons
 * (./progress.ts). Each script reads it itself: a module both imported would become a
 * shared chunk, which a page opened from disk cannot load.
 */
type QuizProgress = Record<
  string,
  {
    /** The options the reader checked, for a choice question. */
    picked?: string[];
    /** Whether those were right. */
    right?: boolean;
    /** Whether the reader opened an open question's model answer. */
    opened?: boolean;
  }
>;
