/** What the playground's polite live region says after a send. */
import { CHECK_TEXT, type SimResponse } from '../okta-sim/index.ts';

/** The Okta `errorCode`, or the RFC 6750 `error` from `WWW-Authenticate`, if any. */
export function errorCodeOf(res: Pick<SimResponse, 'body' | 'headers'>): string | null {
  const body = res.body;
  if (body && typeof body === 'object' && !Array.isArray(body) && typeof body['errorCode'] === 'string') {
    return body['errorCode'];
  }
  const www = res.headers['WWW-Authenticate'];
  return (www && /error="([^"]*)"/.exec(www)?.[1]) || null;
}

/** The first failing check's label, e.g. `Not revoked`, or null when every check passed. */
export function firstFailure(res: Pick<SimResponse, 'trace'>): string | null {
  const step = res.trace.find((s) => s.outcome === 'fail');
  return step ? CHECK_TEXT[step.check][0] : null;
}

/**
 * @example
 * announce(res) // '401 Unauthorized. Error code E0000011. First failing check: Not revoked.'
 */
export function announce(res: SimResponse): string {
  const code = errorCodeOf(res);
  const failed = firstFailure(res);
  return [
    `${res.status} ${res.statusText}.`,
    code ? `Error code ${code}.` : '',
    failed ? `First failing check: ${failed}.` : 'Every check passed.',
  ]
    .filter(Boolean)
    .join(' ');
}
