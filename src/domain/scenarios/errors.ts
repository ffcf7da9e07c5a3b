/** The error a scenario author sees when a step cannot run. */

/**
 * Thrown by `runScenario` for a step that names an unknown handle or key, or that the console
 * refuses. The message says which step and what to fix, e.g.
 * `step 3 (revokeToken): no saved token named 'cii'; saved so far: ci`.
 */
export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}
