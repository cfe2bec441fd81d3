/**
 * The quick check as markup, placed in the Quick check section by the section renderer.
 * Without JavaScript it is a list of questions whose answers open with <details>; the
 * `lb-quiz` script (src/site/client/quiz.ts) adds checking, feedback, "try again" and
 * remembered progress on top of the same markup. Nothing is gated. Built as mdast
 * elements, so Markdown and MDX lessons, on either engine, get the same elements and text
 * (each engine writes `&`, `<` and `"` its own way).
 */
import { hastProperty, NOT_SEARCHED, questionId } from '../contract/index.ts';
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
