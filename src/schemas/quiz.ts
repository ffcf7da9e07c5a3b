import { z } from 'astro/zod';
import { lessonLink, slug, text } from './shared.ts';

const explanation = text('explanation', 600);

/** Fields every question has. */
const base = {
  /** Stable id, unique in the quiz; progress and review remember questions by it. */
  id: slug('id'),
  /** The question as the reader sees it. */
  prompt: text('prompt', 500),
  /** The lesson section this question tests. */
  lesson: lessonLink,
  /**
   * Ids of the facts the answer key rests on (`src/content/facts/*.yaml`); the content tests
   * reject unknown ids. Optional while the quizzes are being converted.
   */
  facts: z.array(slug('facts[]')).min(1, { error: 'facts lists at least one fact id, or leave it out' }).optional(),
};

/** One answer option of a choice question. */
const choiceOption = z.object({
  text: text('options[].text', 300),
  /** Mark the right answer(s) with `correct: true`. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong. Shown after the reader answers. */
  explanation,
});

/** Pick exactly one. */
const singleQuestion = z
  .object({ ...base, type: z.literal('single'), options: z.array(choiceOption).min(2).max(6) })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    error: 'a "single" question needs exactly one option with correct: true',
    path: ['options'],
  });

/** Select all that apply. */
const multipleQuestion = z
  .object({ ...base, type: z.literal('multiple'), options: z.array(choiceOption).min(3).max(8) })
  .refine((q) => q.options.some((o) => o.correct), {
    error: 'a "multiple" question needs at least one option with correct: true',
    path: ['options'],
  });

/** A statement that is true or false. */
const trueFalseQuestion = z.object({
  ...base,
  type: z.literal('truefalse'),
  answer: z.boolean({ error: 'answer must be true or false' }),
  /** Why "True" is right or wrong, and why "False" is right or wrong. */
  explanations: z.object({ true: explanation, false: explanation }),
});

/** An outcome label as the simulator produces it: "200", "401 E0000011", "403 insufficient_scope". */
export const outcomeLabel = z.string().regex(/^[1-5]\d\d( [A-Za-z0-9_]+)?$/, {
  error: 'an outcome is a status and an optional code, such as "401 E0000011" or "403 insufficient_scope"',
});

/**
 * Predict the response: the build runs the scenario in the simulator and fails if `answer`
 * is not what the simulator returns.
 */
const predictQuestion = z
  .object({
    ...base,
    type: z.literal('predict'),
    /** A scenario id: `src/content/scenarios/<id>.yaml`. */
    scenario: slug('scenario'),
    /** The outcome the author expects; checked against the simulator at build time. */
    answer: outcomeLabel,
    options: z
      .array(
        z.object({
          outcome: outcomeLabel,
          /** Optional longer text, e.g. "401 E0000011 Invalid token provided". */
          label: text('options[].label', 200).optional(),
          explanation,
        }),
      )
      .min(2)
      .max(6),
  })
  .refine((q) => q.options.some((o) => o.outcome === q.answer), {
    error: "answer must be one of the options' outcome values",
    path: ['answer'],
  })
  .refine((q) => new Set(q.options.map((o) => o.outcome)).size === q.options.length, {
    error: 'two options have the same outcome: each option needs a different one',
    path: ['options'],
  });

/** Put the steps in order. Write `steps` in the correct order; the quiz shuffles them. */
const orderQuestion = z.object({
  ...base,
  type: z.literal('order'),
  steps: z
    .array(z.object({ text: text('steps[].text', 200), explanation }))
    .min(3, { error: 'an "order" question needs at least 3 steps' })
    .max(8),
});

const questionSchema = z.discriminatedUnion('type', [
  singleQuestion,
  multipleQuestion,
  trueFalseQuestion,
  predictQuestion,
  orderQuestion,
]);

/** A chapter quiz: `src/content/quizzes/<chapter-slug>.yaml`. */
export const quizSchema = z
  .object({
    /** The chapter slug; must equal the file name. */
    chapter: slug('chapter'),
    questions: z.array(questionSchema).min(1, { error: 'a quiz needs at least one question' }),
  })
  .refine((q) => new Set(q.questions.map((x) => x.id)).size === q.questions.length, {
    error: 'two questions share an id: every question id must be unique in its quiz',
    path: ['questions'],
  });

export type Quiz = z.infer<typeof quizSchema>;
