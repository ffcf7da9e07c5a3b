import { describe, expect, it } from 'vitest';
import {
  currentOption,
  domcResult,
  isDomcQuestion,
  isOver,
  reviewDomc,
  sayDomc,
  startDomc,
  type DomcFlow,
  type DomcQuestion,
} from '../../../../src/domain/quiz/domc.ts';
import { viewOptions } from '../../../../src/domain/quiz/options.ts';
import type { Question } from '../../../../src/domain/quiz/types.ts';
import { multiple, order, predict, single, trueFalse } from './fixtures.ts';

const asDomc = (q: Question): DomcQuestion => {
  if (!isDomcQuestion(q)) throw new Error(`${q.id} cannot be asked in DOMC form`);
  return q;
};

/** The first seed (s0, s1, …) whose flow for `q` satisfies `want`: tests pin a case, not a seed. */
function seedWhere(q: DomcQuestion, want: (f: DomcFlow) => boolean): string {
  for (let i = 0; i < 500; i++) if (want(startDomc(q, `s${i}`))) return `s${i}`;
  throw new Error('no such seed');
}

/** Answers every option on screen as a reader who knows the answers would, until the item is over. */
function answerRight(f: DomcFlow): DomcFlow {
  let flow = f;
  for (let o = currentOption(flow); o !== undefined; o = currentOption(flow)) flow = sayDomc(flow, flow.correct[o]!);
  return flow;
}

describe('which questions DOMC asks', () => {
  it.each([
    [single, true],
    [multiple, true],
    [trueFalse, true],
    [predict, true],
    [order, false],
  ])('%# %o', (q, askable) => {
    expect(isDomcQuestion(q)).toBe(askable);
  });
});

describe('single-answer items', () => {
  const q = asDomc(single);

  it('a Yes to the right option decides the item right', () => {
    const seed = seedWhere(q, (f) => f.order[0] === 0 && !f.extra);
    const f = sayDomc(startDomc(q, seed), true);
    expect(f.right).toBe(true);
    expect(isOver(f)).toBe(true);
    expect(domcResult(f)).toEqual({ answer: [{ option: 0, yes: true, extra: false }], correct: true });
  });

  it('a Yes to a wrong option decides it wrong at once', () => {
    const seed = seedWhere(q, (f) => f.order[0] !== 0 && !f.extra);
    const f = sayDomc(startDomc(q, seed), true);
    expect(f.right).toBe(false);
    expect(f.steps).toHaveLength(1);
    expect(isOver(f)).toBe(true);
  });

  it('a No to the right option decides it wrong (decided early)', () => {
    const seed = seedWhere(q, (f) => f.order[0] === 0 && !f.extra);
    const f = sayDomc(startDomc(q, seed), false);
    expect(f.right).toBe(false);
    expect(domcResult(f)?.correct).toBe(false);
  });

  it('a No to a wrong option shows the next option and decides nothing', () => {
    const seed = seedWhere(q, (f) => f.order[0] !== 0);
    const f = sayDomc(startDomc(q, seed), false);
    expect(f.right).toBeUndefined();
    expect(currentOption(f)).toBe(f.order[1]);
    expect(domcResult(f)).toBeUndefined();
  });

  it('after No to both wrong options, the right one still needs a Yes', () => {
    const seed = seedWhere(q, (f) => f.order[2] === 0 && !f.extra);
    let f = sayDomc(sayDomc(startDomc(q, seed), false), false);
    expect(f.right).toBeUndefined();
    expect(currentOption(f)).toBe(0);
    f = sayDomc(f, true);
    expect(f.right).toBe(true);
  });
});

describe('multiple-answer items', () => {
  const q = asDomc(multiple); // A and C right, B and D wrong

  it('is right only when every right option got a Yes and every shown wrong option a No', () => {
    for (let i = 0; i < 30; i++) {
      const f = answerRight(startDomc(q, `m${i}`));
      expect(f.right).toBe(true);
      const scored = f.steps.filter((s) => !s.extra);
      expect(scored.filter((s) => s.yes).map((s) => s.option)).toEqual(
        f.order.filter((o) => o === 0 || o === 2).filter((o) => scored.some((s) => s.option === o)),
      );
      // The item ends at the last right option: no scored option after it.
      expect(scored.at(-1)!.option === 0 || scored.at(-1)!.option === 2).toBe(true);
    }
  });

  it('one Yes to a right option does not decide it while another right option waits', () => {
    const seed = seedWhere(q, (f) => f.order[0] === 0);
    const f = sayDomc(startDomc(q, seed), true);
    expect(f.right).toBeUndefined();
    expect(isOver(f)).toBe(false);
  });

  it('a No to any right option decides it wrong', () => {
    const seed = seedWhere(q, (f) => f.order[0] === 0 && f.order[1] === 2);
    const f = sayDomc(sayDomc(startDomc(q, seed), true), false);
    expect(f.right).toBe(false);
  });

  it('a Yes to a wrong option decides it wrong even after right Yeses', () => {
    const seed = seedWhere(q, (f) => f.order[0] === 0 && f.order[1] === 1);
    const f = sayDomc(sayDomc(startDomc(q, seed), true), true);
    expect(f.right).toBe(false);
  });
});

