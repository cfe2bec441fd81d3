/**
 * MDX source as authors write Markdown for GitHub, made readable to MDX without moving a
 * line: a heading's `{#id}` block is escaped, so MDX reads it as the words it is in Markdown
 * (the heading rules then read it off, src/load/attributes.ts), and an HTML comment
 * `<!-- … -->`, which MDX refuses, becomes the MDX comment `{/* … *\/}`. The checker and the
 * build (a Vite plugin ahead of MDX's own) both read lessons through this, so they agree.
 * Fenced code blocks and inline code are left exactly as written.
 */
import { splitAttributes } from './attributes.ts';
import { findFrontmatter } from './source.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}[ \t]/;

/** The text of `source` with its frontmatter (if any, found as ./source.ts finds it) kept as it is and its body prepared. */
export function prepareMdx(source: string): string {
  const end = findFrontmatter(source)?.end ?? 0;
  return source.slice(0, end) + prepareMdxBody(source.slice(end));
}

/** A body with no frontmatter (./source.ts has split it off, or blanked it), prepared. */
export function prepareMdxBody(body: string): string {
  const lines = body.split('\n');
  let fence: string | undefined;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (!inComment) {
      const opening = FENCE.exec(line)?.[1];
      if (fence) {
        if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) fence = undefined;
        continue;
      }
      if (opening) {
        fence = opening;
        continue;
      }
      if (HEADING.test(line)) line = escapeAttributes(line);
    }
    const result = comments(line, inComment);
    inComment = result.inComment;
    lines[i] = result.line;
  }
  return lines.join('\n');
}

/** `## Title {#id}` → `## Title \{#id\}` (a block of attributes only; other braces stay code). */
function escapeAttributes(line: string): string {
  const trimmed = line.replace(/[ \t]+#+[ \t]*$/, ''); // an ATX heading's closing #s
  const split = splitAttributes(trimmed);
  if (!split) return line;
  const block = trimmed.slice(split.text.length);
  return `${split.text}${block.replace('{', '\\{').replace(/\}(\s*)$/, '\\}$1')}${line.slice(trimmed.length)}`;
}

/** Turns `<!--` … `-->` into `{/*` … `*\/}` on one line, outside inline code. */
function comments(line: string, inComment: boolean): { line: string; inComment: boolean } {
  let out = '';
  let at = 0;
  while (at < line.length) {
    if (inComment) {
      const end = line.indexOf('-->', at);
      const text = line.slice(at, end < 0 ? line.length : end).replaceAll('*/', '* /');
      if (end < 0) return { line: out + text, inComment: true };
      out += `${text}*/}`;
      at = end + 3;
      inComment = false;
      continue;
    }
    const tick = line.indexOf('`', at);
    const open = line.indexOf('<!--', at);
    if (open < 0) return { line: out + line.slice(at), inComment: false };
    if (tick >= 0 && tick < open) {
      // Skip an inline code span: from a run of backticks to the next run as long.
      const run = /^`+/.exec(line.slice(tick))![0];
      const close = line.indexOf(run, tick + run.length);
      const end = close < 0 ? tick + run.length : close + run.length;
      out += line.slice(at, end);
      at = end;
      continue;
    }
    out += `${line.slice(at, open)}{/*`;
    at = open + 4;
    inComment = true;
  }
  return { line: out, inComment };
}
