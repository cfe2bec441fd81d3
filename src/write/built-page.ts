/**
 * The pages Astro built, as the write stage and the export read them back. Reading a built
 * page is faster than rendering its lesson again (README, "Reading built pages"), so the
 * stages do it — always through `htmlParser` here, the one parser (htmlparser2, entities
 * decoded, attribute names lower-cased), and by the markup names of the contract
 * (src/contract/markup.ts). Here too: where the lesson sits in a lesson page
 * (src/site/routes/lesson.astro) — its <article>, the rendered lesson inside it, one section
 * of that — and the frames of the pages the write stage completes (a route that renders a
 * marker where the write stage puts the content), so a change to the lesson page breaks
 * here, with one message.
 */
import { readFileSync } from 'node:fs';
import { Parser, type Handler } from 'htmlparser2';
import { FORMER_ANCHOR, LESSON_BODY, SECTION, SECTION_HEAD } from '../contract/index.ts';

/** The parser every reader of built HTML uses; `parser.end(html)` reads a whole page, `write` a stream of it. */
export function htmlParser(handlers: Partial<Handler>): Parser {
  return new Parser(handlers, { decodeEntities: true, lowerCaseAttributeNames: true });
}

/**
 * A lesson page's <article> (the lesson's header, contents and body: everything of the page
 * that is the lesson's), or undefined for a page without one (a former slug's redirect).
 */
export function lessonArticle(html: string): string | undefined {
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  return start >= 0 && end > start ? html.slice(start, end + '</article>'.length) : undefined;
}

/**
 * The rendered lesson inside a built lesson page: what its element marked LESSON_BODY
 * holds (that element closes just before the page's last `</article>`). `file` names the
 * page in the error.
 */
export function lessonBody(html: string, file: string): string {
  const marker = html.indexOf(` ${LESSON_BODY}`);
  const start = marker < 0 ? -1 : html.indexOf('>', marker) + 1;
  const articleEnd = html.lastIndexOf('</article>');
  const end = html.lastIndexOf('</', articleEnd - 1);
  if (start <= 0 || articleEnd < 0 || end < start) {
    throw new Error(`${file}: no element with ${LESSON_BODY} closing before </article>; did the lesson page layout (src/site/routes/lesson.astro) change?`);
  }
  return html.slice(start, end);
}

/**
 * What a section of a lesson's body holds without its heading: the inside of the section
 * element with that id, less the section's head and the anchors of its former ids.
 */
export function sectionContent(body: string, id: string): string | undefined {
  let inside: { start: number; end: number } | undefined;
  const cut: { start: number; end: number }[] = [];
  // Open elements, each with whether it is the section, or a part of it to leave out.
  const open: { section: boolean; cut: number | undefined }[] = [];
  const parser = htmlParser({
    onopentag(_name, attribs) {
      const section = !inside && attribs.id === id && SECTION in attribs;
      const within = inside !== undefined && inside.end < 0;
      const drop = within && (SECTION_HEAD in attribs || FORMER_ANCHOR in attribs) ? parser.startIndex : undefined;
      if (section) inside = { start: parser.endIndex + 1, end: -1 };
      open.push({ section, cut: drop });
    },
    onclosetag(_name, implied) {
      const element = open.pop();
      if (implied) return; // the section, its head and the anchors all have end tags
      if (element?.cut !== undefined) cut.push({ start: element.cut, end: parser.endIndex + 1 });
      if (element?.section && inside) inside.end = parser.startIndex;
    },
  });
  parser.end(body);
  if (!inside || inside.end < 0) return undefined;
  let text = '';
  let at = inside.start;
  for (const span of cut) {
    if (span.start < at) continue; // inside a part already left out
    text += body.slice(at, span.start);
    at = span.end;
  }
  return text + body.slice(at, inside.end);
}

/**
 * A page Astro rendered with `marker` where this stage puts its content: the page's text
 * before the marker and after it. `what` goes there and `route` renders the page, for the error.
 */
export function readFrame(file: string, marker: string, what: string, route: string): { before: string; after: string } {
  const frame = readFileSync(file, 'utf8');
  const at = frame.indexOf(marker);
  if (at < 0) throw new Error(`${file}: no ${marker} marker where ${what} go; did ${route} change?`);
  return { before: frame.slice(0, at), after: frame.slice(at + marker.length) };
}
