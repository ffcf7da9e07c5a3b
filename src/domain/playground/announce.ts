/** What the playground says about a response: the deciding check, and the live region's sentence. */
import { checkLabel, type SimResponse, type TraceStep } from '../okta-sim/index.ts';
import { outcomeLabel } from '../outcome.ts';

/** The step that decided a response: its first failing check, or undefined when every check passed. */
export function decidingStep(res: Pick<SimResponse, 'trace'>): TraceStep | undefined {
  return res.trace.find((s) => s.outcome === 'fail');
}

/** The first failing check's label, e.g. `Not revoked`, or null when every check passed. */
export function firstFailure(res: Pick<SimResponse, 'trace'>): string | null {
  const step = decidingStep(res);
  return step ? checkLabel(step.check) : null;
}

/**
 * The line beside the status: which check decided the response, with its outcome label.
 *
 * @example
 * decidedBy(res) // 'Decided by: Not revoked (401 E0000011)'
 * decidedBy(ok)  // 'Every check passed (200)'
 */
export function decidedBy(res: SimResponse, label = outcomeLabel(res)): string {
  const failed = firstFailure(res);
  return failed ? `Decided by: ${failed} (${label})` : `Every check passed (${label})`;
}

/**
 * The sentence for a response. `label` is its outcome label, passed in when the caller has
 * already computed it; its code part is the Okta `errorCode` or the RFC 6750 `error` from
 * `WWW-Authenticate` (the simulator never sends both).
 *
 * @example
 * announce(res) // '401 Unauthorized. Error code E0000011. First failing check: Not revoked.'
 */
export function announce(res: SimResponse, label = outcomeLabel(res)): string {
  const code = label.split(' ')[1] ?? null;
  const failed = firstFailure(res);
  const codeText = code ? ` Error code ${code}.` : '';
  return `${res.status} ${res.statusText}.${codeText} ${failed ? `First failing check: ${failed}.` : 'Every check passed.'}`;
}
