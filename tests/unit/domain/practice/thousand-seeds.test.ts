/**
 * Issue 13, part 3: 1,000 seeds of every practice template. Every item has exactly one right
 * option, distinct options, distractors that the simulator really gives in the situation the
 * option names (each from a different check than the right answer), and an explanation whose
 * fact exists in the facts collection (src/content/facts/*.yaml, read here, not the generated
 * table) with the basis that fact's status allows.
 *
 * The counts (distinct situations, right answers by response and check) are printed at the end
 * for the issue's note.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFactStatuses } from '../../../../scripts/sync-fact-status.ts';
import { basisOf, type FactStatus } from '../../../../src/domain/okta-sim/pipeline/fact-basis.ts';
import { generateItem } from '../../../../src/domain/practice/item.ts';
import { seedOf } from '../../../../src/domain/practice/seed.ts';
import { outcomeKey, deciderOf, simulate, type SimOutcome } from '../../../../src/domain/practice/simulate.ts';
import type { Situation } from '../../../../src/domain/practice/situation.ts';
import { TEMPLATES } from '../../../../src/domain/practice/templates.ts';

const SEEDS = 1000;
const facts = readFactStatuses();

/**
 * The simulator's own answer to a situation, computed here and not through the generator's
 * cache. Situations repeat across seeds, so each distinct one runs once.
 */
const truth = new Map<string, Promise<SimOutcome>>();
function simulated(s: Situation): Promise<SimOutcome> {
  const key = JSON.stringify(s);
  if (!truth.has(key)) truth.set(key, simulate(s));
  return truth.get(key)!;
}

const report: string[] = [];
afterAll(() => {
  console.log(`Practice templates, ${SEEDS} seeds each:\n${report.join('\n')}`);
});

describe(`practice items over ${SEEDS} seeds`, () => {
  it.each(TEMPLATES.map((t) => [t.id]))(
    '%s: one right option, distinct options, real distractors of other checks, a known fact',
    async (id) => {
      const situations = new Set<string>();
      const answers = new Map<string, number>();
      const sizes = new Map<number, number>();
      for (let n = 0; n < SEEDS; n++) {
        const seed = seedOf(id, n);
        const item = await generateItem(seed);
        expect(item.template.id).toBe(id);

        const right = item.options.filter((o) => o.correct);
        expect(right, seed).toHaveLength(1);
        const [correct] = right;
        expect(new Set(item.options.map((o) => o.key)).size, seed).toBe(item.options.length);
        expect(new Set(item.options.map((o) => `${o.response} ${o.decidedBy}`)).size, seed).toBe(item.options.length);
        expect(item.options.length, seed).toBeGreaterThanOrEqual(3);

        // The right option is the simulator's answer to the item's own situation.
        const actual = await simulated(correct!.situation);
        expect(correct!.key, seed).toBe(outcomeKey(actual));
        for (const o of item.options.filter((x) => !x.correct)) {
          // A distractor is what the simulator answers in its neighbouring situation, decided
          // by another check, and it is not what the item's own situation gets.
          const theirs = await simulated(o.situation);
          expect(o.key, `${seed}: ${o.when}`).toBe(outcomeKey(theirs));
          expect(o.decider, seed).toBe(deciderOf(theirs));
          expect(o.decider, seed).not.toBe(correct!.decider);
          expect(o.situation, seed).not.toEqual(correct!.situation);
          expect(o.when, seed).toMatch(/^if /);
        }

        // The explanation names the deciding check (or the template's focus when all pass) and
        // a fact the collection holds, with the badge its status allows.
        const e = item.explanation;
        expect(e.check, seed).toBe(actual.failed?.check ?? TEMPLATES.find((t) => t.id === id)!.focus);
        const status = facts.get(e.fact);
        expect(status, `${seed}: fact ${e.fact}`).toBeDefined();
        expect(e.basis, seed).toBe(basisOf(status as FactStatus));

        situations.add(JSON.stringify(correct!.situation));
        answers.set(correct!.key, (answers.get(correct!.key) ?? 0) + 1);
        sizes.set(item.options.length, (sizes.get(item.options.length) ?? 0) + 1);
      }
      // A template that always gives the same answer would teach nothing.
      expect(answers.size).toBeGreaterThanOrEqual(2);
      const byAnswer = [...answers].map(([k, v]) => `${k} ×${v}`).join(', ');
      const bySize = [...sizes].map(([k, v]) => `${k} options ×${v}`).join(', ');
      report.push(`- ${id}: ${situations.size} distinct situations; ${bySize}; right answers: ${byAnswer}`);
    },
    300_000,
  );
});
