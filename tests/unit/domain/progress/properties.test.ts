import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduceProgress } from '../../../../src/domain/progress/reducer.ts';
import { emptyProgress, type Progress } from '../../../../src/domain/progress/types.ts';
import { parseProgress } from '../../../../src/domain/progress/validate.ts';

const NOW = Date.UTC(2026, 10, 28);

/** Saved progress a reader could really have. */
const saved: Progress = reduceProgress(
  reduceProgress(emptyProgress(), { type: 'lesson-completed', lesson: '/learn/rate-limits/handling-429/', at: NOW }),
  { type: 'goal-met', scenario: 'revoked-token', at: NOW },
);

/** Hostile values: random JSON, prototype tricks, wrong types inside a plausible shell. */
const hostile = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.record({
    version: fc.oneof(fc.constant(2), fc.constant(1), fc.integer(), fc.string()),
    lessons: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
    goals: fc.anything(),
    quizzes: fc.anything(),
    review: fc.anything(),
    exams: fc.oneof(fc.anything(), fc.array(fc.anything())),
    prefs: fc.anything(),
  }),
  fc.constant(JSON.parse('{"version":2,"__proto__":{"polluted":true},"lessons":{}}') as unknown),
);

describe('reading imported or stored progress (property tests)', () => {
  it('never throws on any input, and either refuses it with a reason or returns valid progress', () => {
    fc.assert(
      fc.property(hostile, (data) => {
        const r = parseProgress(data, NOW);
        if (!r.ok) {
          expect(typeof r.reason).toBe('string');
          return;
        }
        // Whatever was accepted parses again to the same value: only known, checked fields survive.
        const again = parseProgress(JSON.parse(JSON.stringify(r.progress)) as unknown, NOW);
        expect(again.ok && again.progress).toEqual(r.progress);
      }),
      { numRuns: 400 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never loses saved progress: a refused import leaves it as it was', () => {
    fc.assert(
      fc.property(hostile, (data) => {
        const r = parseProgress(data, NOW);
        const after = r.ok ? reduceProgress(saved, { type: 'import', progress: r.progress }) : saved;
        if (!r.ok) expect(after).toBe(saved);
        expect(parseProgress(JSON.parse(JSON.stringify(after)) as unknown, NOW).ok).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips real progress through export (JSON) and import', () => {
    const r = parseProgress(JSON.parse(JSON.stringify(saved)) as unknown, NOW);
    expect(r.ok && r.progress).toEqual(saved);
  });
});
