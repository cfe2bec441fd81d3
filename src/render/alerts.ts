/**
 * GitHub's alerts: a quote that opens with `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`
 * or `[!CAUTION]` on a line of its own becomes a labelled callout,
 * `<div class="callout callout--note" role="note"><p class="callout-title">Note</p>…</div>`:
 * its words are the label a screen reader reads first, and the stylesheet gives each kind its
 * colour, light, dark and printed. As on GitHub, only a quote at the top level of the lesson
 * (not inside a list or another quote) is an alert, and the marker is matched in any letter case.
 */
import type { Blockquote, PhrasingContent } from 'mdast';
import { element, text, type Block } from './elements.ts';

/** The kinds, and the title each shows. */
export const ALERT_KINDS = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' } as const;

export type AlertKind = keyof typeof ALERT_KINDS;

const MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\r?\n|$)/i;

/** The quote as a callout, or undefined when it is not an alert. */
export function alertOf(quote: Blockquote): Block | undefined {
  const [first, ...rest] = quote.children;
  if (first?.type !== 'paragraph') return undefined;
  const lead = first.children[0];
  if (lead?.type !== 'text') return undefined;
  const match = MARKER.exec(lead.value);
  if (!match) return undefined;
  const kind = match[1]!.toLowerCase() as AlertKind;
  let words: PhrasingContent[] = [{ ...lead, value: lead.value.slice(match[0].length) }, ...first.children.slice(1)];
  // `[!NOTE]` then a hard line break (two spaces, or a backslash) before the words.
  if (words[0]?.type === 'text' && words[0].value === '') words = words.slice(1);
  if (words[0]?.type === 'break') words = words.slice(1);
  const body: Block[] = [...(words.length > 0 ? [{ ...first, children: words } as Block] : []), ...(rest as Block[])];
  // A marker with nothing after it is what GitHub shows too: a quote.
  if (body.length === 0) return undefined;
  return element('div', { className: ['callout', `callout--${kind}`], role: 'note' }, [element('p', { className: ['callout-title'] }, [text(ALERT_KINDS[kind])]), ...body]);
}
