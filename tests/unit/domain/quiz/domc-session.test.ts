import { describe, expect, it } from 'vitest';
import { currentOption } from '../../../../src/domain/quiz/domc.ts';
import { viewOptions } from '../../../../src/domain/quiz/options.ts';
import {
  announce,
  finishDomc,
  itemOrder,
  nextItem,
  say,
  setOver,
  startDomcSession,
  toggleMark,
  type DomcItem,
  type DomcSession,
} from '../../../../src/domain/quiz/domc-session.ts';
import {
  drawPartOne,
  oktaExamOutcome,
  partOneLimit,
  PART_ONE_SIZE,
  timeNotice,
} from '../../../../src/domain/quiz/okta-exam.ts';
import type { Quiz } from '../../../../src/domain/quiz/types.ts';
import { multiple, order, predict, quizOf, single, trueFalse } from './fixtures.ts';

const t = 1_767_225_600_000;
const items: DomcItem[] = [single, multiple, trueFalse, predict].map((question, i) => ({
  chapter: i < 2 ? 'one' : 'two',
  question: question as DomcItem['question'],
}));

/** Answers the item on screen right (`true`) or by saying Yes to everything. */
function answerItem(s: DomcSession, right: boolean): DomcSession {
  let x = s;
  for (let o = currentOption(x.flow); o !== undefined; o = currentOption(x.flow)) {
    x = say(x, right ? x.flow.correct[o]! : true);
  }
  return x;
}

describe('a DOMC set', () => {
  it('records each item in the one attempt model once it is over, and only then', () => {
    let s = startDomcSession(items, 'set', t);
    expect(s.attempt.results).toEqual({});
    s = answerItem(s, true);
    expect(s.attempt.results[0]?.correct).toBe(true);
    // No skipping: the next item appears only after the current one is over.
    const before = startDomcSession(items, 'set', t);
    expect(nextItem(before)).toBe(before);
    s = nextItem(s);
    expect(s.pos).toBe(1);
  });

  it('scores through finishAttempt: wrong and unanswered items are missed', () => {
    let s = startDomcSession(items, 'set', t);
    s = nextItem(answerItem(s, true));
    s = nextItem(answerItem(s, false));
    s = nextItem(answerItem(s, true));
    const result = finishDomc(s, t + 60_000);
    expect(result.score).toMatchObject({ score: 2, total: 4 });
    expect(result.missed).toEqual([1, 3]);
    expect(result.unanswered).toBe(1);
    expect(result.took).toBe(60_000);
  });

  it('ends after the last item, and then ignores answers', () => {
    let s = startDomcSession(items.slice(0, 1), 'one', t);
    s = nextItem(answerItem(s, true));
    expect(setOver(s)).toBe(true);
    expect(say(s, true)).toBe(s);
    expect(nextItem(s)).toBe(s);
    expect(toggleMark(s)).toBe(s);
  });

  it('is reproducible from its seed, item by item', () => {
    const a = startDomcSession(items, 'same', t);
    const b = startDomcSession(items, 'same', t + 5);
    expect(a.flow).toEqual(b.flow);
    expect(items.map((_, i) => itemOrder(a, i))).toEqual(items.map((_, i) => itemOrder(b, i)));
    expect(itemOrder(a, 0)).toEqual(a.flow.order);
  });

  it('marks and unmarks the item on screen', () => {
    const s = toggleMark(startDomcSession(items, 'm', t));
    expect(s.marked).toEqual([0]);
    expect(toggleMark(s).marked).toEqual([]);
  });

  it('practice sets never pass', () => {
    let s = startDomcSession(items.slice(0, 1), 'p', t, true);
    s = answerItem(s, true);
    expect(finishDomc(s, t).score.passed).toBe(false);
  });
});

