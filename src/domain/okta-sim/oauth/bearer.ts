/**
 * The Bearer branch of the pipeline, loaded with `import()` the first time a request carries
 * `Authorization: Bearer …`. Loading it registers the Bearer checks' trace sentences.
 */
// Reaching the whole eager simulator through index.ts, not just the few modules used here, gives
// every eager module the same importers, so the bundler keeps them in the page's chunk instead
// of splitting off small shared chunks that compress worse (2.7 KB gzip less on /playground/).
import '../index.ts';
import type { SimCore } from '../org/sim-core.ts';
import type { Principal } from '../policy/principal.ts';
import { checkRateLimit } from '../policy/rate-limit.ts';
import type { Reply } from '../pipeline/reply.ts';
import type { Operation } from '../pipeline/routes.ts';
import { BEARER_PATH, registerCheckText } from '../pipeline/trace-checks.ts';
import type { SimResponse } from '../types.ts';
import { authorizeBearer } from './authorize-bearer.ts';
import { BEARER_TEXT } from './bearer-text.ts';
import { verifyBearer } from './verify-bearer.ts';

registerCheckText(BEARER_TEXT);

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
  r.trace.path = BEARER_PATH;
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
