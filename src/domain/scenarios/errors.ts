/** The error a scenario author sees when a step cannot run. */
import { CodedError } from '../coded-error.ts';

/**
 * Why a scenario cannot run, as a stable code (match on this, never on the message):
 * - `unknown-step`: a setup step whose name is not a known action;
 * - `unknown-handle`: a step or request names an admin, app, token or keychain key that no
 *   earlier step saved;
 * - `console-refused`: the simulated org refused a setup action (the Admin Console said no, or
 *   the clock cannot move that way);
 * - `request-refused`: a `useToken` step's call did not succeed.
 */
export type ScenarioErrorCode = 'unknown-step' | 'unknown-handle' | 'console-refused' | 'request-refused';

/**
 * Thrown by `runScenario` for a step that cannot run. The message says which step and what to
 * fix, e.g. `step 3 (revokeToken): no saved token named 'cii'; saved so far: ci`.
 */
export class ScenarioError extends CodedError<ScenarioErrorCode> {
  override readonly name = 'ScenarioError';
}
