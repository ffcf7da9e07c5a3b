/**
 * Generates a "predict the response" item from a seed: the template draws a situation, the
 * simulator answers it, and neighbouring situations answered by the simulator give the
 * distractors. Same seed, same item.
 */
import { checkLabel, type Basis, type TraceCheck } from '../okta-sim/index.ts';
import { traceLink } from '../playground/trace-links.ts';
import { shuffle, seededRandom } from '../quiz/shuffle.ts';
import { decidedByText, describeContext, describeRequest, responseText } from './describe.ts';
import { FALLBACK_NEIGHBOURS, NEIGHBOURS } from './neighbours.ts';
import { templateOf } from './seed.ts';
import { deciderOf, outcomeKey, simulate, type Decider, type SimOutcome } from './simulate.ts';
import type { Situation } from './situation.ts';
import type { Draw } from './templates.ts';

/** How many wrong options an item shows (fewer only if the neighbours run out). */
const DISTRACTORS = 3;

export interface PracticeOption {
  /** `<label>|<decider>`, e.g. `401 E0000011|token-not-revoked`: unique within the item. */
  key: string;
  /** "401 Unauthorized, E0000011: "Invalid token provided"". */
  response: string;
  /** 'refused at the check "Not revoked"' or 'every check passes'. */
  decidedBy: string;
  /** The check that decided this response, or `pass`. */
  decider: Decider;
  correct: boolean;
  /** For a distractor, when it would be right ("if an admin had revoked the token"); else `null`. */
  when: string | null;
  /** The situation the simulator answered with this response (the item's own for the right one). */
  situation: Situation;
}

/** Why the right option is right: the deciding step of the trace and its evidence. */
export interface Explanation {
  check: TraceCheck;
  checkLabel: string;
  /** `fail` when this check refused the call; `pass` when every check passed (the template's focus). */
  outcome: 'pass' | 'fail';
  /** The trace step's sentence, then its detail for this request, if any. */
  summary: string;
  detail: string | null;
  /** The fact the step rests on (`/facts/#<fact>`), and how sure the lab may be of it. */
  fact: string;
  basis: Basis;
  lesson: { href: string; title: string };
}

export interface PracticeItem {
  seed: string;
  template: { id: string; title: string };
  /** Sentences that set the scene. */
  context: string[];
  /** The request, a line each: request line, header, body, source IP. */
  request: string[];
  question: string;
  /** In display order (seeded). */
  options: PracticeOption[];
  explanation: Explanation;
}

export const QUESTION = 'What does the org answer, and which check decides it?';

/** A {@link Draw} over the quiz module's seeded generator. */
function drawFrom(seed: string): Draw {
  const next = seededRandom(seed);
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/**
 * Answers already computed, by situation. Templates draw from small parameter spaces, so seeds
 * share situations and neighbours; the simulator is deterministic, so an answer can be reused.
 * Bounded, so a long practice session cannot grow it without limit.
 */
const answers = new Map<string, Promise<SimOutcome>>();
const MAX_ANSWERS = 2000;

function answer(situation: Situation): Promise<SimOutcome> {
  const key = JSON.stringify(situation);
  let found = answers.get(key);
  if (!found) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    found = simulate(situation);
    answers.set(key, found);
  }
  return found;
}

function option(o: SimOutcome, situation: Situation, when: string | null): PracticeOption {
  return {
    key: outcomeKey(o),
    response: responseText(o),
    decidedBy: decidedByText(o),
    decider: deciderOf(o),
    correct: when === null,
    when,
    situation,
  };
}

function explain(o: SimOutcome, focus: TraceCheck): Explanation {
  const step = o.failed ?? o.trace.find((t) => t.check === focus) ?? o.trace[o.trace.length - 1]!;
  return {
    check: step.check,
    checkLabel: checkLabel(step.check),
    outcome: step.outcome === 'fail' ? 'fail' : 'pass',
    summary: step.summary,
    detail: step.detail ?? null,
    fact: step.fact,
    basis: step.basis,
    lesson: traceLink(step.check),
  };
}

/**
 * The item for a seed.
 *
 * @example
 * const item = await generateItem('revoked-or-expired-3');
 * item.options.filter((o) => o.correct).length; // 1
 * item.explanation.fact; // e.g. 'expired-or-revoked-token-401'
 */
export async function generateItem(seed: string): Promise<PracticeItem> {
  const template = templateOf(seed);
  const situation = template.draw(drawFrom(seed));
  const outcome = await answer(situation);
  const options = [option(outcome, situation, null)];
  const deciders = new Set<Decider>([deciderOf(outcome)]);
  // Template neighbours first, in a seeded order; the fallbacks only when those run short.
  const names = [...shuffle(template.neighbours, `${seed}/neighbours`), ...FALLBACK_NEIGHBOURS];
  for (const name of new Set(names)) {
    if (options.length > DISTRACTORS) break;
    const neighbour = NEIGHBOURS[name];
    const near = neighbour.apply(situation);
    const reply = await answer(near);
    // A distractor is another check's answer: a second answer from the same check (or the
    // same pass) could be as right as the right one.
    if (deciders.has(deciderOf(reply))) continue;
    deciders.add(deciderOf(reply));
    options.push(option(reply, near, neighbour.when));
  }
  return {
    seed,
    template: { id: template.id, title: template.title },
    context: describeContext(situation),
    request: describeRequest(situation),
    question: QUESTION,
    options: shuffle(options, `${seed}/options`),
    explanation: explain(outcome, template.focus),
  };
}
