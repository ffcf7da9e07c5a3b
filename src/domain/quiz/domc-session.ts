/**
 * A set of DOMC items while the reader answers it: the questions, the attempt at them (the one
 * attempt model, `attempt.ts`, with {@link DomcAnswer} as the answer), the item on screen and its
 * flow, and the items marked for review. Used by the chapter's DOMC practice, review in DOMC form
 * and Part I of the Okta-format exam. A plain immutable value.
 */
import { finishAttempt, record, startAttempt, type Attempt, type AttemptResult } from './attempt.ts';
import {
  currentOption,
  domcResult,
  isOver,
  sayDomc,
  startDomc,
  type DomcAnswer,
  type DomcFlow,
  type DomcQuestion,
} from './domc.ts';
import { viewOptions } from './options.ts';
import { questionKey } from './question-key.ts';

/** A question of the set with its chapter. */
export interface DomcItem {
  readonly chapter: string;
  readonly question: DomcQuestion;
}

export interface DomcSession {
  readonly items: readonly DomcItem[];
  /** Its items index `items`. */
  readonly attempt: Attempt<DomcAnswer>;
  /** The item on screen; equal to `items.length` once the set is over. */
  readonly pos: number;
  /** The flow of the item on screen (the last item's, once the set is over). */
  readonly flow: DomcFlow;
  /** Items marked for review, in item order. */
  readonly marked: readonly number[];
}

/** The seed of item `i`'s flow: the attempt code plus the question's key, so it survives reordering. */
const flowSeed = (seed: string, item: DomcItem): string => `${seed}/${questionKey(item)}`;

/**
 * A new set over `items` (at least one), started at `at`. `practice` as in {@link startAttempt}.
 *
 * @example
 * startDomcSession(items, 'k3x9', t).pos // 0
 */
export function startDomcSession(items: readonly DomcItem[], seed: string, at: number, practice = false): DomcSession {
  return {
    items,
    attempt: startAttempt<DomcAnswer>(
      items.map((_, i) => i),
      seed,
      at,
      practice,
    ),
    pos: 0,
    flow: startDomc(items[0]!.question, flowSeed(seed, items[0]!)),
    marked: [],
  };
}

/**
 * Whether the set is over: every item answered (or the caller finished it early).
 *
 * @example
 * setOver(startDomcSession(items, 's', t)) // false
 */
export function setOver(s: DomcSession): boolean {
  return s.pos >= s.items.length;
}

/**
 * Answers the option on screen. When that ends the item, its result is recorded in the attempt;
 * the item stays on screen (so a practice page can say right or wrong) until {@link nextItem}.
 *
 * @example
 * say(s, true).flow.steps.length // 1
 */
export function say(s: DomcSession, yes: boolean): DomcSession {
  if (setOver(s) || isOver(s.flow)) return s;
  const flow = sayDomc(s.flow, yes);
  const result = domcResult(flow);
  return { ...s, flow, attempt: result ? record(s.attempt, s.pos, result) : s.attempt };
}

/**
 * Moves on from a finished item to the next one (or past the last, ending the set). An item not
 * yet over stays: there is no skipping.
 *
 * @example
 * nextItem(say(s, true)).pos // 1, if that Yes ended item 0
 */
export function nextItem(s: DomcSession): DomcSession {
  if (setOver(s) || !isOver(s.flow)) return s;
  const pos = s.pos + 1;
  const item = s.items[pos];
  return item ? { ...s, pos, flow: startDomc(item.question, flowSeed(s.attempt.seed, item)) } : { ...s, pos };
}

/**
 * Marks the item on screen for review, or clears its mark.
 *
 * @example
 * toggleMark(toggleMark(s)).marked // []
 */
export function toggleMark(s: DomcSession): DomcSession {
  if (setOver(s)) return s;
  const marked = s.marked.includes(s.pos)
    ? s.marked.filter((i) => i !== s.pos)
    : [...s.marked, s.pos].sort((a, b) => a - b);
  return { ...s, marked };
}

/**
 * Ends the set at `at` and scores it; items not answered (the timer ran out) count as wrong.
 *
 * @example
 * finishDomc(s, t).score // { score: 7, total: 10, … }
 */
export function finishDomc(s: DomcSession, at: number): AttemptResult<DomcAnswer> {
  return finishAttempt(s.attempt, at);
}

/**
 * The option order item `i` was (or would have been) shown in, for the review.
 *
 * @example
 * itemOrder(s, 0) // [2, 0, 1, 3]
 */
export function itemOrder(s: DomcSession, i: number): readonly number[] {
  const item = s.items[i]!;
  return startDomc(item.question, flowSeed(s.attempt.seed, item)).order;
}

/**
 * What the live region says after the reader's answer took the set from `before` to `after`. With
 * `feedback` (practice) the end of an item says right or wrong; without (the exam) only that the
 * answer was recorded. Within an item it reads the next option, since focus stays on Yes and No;
 * it never says that the next option is the extra one.
 *
 * @example
 * announce(before, say(before, true), true, true) // "Yes. Item 1: right."
 * announce(before, say(before, false), false, true) // "No. Next option: 401 E0000011."
 */
export function announce(before: DomcSession, after: DomcSession, yes: boolean, feedback: boolean): string {
  const said = yes ? 'Yes.' : 'No.';
  if (after === before) return '';
  if (!isOver(after.flow)) return `${said} Next option: ${optionText(after)}`;
  if (!feedback) return `${said} Item ${before.pos + 1} recorded.`;
  return `${said} Item ${before.pos + 1}: ${after.attempt.results[before.pos]?.correct ? 'right' : 'wrong'}.`;
}

/** The text of the option the item on screen asks about ("" once the item is over). */
function optionText(s: DomcSession): string {
  const option = currentOption(s.flow);
  return option === undefined ? '' : viewOptions(s.items[s.pos]!.question)[option]!.text;
}

/**
 * The item on screen read aloud, for a set whose Yes and No keep focus from item to item (the
 * exam): "Item 2 of 20: <prompt> Option: <text>".
 */
export function itemIntro(s: DomcSession): string {
  return `Item ${s.pos + 1} of ${s.items.length}: ${s.items[s.pos]!.question.prompt} Option: ${optionText(s)}`;
}
