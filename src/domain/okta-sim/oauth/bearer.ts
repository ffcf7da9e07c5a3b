/**
 * The Bearer branch of the pipeline, loaded with `import()` the first time a request carries
 * `Authorization: Bearer …`. It hands the Bearer checks' trace sentences to the request's trace.
 */
import type { SimCore } from '../org/sim-core.ts';
import type { Principal } from '../policy/principal.ts';
import { checkRateLimit } from '../policy/rate-limit.ts';
import type { Reply } from '../pipeline/reply.ts';
import type { Operation } from '../pipeline/routes.ts';
import { BEARER_PATH } from '../pipeline/trace-checks.ts';
import type { SimResponse } from '../types.ts';
import { authorizeBearer } from './authorize-bearer.ts';
import { BEARER_TEXT } from './bearer-text.ts';
import { verifyBearer } from './verify-bearer.ts';

export { authorizeBearer, type BearerDenial } from './authorize-bearer.ts';
export { verifyBearer, type BearerResult } from './verify-bearer.ts';

/**
 * Runs `jwt-format` … `jwt-expiry`, the app's `rate-limit` share, then `scope` and
 * `principal-role`; returns the service app as the principal, or the response that refuses it.
 */
export async function bearerBranch(
  core: SimCore,
  r: Reply,
  value: string,
  op: Operation,
  path: string,
): Promise<Principal | SimResponse> {
  r.trace.useBranch(BEARER_PATH, BEARER_TEXT);
  // RFC 6750 errors carry their detail in `WWW-Authenticate`. No body: observed for 403
  // insufficient_scope; for 401 invalid_token whether Okta sends a body is UNCONFIRMED (assumed none).
  const refuse = (status: 401 | 403, header: string) => {
    r.headers['WWW-Authenticate'] = header;
    return r.send(status, null);
  };
  const v = await verifyBearer(core, r.trace, value);
  if (!v.ok) return refuse(401, `Bearer error="invalid_token", error_description="${v.description}"`);
  const principal: Principal = { kind: 'service-app', app: v.app };
  const limited = checkRateLimit(core, r, principal, op);
  if (limited) return limited;
  const denial = authorizeBearer(r.trace, core.state.orgUrl, v.app, v.scopes, op, path);
  if (denial) return denial.wwwAuthenticate ? refuse(403, denial.wwwAuthenticate) : r.error('E0000006');
  return principal;
}
