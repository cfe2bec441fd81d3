/**
 * HTML an author writes into a Markdown lesson (`<img src="x.png" width="300">`, `<a
 * id="old-anchor"></a>`, a table with `<th id="m3">`), read with a real HTML parser
 * (htmlparser2): every attribute of every opening tag, its decoded value, and where it is
 * in the text, so the check can name the line it is on and the renderer can change just
 * that attribute.
 */
import { Parser } from 'htmlparser2';

export interface HtmlAttribute {
  /** The element's name, lower case. */
  tag: string;
  /** The attribute's name, lower case. */
  name: string;
  /** Its value, entities decoded. */
  value: string;
  /** Offsets of the whole attribute (`name="value"`) in the text: start, and just past its end. */
  start: number;
  end: number;
  /** Every attribute of the same element, by name. */
  element: Record<string, string>;
}

/** Every attribute of every opening tag in `html`, in the order they are written. */
export function htmlAttributes(html: string): HtmlAttribute[] {
  const found: HtmlAttribute[] = [];
  let open: HtmlAttribute[] = [];
  let tag = '';
  const parser = new Parser(
    {
      onopentagname(name) {
        tag = name;
        open = [];
      },
      onattribute(name, value) {
        const attribute = { tag, name, value, start: parser.startIndex, end: parser.endIndex, element: {} };
        open.push(attribute);
        found.push(attribute);
      },
      onopentag(_name, attribs) {
        for (const attribute of open) attribute.element = attribs;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

/** The line `offset` of `text` is on, counting from `first`, the line `text` starts on. */
export function lineIn(text: string, offset: number, first: number | undefined): number | undefined {
  if (first === undefined) return undefined;
  let line = first;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** An attribute as HTML text, its value quoted and escaped: `name="value"`. */
export const attribute = (name: string, value: string) => `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
