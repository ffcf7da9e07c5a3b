/** What the playground's polite live region says after a send. */
import { checkLabel, type SimResponse } from '../okta-sim/index.ts';
import { outcomeLabel } from '../outcome.ts';

/** The first failing check's label, e.g. `Not revoked`, or null when every check passed. */
export function firstFailure(res: Pick<SimResponse, 'trace'>): string | null {
  const step = res.trace.find((s) => s.outcome === 'fail');
  return step ? checkLabel(step.check) : null;
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
