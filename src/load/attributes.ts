/**
 * Heading attributes, the Markdown way to give a heading its anchor — and a section its
 * kind and former anchors — written at the end of the heading line:
 *
 *   ## Reading list {#further-reading}
 *   ## Pitfalls {#pitfalls kind=common-mistakes formerIds="traps gotchas"}
 *
 * The same `{#id}` that kramdown, MkDocs, Docusaurus and VitePress read, so a handbook
 * written for them keeps its anchors. Only a block made entirely of `#id`, `.class` and
 * `key=value` words counts: a heading that ends in `{braces}` keeps them as words.
 */

export interface HeadingAttributes {
  id?: string;
  /** Every `key=value`, by key as written. */
  values: Record<string, string>;
}

const BLOCK = /\s*\{([^{}]*)\}\s*$/;
const TOKEN = /#([^\s#.="'{}]+)|\.([^\s#.="'{}]+)|([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|([^\s"'{}]+))/y;

/** The attributes at the end of `text`, and the text without them; `undefined` when there are none. */
export function splitAttributes(text: string): { text: string; attributes: HeadingAttributes } | undefined {
  const match = BLOCK.exec(text);
  if (!match) return undefined;
  const inner = match[1]!.trim();
  if (!inner) return undefined;
  const attributes: HeadingAttributes = { values: {} };
  let at = 0;
  while (at < inner.length) {
    while (inner[at] === ' ' || inner[at] === '\t') at++;
    if (at >= inner.length) break;
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(inner);
    if (!token) return undefined; // not an attribute block: words in braces
    if (token[1] !== undefined) attributes.id = token[1];
    else if (token[3] !== undefined) attributes.values[token[3]] = token[4] ?? token[5] ?? token[6] ?? '';
    at = TOKEN.lastIndex;
  }
  return { text: text.slice(0, match.index), attributes };
}