describe('true/false items', () => {
  it('show the statement with "True" first; one answer decides it', () => {
    const q = asDomc(trueFalse); // the statement is false
    for (const [yes, right] of [
      [true, false],
      [false, true],
    ] as const) {
      const seed = seedWhere(q, (f) => !f.extra);
      const f = sayDomc(startDomc(q, seed), yes);
      expect(viewOptions(q)[f.steps[0]!.option]!.text).toBe('True');
      expect(f.right).toBe(right);
      expect(isOver(f)).toBe(true);
    }
  });

  it('a true statement is right with Yes', () => {
    const q = asDomc({ ...trueFalse, answer: true } as Question);
    expect(sayDomc(startDomc(q, 'x'), true).right).toBe(true);
    expect(sayDomc(startDomc(q, 'x'), false).right).toBe(false);
  });
});

describe('the extra option', () => {
  const q = asDomc(single);

  it('follows a decided item when the seeded coin says so; its answer is recorded as extra and ignored', () => {
    const seed = seedWhere(q, (f) => f.order[0] === 0 && f.extra);
    let f = sayDomc(startDomc(q, seed), true);
    expect(f.right).toBe(true);
    expect(isOver(f)).toBe(false);
    expect(currentOption(f)).toBe(f.order[1]);
    // A Yes to a wrong extra option would have been wrong; here it changes nothing.
    f = sayDomc(f, true);
    expect(isOver(f)).toBe(true);
    expect(domcResult(f)).toEqual({
      answer: [
        { option: 0, yes: true, extra: false },
        { option: f.order[1], yes: true, extra: true },
      ],
      correct: true,
    });
  });

  it('follows wrong items too, so the end of an item gives nothing away', () => {
    const seed = seedWhere(q, (f) => f.order[0] !== 0 && f.extra);
    const f = sayDomc(startDomc(q, seed), true);
    expect(f.right).toBe(false);
    expect(isOver(f)).toBe(false);
    expect(domcResult(sayDomc(f, false))?.correct).toBe(false);
  });

  it('is shown at most once, and never when no option is left', () => {
    const tf = asDomc(trueFalse);
    const seed = seedWhere(tf, (f) => f.extra);
    const f = sayDomc(sayDomc(startDomc(tf, seed), false), true);
    expect(f.steps.map((s) => s.extra)).toEqual([false, true]);
    expect(isOver(f)).toBe(true);
    expect(sayDomc(f, true)).toBe(f);

    const two: Question = {
      ...(single as Extract<Question, { type: 'single' }>),
      options: (single as Extract<Question, { type: 'single' }>).options.slice(0, 2),
    };
    const q2 = asDomc(two);
    const s2 = seedWhere(q2, (x) => x.order[1] === 0 && x.extra);
    const g = sayDomc(sayDomc(startDomc(q2, s2), false), true);
    expect(g.right).toBe(true);
    expect(isOver(g)).toBe(true);
  });

  it('comes with probability about one half over many seeds', () => {
    const n = 2000;
    let extra = 0;
    for (let i = 0; i < n; i++) if (startDomc(q, `p${i}`).extra) extra++;
    expect(extra / n).toBeGreaterThan(0.45);
    expect(extra / n).toBeLessThan(0.55);
  });
});

describe('seeds', () => {
  it('the same seed gives the same order and the same extra-option coin', () => {
    for (const q of [single, multiple, predict].map(asDomc)) {
      expect(startDomc(q, 'same')).toEqual(startDomc(q, 'same'));
    }
  });

  it('different seeds give different orders', () => {
    const q = asDomc(multiple);
    const orders = new Set(Array.from({ length: 50 }, (_, i) => startDomc(q, `o${i}`).order.join()));
    expect(orders.size).toBeGreaterThan(5);
  });
});

describe('reviewDomc', () => {
  it('lists every option in shown order with the answer, whether it was right, and extra or not shown', () => {
    const q = asDomc(single);
    const seed = seedWhere(q, (f) => f.order[0] === 0 && f.extra);
    const f = sayDomc(sayDomc(startDomc(q, seed), true), true);
    const rows = reviewDomc(q, f.steps, f.order);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      text: 'Authorization',
      explanation: 'Authorization because.',
      correct: true,
      yours: 'Yes',
      answeredRight: true,
      extra: false,
    });
    expect(rows[1]).toMatchObject({ yours: 'Yes', answeredRight: null, extra: true, correct: false });
    expect(rows[2]).toMatchObject({ yours: null, answeredRight: null, extra: false });
  });

  it('marks a wrong answer to an option as not right', () => {
    const q = asDomc(predict);
    const seed = seedWhere(q, (f) => f.order[0] === 0);
    const f = sayDomc(startDomc(q, seed), true);
    expect(reviewDomc(q, f.steps, f.order)[0]).toMatchObject({ yours: 'Yes', answeredRight: false });
  });
});