describe('the Okta-format exam', () => {
  const course: Quiz[] = [
    quizOf('one', 10),
    { chapter: 'two', questions: [order, ...quizOf('two', 12).questions] },
    quizOf('three', 5),
  ];

  it('draws Part I from every chapter, only questions DOMC can ask, the same for the same seed', () => {
    const draw = drawPartOne(course, 'exam');
    expect(draw).toHaveLength(PART_ONE_SIZE);
    expect(new Set(draw.map((d) => d.chapter))).toEqual(new Set(['one', 'two', 'three']));
    expect(draw.map((d) => d.question.type as string)).not.toContain('order');
    expect(drawPartOne(course, 'exam')).toEqual(draw);
    expect(drawPartOne(course, 'other')).not.toEqual(draw);
  });

  it('gives Part I a minute an item', () => {
    expect(partOneLimit(20)).toBe(20 * 60 * 1000);
  });

  it('breaks the result down per part and per chapter; missed and marked questions go to review', () => {
    let s = startDomcSession(items, 'okta', t);
    s = nextItem(answerItem(s, true));
    s = toggleMark(s);
    s = nextItem(answerItem(s, true));
    s = nextItem(answerItem(s, false));
    const result = finishDomc(s, t);
    const tasks = [
      { taskId: 'rotate', chapter: 'two', met: true },
      { taskId: 'leak', chapter: 'three', met: false },
    ];
    const outcome = oktaExamOutcome(items, result, s.marked, tasks);
    expect(outcome.partOne).toEqual({ score: 2, total: 4 });
    expect(outcome.partTwo).toEqual({ score: 1, total: 2 });
    expect(outcome.total).toEqual({ score: 3, total: 6 });
    expect(outcome.byChapter).toEqual({
      one: { partOne: { score: 2, total: 2 }, partTwo: { score: 0, total: 0 } },
      two: { partOne: { score: 0, total: 2 }, partTwo: { score: 1, total: 1 } },
      three: { partOne: { score: 0, total: 0 }, partTwo: { score: 0, total: 1 } },
    });
    expect(outcome.review).toEqual(['one/multiple', 'two/tf', 'two/predict']);
  });

  it('without Part II, the total is Part I', () => {
    const s = startDomcSession(items, 'okta', t);
    const outcome = oktaExamOutcome(items, finishDomc(s, t), [], null);
    expect(outcome.partTwo).toBeNull();
    expect(outcome.total).toEqual({ score: 0, total: 4 });
    expect(outcome.review).toHaveLength(4);
  });
});

describe('announce', () => {
  it('says what was recorded, and right or wrong only at the end of an item, only with feedback', () => {
    const s = startDomcSession(items, 'say', t);
    const o = currentOption(s.flow)!;
    const yes = s.flow.correct[o]!;
    const after = say(s, yes);
    const ended = after.flow.right !== undefined && currentOption(after.flow) === undefined;
    const said = yes ? 'Yes.' : 'No.';
    const next = ended ? '' : viewOptions(items[0]!.question)[currentOption(after.flow)!]!.text;
    expect(announce(s, after, yes, true)).toBe(ended ? `${said} Item 1: right.` : `${said} Next option: ${next}`);
    expect(announce(s, after, yes, false)).toBe(ended ? `${said} Item 1 recorded.` : `${said} Next option: ${next}`);
    // The opposite answer decides the item wrong; an extra option may still follow.
    const decided = say(s, !yes);
    const before = currentOption(decided.flow) === undefined ? s : decided;
    const wrong = before === s ? decided : say(decided, true);
    expect(announce(before, wrong, before === s ? !yes : true, true)).toMatch(/Item 1: wrong\.$/);
    expect(announce(s, s, true, true)).toBe('');
  });
});

describe('timeNotice', () => {
  const limit = 20 * 60_000;
  it.each([
    [limit, ''],
    [10 * 60_000 + 1, ''],
    [10 * 60_000, 'Half of the time is gone.'],
    [5 * 60_000 + 1, 'Half of the time is gone.'],
    [5 * 60_000, 'Five minutes left.'],
    [60_001, 'Five minutes left.'],
    [60_000, 'One minute left.'],
    [0, 'One minute left.'],
  ])('%i ms left: "%s"', (left, words) => {
    expect(timeNotice(left, limit)).toBe(words);
  });
});
