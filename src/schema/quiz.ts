import { z } from 'zod';

/** An id readers may see in a URL; `whenMissing` is what to say when the field is left out. */
function id(whenMissing?: string) {
  return z
    .string(whenMissing ? { error: (issue) => (issue.input === undefined ? whenMissing : undefined) } : undefined)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: 'use lower-case letters, digits and single hyphens, like "common-mistakes"',
    });
}

/** Ids readers may see in a URL (`#quiz-...`): lower-case words joined by hyphens. */
export const idSchema = id();

/** One answer a reader can pick in a choice question. */
export const optionSchema = z.strictObject({
  /** Stable id the `answer` field refers to, such as `a` or `ship-the-spec`. */
  id: idSchema,
  /** What the reader sees as the option. */
  text: z.string().trim().min(1, 'write the text of the option'),
  /** Shown after checking, when this option was chosen: why it is right or wrong. */
  feedback: z.string().trim().min(1).optional(),
});
export type QuizOption = z.infer<typeof optionSchema>;

const questionBase = {
  /** Stable id, unique in the lesson; the question's anchor is `#quiz-<id>`. */
  id: idSchema,
  /** The question as the reader sees it. */
  question: z.string().trim().min(1, 'write the question'),
};

/** An open question: the reader thinks, then reveals the model answer. */
export const openQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('open'),
  /** The model answer, revealed on request. */
  answer: z
    .string({ error: (issue) => (issue.input === undefined ? 'add `answer:` with the model answer the reader can reveal' : undefined) })
    .trim()
    .min(1, 'write a model answer'),
});
export type OpenQuestion = z.infer<typeof openQuestionSchema>;

/** Checks that apply to both kinds of choice question. */
function checkOptions(
  q: { options: QuizOption[]; answer: string | string[] },
  ctx: z.RefinementCtx,
): void {
  const ids = q.options.map((o) => o.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', i, 'id'],
        message: `option id "${id}" is used twice; give each option its own id`,
      });
    }
  });
  const texts = q.options.map((o) => o.text.toLowerCase());
  texts.forEach((text, i) => {
    if (texts.indexOf(text) !== i) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', i, 'text'],
        message: `option "${q.options[i]!.text}" appears twice; remove or reword one`,
      });
    }
  });
  const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
  answers.forEach((answer, i) => {
    if (!ids.includes(answer)) {
      ctx.addIssue({
        code: 'custom',
        path: Array.isArray(q.answer) ? ['answer', i] : ['answer'],
        message: `"${answer}" is not one of the options (${ids.join(', ')}); use one of them`,
      });
    }
  });
}

const choiceBase = {
  ...questionBase,
  /** The options, in the order shown; at least two. */
  options: z.array(optionSchema).min(2, 'give at least two options'),
  /** Shown after checking, whatever was chosen: why the answer is right. */
  explanation: z.string().trim().min(1).optional(),
};

/** A question with exactly one correct option. */
export const singleChoiceSchema = z
  .strictObject({
    ...choiceBase,
    type: z.literal('single'),
    /** The id of the one correct option. */
    answer: id('no option is marked correct; add `answer:` with the id of the correct option, such as `answer: b`'),
  })
  .superRefine(checkOptions);
export type SingleChoiceQuestion = z.infer<typeof singleChoiceSchema>;

/** A question where one or more options are correct; the reader ticks all that apply. */
export const multipleChoiceSchema = z
  .strictObject({
    ...choiceBase,
    type: z.literal('multiple'),
    /** The ids of every correct option. */
    answer: z.array(idSchema).min(1, 'no option is marked correct; list the ids of the correct options, such as `answer: [a, c]`'),
  })
  .superRefine(checkOptions);
export type MultipleChoiceQuestion = z.infer<typeof multipleChoiceSchema>;

/** One quick-check question: `type` says which kind. */
export const questionSchema = z.discriminatedUnion('type', [
  openQuestionSchema,
  singleChoiceSchema,
  multipleChoiceSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion;

/** The quick check: questions in order, ids unique. Optional; nothing is gated. */
export const quizSchema = z.array(questionSchema).superRefine((questions, ctx) => {
  const ids = questions.map((q) => q.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'id'],
        message: `question id "${id}" is used twice in this lesson; give each question its own id`,
      });
    }
  });
});
export type Quiz = z.infer<typeof quizSchema>;
