// The Chromium everything here drives: the browser tests (playwright.config.ts), Lighthouse,
// the search benchmark, and the set-up that installs it (scripts/setup.mjs). Written for old
// Node.js on purpose: the set-up imports it before anything else is installed.

/** Where Chromium is: CHROMIUM_PATH, or Debian's package (test tools cannot download their own browser here). */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The flags every launch passes. Without the first four, Chromium's start-up calls home, and
 * on a closed network those calls hang or flood it. As root, Chromium refuses to start with
 * its sandbox.
 */
export const chromiumFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
  ...(typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : []),
];
