/**
 * The columns beside the text (../components/Contents.astro, PartNav.astro): from 75rem wide
 * the styles show them open, so there they are opened, and screen readers hear the state the
 * page shows. Narrower, they stay folded until the reader opens them.
 */
const wide = matchMedia('(min-width: 75rem)');
const openWhenWide = () => {
  if (wide.matches) for (const fold of document.querySelectorAll<HTMLDetailsElement>('.side-column > details')) fold.open = true;
};
openWhenWide();
wide.addEventListener('change', openWhenWide);
