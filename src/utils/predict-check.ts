import { predictOutcome, type ScenarioSpec } from '../domain/scenarios/index.ts';
import type { PredictQuestion, Question } from '../domain/quiz/types.ts';

/** A question as the check reads it: with or without its facts resolved, which it ignores. */
type CheckedQuestion = Omit<PredictQuestion, 'facts'> | { type: Exclude<Question['type'], 'predict'> };

/**
 * Runs every `predict` question of a quiz through the simulator and describes each one whose
 * `answer` differs from the simulator's outcome (or whose scenario does not exist). Used by the
 * quiz page at build time and by `tests/unit/content/predict-answers.test.ts`, so both fail with
 * the same message. `loadScenario` abstracts where specs come from (Astro content or raw YAML).
 * It reads only what it checks, so a quiz as authored (fact ids) and as resolved (fact links) both fit.
 *
 * @example
 * await predictMismatches('src/content/quizzes/a.yaml', quiz, (id) => specs.get(id)) // [] when all agree
 */
export async function predictMismatches(
  file: string,
  quiz: { chapter: string; questions: readonly CheckedQuestion[] },
  loadScenario: (id: string) => Promise<ScenarioSpec | undefined> | ScenarioSpec | undefined,
): Promise<string[]> {
  const problems: string[] = [];
  for (const q of quiz.questions) {
    if (q.type !== 'predict') continue;
    const spec = await loadScenario(q.scenario);
    if (!spec) {
      problems.push(
        `${file}: question "${q.id}" uses scenario "${q.scenario}", but src/content/scenarios/${q.scenario}.yaml does not exist`,
      );
      continue;
    }
    let actual: string;
    try {
      actual = await predictOutcome(spec);
    } catch (e) {
      problems.push(
        `${file}: question "${q.id}": scenario "${q.scenario}" fails to run: ${e instanceof Error ? e.message : String(e)}`,
      );
      continue;
    }
    if (actual !== q.answer) {
      problems.push(
        `${file}: question "${q.id}" states the answer "${q.answer}", but the simulator answers "${actual}" for scenario "${q.scenario}". ` +
          `Fix the answer (and the option explanations) or the scenario.`,
      );
    }
  }
  return problems;
}
