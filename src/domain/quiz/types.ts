/**
 * Plain types for quiz content. They match the output of the zod schemas in
 * `src/schemas/quiz.ts` (the schemas are the source of truth for authors; these types let the
 * domain grade questions without depending on zod), except `facts`, whose ids the build
 * resolves into links. `src/utils/quiz-data.ts` proves at compile time that the schema output,
 * so resolved, fits these types.
 */
import type { FactStatus } from '../okta-sim/pipeline/fact-basis.ts';

/** A fact an answer key rests on, as the answered question links to it: `/facts/#<id>`. */
export interface FactLink {
  id: string;
  /** The fact's short title, the link's text. */
  title: string;
  /** A contested or unconfirmed fact says so beside its link. */
  status: FactStatus;
}

/** Fields every question has. */
interface QuestionBase {
  /** Unique inside its quiz. */
  id: string;
  prompt: string;
  /** The lesson section the question tests: `/learn/<chapter>/<lesson>/#<heading>`. */
  lesson: string;
  /**
   * The facts the answer key rests on, resolved from the content's fact ids at build time
   * (src/utils/quiz-data.ts); shown as "Sources" once the question is answered.
   */
  facts?: FactLink[] | undefined;
}

export interface ChoiceOption {
  text: string;
  correct: boolean;
  explanation: string;
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: ChoiceOption[];
}

export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: ChoiceOption[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  answer: boolean;
  explanations: { true: string; false: string };
}

export interface PredictOption {
  /** An outcome label such as "401 E0000011". */
  outcome: string;
  label?: string | undefined;
  explanation: string;
}

export interface PredictQuestion extends QuestionBase {
  type: 'predict';
  /** Scenario id, `src/content/scenarios/<id>.yaml`. */
  scenario: string;
  /** The right outcome label; checked against the simulator at build time. */
  answer: string;
  options: PredictOption[];
}

export interface OrderStep {
  text: string;
  explanation: string;
}

export interface OrderQuestion extends QuestionBase {
  type: 'order';
  /** In the correct order. */
  steps: OrderStep[];
}

export type Question = SingleQuestion | MultipleQuestion | TrueFalseQuestion | PredictQuestion | OrderQuestion;

/** One chapter's quiz. */
export interface Quiz {
  chapter: string;
  questions: Question[];
}

/**
 * The reader's answer, as indexes into the question's options in their ORIGINAL (authored) order
 * (see {@link viewOptions}). Choice questions: the chosen options. True/false: `[0]` for True,
 * `[1]` for False. Order: every step index, in the order the reader put them.
 */
export type Answer = readonly number[];

/** A question together with its chapter, as the exam and review use it. */
export interface ChapterQuestion {
  chapter: string;
  question: Question;
}
