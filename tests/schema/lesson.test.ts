import { describe, expect, it } from 'vitest';
import { lessonOwnSchema, lessonSchema } from '../../src/schema/lesson.ts';

const valid = {
  title: 'Working with engineering',
  tagline: 'Earning trust with the people who actually build it.',
  order: 1,
  updated: '2026-11-29',
  quiz: [
    { id: 'owns', type: 'open', question: 'What does the PM own?', answer: 'The what and the why.' },
    {
      id: 'pick',
      type: 'single',
      question: 'Which is a problem, not a solution?',
      options: [
        { id: 'a', text: 'Add a button', feedback: 'That is a solution.' },
        { id: 'b', text: 'Users cannot find export', feedback: 'Yes.' },
      ],
      answer: 'b',
      explanation: 'Problems leave room for the how.',
    },
    {
      id: 'many',
      type: 'multiple',
      question: 'Which build trust?',
      options: [
        { id: 'a', text: 'Deciding fast' },
        { id: 'b', text: 'Moving targets' },
        { id: 'c', text: 'Clearing blockers' },
      ],
      answer: ['a', 'c'],
    },
  ],
};

/** The messages a bad lesson gets, as `path: message`. */
function problems(data: unknown): string[] {
  const result = lessonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the lesson schema', () => {
  it('accepts a lesson with open, single- and multiple-choice questions', () => {
    expect(problems(valid)).toEqual([]);
    const lesson = lessonSchema.parse(valid);
    expect(lesson.updated).toEqual(new Date('2026-11-29'));
    expect(lesson.formerSlugs).toEqual([]);
  });

  it('accepts a lesson with no quiz at all (nothing is gated, nothing is required)', () => {
    const { quiz: _, ...noQuiz } = valid;
    expect(lessonSchema.parse(noQuiz).quiz).toEqual([]);
  });

  it('takes frontmatter with no title, tagline or order: they can come from the body and the file name (the check says when they cannot)', () => {
    const { title: _t, tagline: _g, order: _o, ...rest } = valid;
    expect(problems(rest)).toEqual([]);
  });

  it('rejects a title that is not text, saying what to write', () => {
    expect(problems({ ...valid, title: 3 })).toEqual(['title: write the title as text, such as `title: Working with engineering`']);
  });

  it('rejects an empty title', () => {
    expect(problems({ ...valid, title: '   ' })).toEqual(['title: the title is empty; write the lesson title']);
  });

  it('rejects a tagline over more than one line', () => {
    expect(problems({ ...valid, tagline: 'one\ntwo' })).toEqual(['tagline: the tagline must be one line']);
  });

  it('lets fields written for other tools through to the collection, and keeps a lesson’s own fields strict', () => {
    expect(problems({ ...valid, description: 'x', hide_sidebar: true })).toEqual([]);
    expect(lessonOwnSchema.safeParse({ ...valid, titel: 'x' }).error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('rejects a quiz answer that is not one of the options, naming the options', () => {
    const quiz = structuredClone(valid.quiz);
    (quiz[1] as { answer: string }).answer = 'c';
    expect(problems({ ...valid, quiz })).toEqual(['quiz.1.answer: "c" is not one of the options (a, b); use one of them']);
  });

  it('rejects a multiple-choice answer list with an unknown option', () => {
    const quiz = structuredClone(valid.quiz);
    (quiz[2] as { answer: string[] }).answer = ['a', 'z'];
    expect(problems({ ...valid, quiz })).toEqual(['quiz.2.answer.1: "z" is not one of the options (a, b, c); use one of them']);
  });

  it('rejects duplicate options in a choice question', () => {
    const quiz = structuredClone(valid.quiz);
    (quiz[1] as { options: { id: string; text: string }[] }).options.push({ id: 'a', text: 'Add a button' });
    expect(problems({ ...valid, quiz })).toEqual([
      'quiz.1.options.2.id: option id "a" is used twice; give each option its own id',
      'quiz.1.options.2.text: option "Add a button" appears twice; remove or reword one',
    ]);
  });

  it('rejects a multiple-choice question with no correct option', () => {
    const quiz = structuredClone(valid.quiz);
    (quiz[2] as { answer: string[] }).answer = [];
    expect(problems({ ...valid, quiz })).toEqual(['quiz.2.answer: no option is marked correct; list the ids of the correct options, such as `answer: [a, c]`']);
  });

  it('rejects two questions with the same id', () => {
    const quiz = structuredClone(valid.quiz);
    quiz[2]!.id = 'owns';
    expect(problems({ ...valid, quiz })).toEqual([
      'quiz.2.id: question id "owns" is used twice in this lesson; give each question its own id',
    ]);
  });

  it('rejects an open question without a model answer', () => {
    const quiz = [{ id: 'x', type: 'open', question: 'Why?' }];
    expect(problems({ ...valid, quiz })[0]).toMatch(/^quiz\.0\.answer: /);
  });

  it('rejects an unknown question type', () => {
    const quiz = [{ id: 'x', type: 'essay', question: 'Why?', answer: 'Because.' }];
    expect(problems({ ...valid, quiz })[0]).toMatch(/^quiz\.0\.type: /);
  });
});
