/**
 * Code blocks with a language, highlighted as GitHub highlights them, without inline styles
 * (the pages' Content-Security-Policy applies none): Prism splits the code into tokens, and
 * each token becomes a `<span class="token keyword">`, coloured by the stylesheet's theme
 * (src/site/styles/content.css), light and dark. Built as mdast elements by the section
 * renderer, so both Markdown engines, and Markdown and MDX lessons, give the same HTML.
 * A language Prism does not know, and a block with none, stay as the engine renders them.
 */
import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';
import type { Code } from 'mdast';
import { element, text, type Block } from './elements.ts';

loadLanguages.silent = true;

/** Prism's grammar for a language name or alias as written after the fence (`js`, `TypeScript`), loaded once; undefined when it has none. */
function grammarOf(lang: string): Prism.Grammar | undefined {
  const name = lang.toLowerCase();
  if (!Object.hasOwn(Prism.languages, name)) {
    try {
      loadLanguages([name]);
    } catch {
      // A language whose definition fails to load is shown as plain code.
    }
  }
  const grammar = Object.hasOwn(Prism.languages, name) ? (Prism.languages[name] as Prism.Grammar | undefined) : undefined;
  return grammar && typeof grammar === 'object' && Object.keys(grammar).length > 0 ? grammar : undefined;
}

type Stream = string | Prism.Token | (string | Prism.Token)[];

function nodes(stream: Stream): Block[] {
  if (typeof stream === 'string') return stream ? [text(stream)] : [];
  if (Array.isArray(stream)) return stream.flatMap(nodes);
  const alias = stream.alias === undefined ? [] : Array.isArray(stream.alias) ? stream.alias : [stream.alias];
  return [element('span', { className: ['token', stream.type, ...alias] }, nodes(stream.content as Stream))];
}

/**
 * The code block as highlighted markup, `<pre><code class="language-js">` with its tokens,
 * or undefined to leave it as the engine renders it (no language, or one Prism does not know).
 */
export function highlightCode(code: Code): Block | undefined {
  const lang = code.lang?.trim();
  if (!lang) return undefined;
  const grammar = grammarOf(lang);
  if (!grammar) return undefined;
  // As Prism.highlight runs it, so languages inside templates (PHP in HTML, …) work.
  const env: Prism.hooks.RequiredEnvironment<'code' | 'grammar' | 'language'> & { tokens?: (string | Prism.Token)[] } = { code: code.value, grammar, language: lang.toLowerCase() };
  Prism.hooks.run('before-tokenize', env);
  env.tokens = Prism.tokenize(env.code, env.grammar);
  Prism.hooks.run('after-tokenize', env);
  // The engines end a block's code with a newline; so does this.
  const tokens = nodes(env.tokens);
  if (code.value) tokens.push(text('\n'));
  return element('pre', {}, [element('code', { className: [`language-${lang}`] }, tokens)]);
}
