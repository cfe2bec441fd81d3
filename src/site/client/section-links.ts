/**
 * Section link controls: each section's "#" link copies the URL of the section's page (the
 * one that previews best in chat apps) and says so. Where the clipboard is unavailable
 * (no JavaScript, file://, an insecure origin) the control stays a plain link to the section.
 */
import { SECTION_PAGE_URL } from '../../contract/markup.ts';

const announce = document.getElementById('lb-announce');

function say(message: string): void {
  if (!announce) return;
  announce.textContent = '';
  // A fresh text node is announced even when the same words were said a moment ago.
  requestAnimationFrame(() => (announce.textContent = message));
}

if (navigator.clipboard && window.isSecureContext) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[${SECTION_PAGE_URL}]`)) {
    const label = link.getAttribute('aria-label') ?? '';
    link.setAttribute('aria-label', label.replace(/^Link to/, 'Copy link to'));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      navigator.clipboard.writeText(link.getAttribute(SECTION_PAGE_URL)!).then(
        () => {
          link.classList.add('copied');
          setTimeout(() => link.classList.remove('copied'), 2500);
          say('Link copied');
        },
        () => {
          location.hash = link.hash; // the address bar now holds a working link
          say('Could not copy; the link to this section is in the address bar');
        },
      );
    });
  }
}
