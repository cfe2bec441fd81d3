/**
 * The quick check as markup, placed in the Quick check section by the section renderer.
 * Without JavaScript it is a list of questions whose answers open with <details>; the
 * `lb-quiz` script (src/site/client/quiz.ts) adds checking, feedback, "try again" and
 * remembered progress on top of the same markup. Nothing is gated. Built as mdast
 * elements, so Markdown and MDX lessons, on either engine, get the same elements and text
 * (each engine writes `&`, `<` and `"` its own way: see Escaping).
 */
import { hastProperty, NOT_SEARCHED, questionId, quizSlot } from '../contract/index.ts';
import type { ChoiceQuestion, Question } from '../schema/quiz.ts';
import { element as el, text, type Block } from './elements.ts';

/** On the quiz's own words (its hint, status lines and "Correct answer: …"): search leaves them out. */
const notSearched = { [hastProperty(NOT_SEARCHED)]: '' };

const isChoice = (q: Question): q is ChoiceQuestion => q.type !== 'open';
const correct = (q: ChoiceQuestion) => (Array.isArray(q.answer) ? q.answer : [q.answer]);

function choice(q: ChoiceQuestion): Block {
  const right = correct(q);
  const feedback = q.options.filter((o) => o.feedback);
  return el('fieldset', {}, [
    el('legend', {}, [text(q.question)]),
    ...(q.type === 'multiple' ? [el('p', { className: ['hint'], ...notSearched }, [text('Choose every answer that applies.')])] : []),
    el(
      'ul',
      { className: ['options'] },
      q.options.map((o) =>
        el('li', { className: ['option'], dataOption: o.id }, [
          el('label', {}, [
            el('input', { type: q.type === 'single' ? 'radio' : 'checkbox', name: questionId(q), value: o.id }),
            el('span', {}, [text(o.text)]),
          ]),
        ]),
      ),
    ),
    el('div', { className: ['quiz-actions'], hidden: true }, [
      el('button', { type: 'button', dataAction: 'check' }, [text('Check answer')]),
      el('button', { type: 'button', dataAction: 'retry', hidden: true }, [text('Try again')]),
    ]),
    el('p', { className: ['quiz-result'], role: 'status', ...notSearched }),
    el('details', { className: ['quiz-answer'] }, [
      el('summary', {}, [text('Show the answer')]),
      el('p', { className: ['correct-answer'], ...notSearched }, [
        text(`${right.length > 1 ? 'Correct answers: ' : 'Correct answer: '}${q.options.filter((o) => right.includes(o.id)).map((o) => o.text).join('; ')}`),
      ]),
      ...(q.explanation ? [el('p', { className: ['explanation'] }, [text(q.explanation)])] : []),
      ...(feedback.length > 0
        ? [
            el(
              'ul',
              { className: ['feedback-list'] },
              feedback.map((o) =>
                el('li', { dataFeedbackFor: o.id }, [el('strong', {}, [text(`${o.text}:`)]), text(' '), el('span', { className: ['feedback'] }, [text(o.feedback!)])]),
              ),
            ),
          ]
        : []),
    ]),
  ]);
}

function open(q: Question & { type: 'open' }): Block {
  const textId = `${questionId(q)}-text`;
  return el('div', { className: ['open-question'], role: 'group', ariaLabelledby: textId }, [
    el('p', { className: ['question-text'], id: textId }, [text(q.question)]),
    el('details', { className: ['quiz-answer'] }, [el('summary', {}, [text('Show the model answer')]), el('p', {}, [text(q.answer)])]),
  ]);
}

/** The quiz of lesson `lesson` (its slug keys the reader's remembered progress). */
export function quizMarkup(lesson: string, quiz: readonly Question[]): Block {
  return el('lb-quiz', { dataLesson: lesson }, [
    el('p', { className: ['quiz-score'], role: 'status', ...notSearched }),
    el(
      'ol',
      { className: ['quiz'] },
      quiz.map((q) =>
        el(
          'li',
          { className: ['question', `question--${q.type}`], id: questionId(q), dataQuestion: q.id, dataAnswer: isChoice(q) ? correct(q).join(' ') : undefined },
          [isChoice(q) ? choice(q) : open(q as Question & { type: 'open' })],
        ),
      ),
    ),
  ]);
}

