/**
 * One question asked in DOMC form (Discrete Option Multiple Choice, the format of Okta's
 * certification exams): its options are shown one at a time, in a seeded order, and the reader
 * answers Yes ("this is a right answer") or No to each. There is no going back.
 *
 * The rules (issue 13):
 * - a Yes to a wrong option, or a No to a right one, decides the item: wrong;
 * - it is decided right when every right option got a Yes (a single-answer question: its one right
 *   option), having said No to every wrong option shown before;
 * - a true/false question is the statement with the one option "True": Yes says it is true, No
 *   that it is false, so one answer decides it;
 * - once decided, with probability one half (seeded), one extra option still unshown is shown and
 *   its answer ignored, so the end of an item tells the reader nothing; only the review says so.
 *
 * A flow is a plain immutable value, like the attempt it ends up in: {@link sayDomc} returns a new
 * one. The finished record ({@link DomcAnswer}) goes into the one attempt model
 * (`attempt.ts`, via `record`), so DOMC results are scored, saved to progress and sent to spaced
 * review exactly as quiz answers are.
 */
import type { ItemResult } from './attempt.ts';
import { viewOptions } from './options.ts';
import { optionOrder, seededRandom } from './shuffle.ts';
import type { Question } from './types.ts';

/** One option shown and the reader's answer to it. */
export interface DomcStep {
  /** Index into the question's options in authored order (`viewOptions`). */
  readonly option: number;
  /** Whether the reader said Yes. */
  readonly yes: boolean;
  /** Shown after the item was decided; its answer is not scored. */
  readonly extra: boolean;
}

/** What the attempt records for a DOMC item: every option shown, in the order shown. */
export type DomcAnswer = readonly DomcStep[];

/** Question types DOMC can ask: every type whose options are each right or wrong on their own. */
export type DomcQuestion = Extract<Question, { type: 'single' | 'multiple' | 'truefalse' | 'predict' }>;

/**
 * Whether `q` can be asked in DOMC form. Order questions cannot: a step is not right or wrong on
 * its own. Predict questions are single-answer questions whose options are responses.
 *
 * @example
 * isDomcQuestion({ type: 'order', … }) // false
 */
export function isDomcQuestion(q: Question): q is DomcQuestion {
  return q.type !== 'order';
}

export interface DomcFlow {
  /** Every option in the order it would be shown (authored indexes). */
  readonly order: readonly number[];
  /** The options that are scored; true/false: only "True". */
  readonly scored: readonly number[];
  /** Whether each option (authored index) is a right answer. */
  readonly correct: readonly boolean[];
  /** The seeded coin: whether an extra option follows once the item is decided. */
  readonly extra: boolean;
  readonly steps: DomcAnswer;
  /** `undefined` until decided, then whether the reader was right. */
  readonly right?: boolean | undefined;
}

/**
 * A new DOMC flow for `q`. The same seed gives the same order and the same extra-option coin.
 *
 * @example
 * startDomc(question, 'k3x9/rate-limits/burst').steps // []
 */
export function startDomc(q: DomcQuestion, seed: string): DomcFlow {
  const options = viewOptions(q);
  const order = q.type === 'truefalse' ? [0, 1] : optionOrder(options.length, seed);
  return {
    order,
    scored: q.type === 'truefalse' ? [0] : order,
    correct: options.map((o) => o.correct),
    extra: seededRandom(`${seed}/extra`)() < 0.5,
    steps: [],
  };
}

const shown = (f: DomcFlow, option: number): boolean => f.steps.some((s) => s.option === option);

/**
 * The option to show now (an authored index), or `undefined` when the item is over.
 *
 * @example
 * currentOption(startDomc(q, 's')) // the first option in the seeded order
 */
export function currentOption(f: DomcFlow): number | undefined {
  if (f.right === undefined) return f.scored.find((o) => !shown(f, o));
  if (!f.extra || f.steps.some((s) => s.extra)) return undefined;
  return f.order.find((o) => !shown(f, o));
}

/**
 * Whether the item is over: decided, and its extra option (if any) answered.
 *
 * @example
 * isOver(startDomc(q, 's')) // false
 */
export function isOver(f: DomcFlow): boolean {
  return currentOption(f) === undefined;
}

/**
 * Records the reader's Yes (`yes = true`) or No to the option on screen, deciding the item when
 * the rules say so. A finished flow is returned as it is.
 *
 * @example
 * sayDomc(startDomc(single, 's'), true).right // true if the first option shown is the right one
 */
export function sayDomc(f: DomcFlow, yes: boolean): DomcFlow {
  const option = currentOption(f);
  if (option === undefined) return f;
  const decided = f.right !== undefined;
  const steps = [...f.steps, { option, yes, extra: decided }];
  if (decided) return { ...f, steps };
  const wrong = yes !== f.correct[option];
  const next = { ...f, steps };
  const allRightSaid = f.scored.every((o) => !f.correct[o] || steps.some((s) => s.option === o && s.yes));
  const allShown = f.scored.every((o) => steps.some((s) => s.option === o));
  return wrong ? { ...next, right: false } : allRightSaid || allShown ? { ...next, right: true } : next;
}

/**
 * The finished item as the attempt records it, or `undefined` while it is not over.
 *
 * @example
 * record(attempt, item, domcResult(flow)!) // the item's DOMC answer, graded
 */
export function domcResult(f: DomcFlow): ItemResult<DomcAnswer> | undefined {
  return isOver(f) && f.right !== undefined ? { answer: f.steps, correct: f.right } : undefined;
}

/** One option of a DOMC item gone over after the set. */
export interface DomcOptionReview {
  text: string;
  explanation: string;
  /** Whether this option is a right answer (true/false: whether the statement is true or false). */
  correct: boolean;
  /** The reader's answer, or `null` when the option was never shown. */
  yours: 'Yes' | 'No' | null;
  /** Whether the reader's answer to it was right; `null` when not shown or not scored. */
  answeredRight: boolean | null;
  /** Shown after the item was decided: the answer was not scored. */
  extra: boolean;
}

/**
 * Every option of `q` in the order the item would show it, with the reader's answer: for the
 * review after a DOMC set.
 *
 * @example
 * reviewDomc(q, steps, order)[0] // { text: '…', yours: 'Yes', answeredRight: true, extra: false, … }
 */
export function reviewDomc(q: DomcQuestion, steps: DomcAnswer, order: readonly number[]): DomcOptionReview[] {
  const options = viewOptions(q);
  return order.map((i) => {
    const o = options[i]!;
    const step = steps.find((s) => s.option === i);
    return {
      text: o.text,
      explanation: o.explanation,
      correct: o.correct,
      yours: step ? (step.yes ? 'Yes' : 'No') : null,
      answeredRight: step && !step.extra ? step.yes === o.correct : null,
      extra: step?.extra ?? false,
    };
  });
}
