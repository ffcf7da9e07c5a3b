/**
 * Playground goals: a condition on a response, written as an outcome label ("401 E0000011").
 * An embed may override the scenario's goal (`goal`, `goalText` props).
 */
export interface Goal {
  outcome: string;
  text: string;
}

/**
 * The goal in force: the override's outcome and text win over the scenario's; an override with
 * an outcome but no text says "Get <outcome>." The outcome is written the way `outcomeLabel`
 * writes labels (single spaces, none around), as `matchesOutcome` (outcome.ts) reads a label, so
 * `goalMet` can compare a response's label once computed.
 *
 * @example
 * resolveGoal({ outcome: '401 E0000011', text: 'Reject it' }, { outcome: '403 E0000006' }) // { outcome: '403 E0000006', text: 'Get 403 E0000006.' }
 */
export function resolveGoal(
  // A task's goal (a list of checks, src/domain/tasks/) has no outcome, so it gives no goal here.
  scenario: { outcome?: string | undefined; text: string } | undefined,
  override: { outcome?: string | undefined; text?: string | undefined } = {},
): Goal | null {
  const outcome = (override.outcome ?? scenario?.outcome)?.trim().replace(/\s+/g, ' ');
  if (!outcome) return null;
  const text =
    override.text ?? (override.outcome && override.outcome !== scenario?.outcome ? undefined : scenario?.text);
  return { outcome, text: text ?? `Get ${outcome}.` };
}

/**
 * Whether a response, given by its outcome label, meets a goal.
 *
 * @example
 * goalMet(resolveGoal({ outcome: '401 E0000011', text: '' }), outcomeLabel(response))
 */
export function goalMet(goal: Goal | null, label: string): boolean {
  return goal !== null && label === goal.outcome;
}

/**
 * Whether the goal line should add the outcome in brackets: not when the goal's text already
 * says it ("… and get a 200." needs no "(200)").
 *
 * @example
 * showsOutcome({ outcome: '200', text: 'List users and get a 200.' }) // false
 */
export function showsOutcome(goal: Goal): boolean {
  return !goal.text.includes(goal.outcome);
}
