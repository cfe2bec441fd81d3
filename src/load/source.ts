/**
 * A lesson file as text: decoded as UTF-8 (strictly: a wrong byte is reported, never
 * replaced), then split into frontmatter and body exactly as Astro's MDX integration splits
 * it, so the body's line numbers are the file's line numbers.
 */
import type { LessonIssue } from './issues.ts';

export interface LessonSource {
  /** The YAML between the `---` lines, starting with the rest of the opening line; `undefined` when the file has none. */
  frontmatter: string | undefined;
  /** The line of the opening `---`: offset 0 of `frontmatter` is on it. */
  frontmatterLine: number;
  /** The body, the frontmatter blanked out with spaces: its lines are the file's lines. */
  body: string;
  /** The first line after the closing `---`. */
  bodyLine: number;
}

// The same pattern Astro uses (@astrojs/internal-helpers/frontmatter), so the checker and
// the build agree on where the frontmatter ends.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where the first byte that is not UTF-8 is: line, and column counting bytes. */
function firstBadByte(bytes: Uint8Array): { line: number; column: number; byte: number } {
  // A newline byte never occurs inside a UTF-8 sequence, so each line decodes on its own.
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const slice = bytes.subarray(start, i);
    try {
      utf8.decode(slice);
    } catch {
      let end = 1;
      for (; end < slice.length; end++) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(slice.subarray(0, end), { stream: true });
        } catch {
          break;
        }
      }
      // The decoder notices a bad sequence at the byte after it began: step back to its lead byte.
      let bad = end - 1;
      for (let k = bad; k >= Math.max(0, end - 4); k--) {
        if (slice[k]! >= 0xc0 || (k < bad && slice[k]! < 0x80)) {
          if (slice[k]! >= 0xc0) bad = k;
          break;
        }
      }
      return { line, column: bad + 1, byte: slice[bad]! };
    }
    start = i + 1;
    line++;
  }
  return { line: 1, column: 1, byte: bytes[0] ?? 0 };
}

/** The file's text, or the one issue that stops it being read at all. */
export function decodeLesson(bytes: Uint8Array): { text: string } | { issue: LessonIssue } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstBadByte(bytes);
    const hex = bad.byte.toString(16).toUpperCase().padStart(2, '0');
    // Most such files were saved as Windows-1252 (Latin-1): name the character it meant there.
    const meant = bad.byte >= 0xa0 ? ` ("${new TextDecoder('windows-1252').decode(Uint8Array.of(bad.byte))}" in Latin-1)` : '';
    return {
      issue: {
        line: bad.line,
        field: 'encoding',
        message: `the file is not UTF-8: byte 0x${hex}${meant} at column ${bad.column}; save the file as UTF-8 (in VS Code: "Save with Encoding", then "UTF-8")`,
      },
    };
  }
  return { text };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The one reader of a lesson's frontmatter block: where it opens, what it holds, and where
 * it ends (just past its closing `---`); undefined for a file with none, or one never closed.
 */
export function findFrontmatter(text: string): { open: number; frontmatter: string; end: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const open = match.index + match[0].indexOf('---');
  const frontmatter = match[1]!;
  return { open, frontmatter, end: open + `---${frontmatter}---`.length };
}

/** Splits a lesson's text; frontmatter opened and never closed is reported. A file may have none. */
export function splitLesson(text: string): { source: LessonSource } | { issue: LessonIssue } {
  const found = findFrontmatter(text);
  if (!found) {
    const opened = /^\uFEFF?\s*---[ \t]*\r?\n/.exec(text);
    if (!opened) return { source: { frontmatter: undefined, frontmatterLine: 1, body: text, bodyLine: 1 } };
    return {
      issue: {
        line: lineAt(text, opened[0].indexOf('---')),
        field: 'frontmatter',
        message: 'the frontmatter is never closed; end it with a line holding only `---`',
      },
    };
  }
  const { open, frontmatter, end } = found;
  const block = text.slice(open, end);
  return {
    source: {
      frontmatter,
      frontmatterLine: lineAt(text, open),
      body: text.slice(0, open) + block.replace(/[^\r\n]/g, ' ') + text.slice(end),
      bodyLine: lineAt(text, end) + 1,
    },
  };
}
