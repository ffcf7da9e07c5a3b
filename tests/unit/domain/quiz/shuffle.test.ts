import { describe, expect, it } from 'vitest';
import { optionOrder, seededRandom, shuffle } from '../../../../src/domain/quiz/index.ts';

const items = Array.from({ length: 10 }, (_, i) => i);

describe('shuffle', () => {
  it('gives the same order for the same seed', () => {
    expect(shuffle(items, 'attempt-1')).toEqual(shuffle(items, 'attempt-1'));
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(['a', 'b', 'c', 'd', 'e'].map((s) => shuffle(items, s).join(',')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('keeps every item exactly once and leaves the input alone', () => {
    const input = [...items];
    expect([...shuffle(input, 'x')].sort((a, b) => a - b)).toEqual(items);
    expect(input).toEqual(items);
  });

  it('spreads positions roughly evenly over many seeds', () => {
    const firsts = new Array<number>(4).fill(0);
    for (let s = 0; s < 4000; s++) firsts[shuffle([0, 1, 2, 3], `seed-${s}`)[0]!]!++;
    for (const n of firsts) expect(n).toBeGreaterThan(800);
  });
});

describe('seededRandom', () => {
  it('stays within [0, 1)', () => {
    const next = seededRandom('range');
    for (let i = 0; i < 1000; i++) {
      const v = next();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});

describe('optionOrder', () => {
  it('is a permutation of the option indexes', () => {
    expect([...optionOrder(5, 's')].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('never shows an order question already solved', () => {
    for (let s = 0; s < 300; s++) {
      expect(optionOrder(3, `seed-${s}`, true)).not.toEqual([0, 1, 2]);
    }
  });

  it('is reproducible for a retry with the same seed', () => {
    expect(optionOrder(6, 'attempt-9/q3')).toEqual(optionOrder(6, 'attempt-9/q3'));
  });
});
