/**
 * A fragment that differs from an anchor of the page only in letter case (`#FAQ` for the
 * heading "FAQ", anchored `#faq`), typed or pasted, lands on that anchor, as on GitHub.
 * Links written in the handbook get the anchor's spelling when it is built (src/write/fragments.ts).
 */
const land = () => {
  let fragment = location.hash.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // as written
  }
  if (!fragment || document.getElementById(fragment)) return;
  const lower = fragment.toLowerCase();
  const match = [...document.querySelectorAll('[id]')].find((e) => e.id.toLowerCase() === lower);
  if (match) location.replace(`#${encodeURIComponent(match.id)}`);
};
land();
addEventListener('hashchange', land);
