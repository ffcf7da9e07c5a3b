/**
 * The server's console line per request: method, path, status, error code and the deciding
 * check, e.g. `GET /api/v1/users 401 E0000011 token-not-revoked (observed)`. A path that holds
 * what looks like a real Okta token is withheld: the lab never logs one.
 */
import { looksLikeRealOktaToken } from '../domain/okta-sim/index.ts';

/**
 * @param label outcome label (`"401 E0000011"`, `"200"`, `"400 use_dpop_nonce"`)
 * @param decision the `X-Token-Lab-Trace` value, or a word for answers the org never gave
 *
 * @example
 * logLine('GET', '/api/v1/users', 401, '401 E0000011', 'token-not-revoked; outcome=fail; basis=observed')
 * // 'GET /api/v1/users 401 E0000011 token-not-revoked (observed)'
 */
export function logLine(method: string, target: string, status: number, label: string, decision: string): string {
  const path = looksLikeRealOktaToken(target) ? '(path withheld: it holds what looks like a real Okta token)' : target;
  const code = label.split(' ')[1] ?? '-';
  const [check = '', , basis] = decision.split('; ');
  const why = basis ? `${check} (${basis.replace('basis=', '')})` : check;
  return `${method} ${path.length > 200 ? `${path.slice(0, 199)}…` : path} ${status} ${code} ${why}`.trimEnd();
}
