// The Firefox ESR the policy test drives (tests/support/firefox.ts), and the set-up installs
// (scripts/setup.mjs). Written for old Node.js on purpose: the set-up imports it before
// anything else is installed.

/** Where Debian installs Firefox ESR (`apt-get install firefox-esr`); FIREFOX_PATH overrides. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