/** Elements with no end tag, of those the quiz is made of. */
const VOID = new Set(['input']);

/** A hast property name as its HTML attribute: `className` → `class`, `dataLesson` → `data-lesson`, `ariaLabelledby` → `aria-labelledby`. */
const attributeName = (property: string) =>
  property === 'className' ? 'class' : /^(data|aria)[A-Z]/.test(property) ? property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : property.toLowerCase();

/**
 * How an engine writes `&`, `<`, `>` and `"`: unified()'s hast-util-to-html as hexadecimal
 * references, and only what must be (`&#x26;`, `&#x3C;`; `&#x22;` in attributes), Sätteri by
 * name (`&amp;`, `&lt;`, `&gt;`; `&quot;` in attributes).
 */
export type Escaping = 'hex' | 'named';
const ESCAPES: Record<Escaping, { text: RegExp; attribute: RegExp; as: Record<string, string> }> = {
  hex: { text: /[&<]/g, attribute: /[&"]/g, as: { '&': '&#x26;', '<': '&#x3C;', '"': '&#x22;' } },
  named: { text: /[&<>]/g, attribute: /[&"]/g, as: { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' } },
};
const ESCAPINGS = Object.keys(ESCAPES) as Escaping[];
const escaped = (value: string, characters: RegExp, as: Record<string, string>) => (value.search(characters) < 0 ? value : value.replace(characters, (c) => as[c]!));

/** `node`, made of ./elements.ts's elements and text only, as HTML the way the engines write it. */
function serialize(node: Block, escaping: Escaping): string {
  const { text: textEscapes, attribute: attributeEscapes, as } = ESCAPES[escaping];
  if (node.type === 'text') return escaped(node.value, textEscapes, as);
  const { hName, hProperties = {} } = (node.data ?? {}) as { hName: string; hProperties?: Record<string, unknown> };
  let html = `<${hName}`;
  for (const [property, value] of Object.entries(hProperties)) {
    if (value === undefined || value === false) continue;
    const name = attributeName(property);
    html += value === true ? ` ${name}` : ` ${name}="${escaped(Array.isArray(value) ? value.join(' ') : String(value), attributeEscapes, as)}"`;
  }
  html += '>';
  if (VOID.has(hName)) return html;
  for (const child of (node as { children?: Block[] }).children ?? []) html += serialize(child, escaping);
  return `${html}</${hName}>`;
}

/**
 * The quiz of lesson `lesson` as HTML, as the engines write `quizMarkup` (written here, not
 * with hast-util-to-html, which the pages' bundle would then carry for two kinds of node).
 */
export function quizHtml(lesson: string, quiz: readonly Question[], escaping: Escaping = 'hex'): string {
  return serialize(quizMarkup(lesson, quiz), escaping);
}

/**
 * A Markdown lesson's rendered HTML with its quiz, about half of it, left out for a
 * `quizSlot` naming the engine's escaping: what Astro's content store keeps in a build
 * (src/collection/index.ts), since the store's size is what a build pays for. Only where the
 * HTML holds exactly what `quizHtml` makes from the quiz data the entry keeps anyway, so
 * `withQuiz` gives the HTML back byte for byte: a quiz written otherwise (by a team's rehype
 * plugin, say) stays in the HTML.
 */
export function withoutQuiz(html: string, lesson: string, quiz: readonly Question[]): string {
  if (quiz.length === 0 || !html.includes('<lb-quiz')) return html;
  for (const escaping of ESCAPINGS) {
    const made = quizHtml(lesson, quiz, escaping);
    const at = html.indexOf(made);
    if (at >= 0) return html.slice(0, at) + quizSlot(escaping) + html.slice(at + made.length);
  }
  return html;
}

/** The HTML `withoutQuiz` kept, with the quiz back (the lesson page, src/site/routes/lesson.astro); other HTML as it is. */
export function withQuiz(html: string, lesson: string, quiz: readonly Question[]): string {
  for (const escaping of ESCAPINGS) {
    const slot = quizSlot(escaping);
    const at = html.indexOf(slot);
    if (at >= 0) return html.slice(0, at) + quizHtml(lesson, quiz, escaping) + html.slice(at + slot.length);
  }
  return html;
}
