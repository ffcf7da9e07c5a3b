/**
 * Authorization for Bearer tokens, in two layers (fact `oauth-needs-scope-and-role`): the token
 * needs a scope the endpoint accepts, and the service app needs an admin role that allows the
 * call. That scope is checked before role is the lab's order (fact `check-order-scope-before-role`).
 */
import { roleAllows } from '../policy/permissions.ts';
import type { Operation } from '../pipeline/routes.ts';
import type { AppRecord } from '../org/state.ts';
import type { TraceBuilder } from '../pipeline/trace.ts';
import { OP_SCOPES } from './scopes.ts';

/** Why a call was refused: Okta's permission error, or an RFC 6750 `WWW-Authenticate` header. */
export type BearerDenial = { wwwAuthenticate?: string };

/** Runs `scope` then `principal-role`; returns a denial, or `undefined` when allowed. */
export function authorizeBearer(
  trace: TraceBuilder,
  orgUrl: string,
  app: AppRecord,
  scopes: readonly string[],
  op: Operation,
  path: string,
): BearerDenial | undefined {
  const needed = OP_SCOPES[op.op];
  if (needed.length === 0) {
    // SSWS-only endpoint (`DELETE /api-tokens/current`, fact `revoke-current-token-endpoint`). What
    // Okta answers to a Bearer token here is undocumented; the lab uses its generic permission error.
    trace.fail(
      'scope',
      'This endpoint accepts API tokens (SSWS) only; no OAuth scope grants it.',
      'oauth-on-ssws-only-endpoint-undocumented',
    );
    return {};
  }
  const match = needed.find((s) => scopes.includes(s));
  if (!match) {
    trace.fail('scope', `Needs one of ${needed.join(', ')}; the token has ${scopes.join(', ') || 'no scopes'}.`);
    const host = orgUrl.replace(/^https?:\/\//, '');
    // The header's exact shape, including its http:// URLs, is the one Okta's KB shows (fact
    // `missing-scope-403-insufficient-scope`).
    return {
      wwwAuthenticate: `Bearer authorization_uri="http://${host}/oauth2/v1/authorize", realm="http://${host}", scope="${needed[0]}", error="insufficient_scope", error_description="The access token provided does not contain the required scopes.", resource="${path}"`,
    };
  }
  trace.pass('scope', `Granted by ${match}.`);

  const verdict = roleAllows(app.role, op.perm);
  // A super admin app, and an app with no role, are Okta's documented cases for OAuth; the
  // other roles follow the lab's matrix, as for API tokens.
  const documented = op.perm !== 'self' && (app.role === null || app.role === 'SUPER_ADMIN');
  const fact = documented ? 'oauth-needs-scope-and-role' : verdict.fact;
  const who = `The app's role is ${app.role ?? 'none'}; ${op.op} needs ${op.perm}.`;
  if (!verdict.ok) {
    trace.fail('principal-role', who, fact);
    return {};
  }
  trace.pass('principal-role', who, fact);
  return undefined;
}
