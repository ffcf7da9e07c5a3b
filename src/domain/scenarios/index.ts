/**
 * The scenario runner: turns a lesson's scenario (YAML data) into a ready simulated org.
 *
 * @example
 * const outcome = await predictOutcome({
 *   id: 'revoked-token', title: 'A revoked token', description: '…',
 *   setup: [{ createToken: { name: 'CI', admin: 'super-admin', save: 'ci' } }, { revokeToken: { token: 'ci' } }],
 *   request: { method: 'GET', path: '/api/v1/users', authorization: 'SSWS {ci}' },
 * });
 * outcome; // '401 E0000011'
 */
export { ScenarioError, type ScenarioErrorCode } from './errors.ts';
export { predictOutcome, runScenario, runScenarioNow, type RunOptions, type ScenarioRun } from './runner.ts';
export type { AdminHandle, ScenarioRequest, ScenarioSpec, ScenarioStep } from './types.ts';
