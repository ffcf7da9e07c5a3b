/**
 * The SSWS branch of the pipeline: from the header value to the token's creator, then the
 * token's rate-limit share and its creator's role. Every authentication failure gives the same
 * 401 E0000011 (facts `unknown-token-401`, `expired-or-revoked-token-401`), so the trace is the only place a learner can see *why*
 * the token was refused.
 */
import { findUser, tokenExpiresAt } from '../org/queries.ts';
import type { SimCore } from '../org/sim-core.ts';
import { DAY_MS, iso } from '../pipeline/dates.ts';
import { networkAllows } from './network.ts';
import { roleAllows } from '../policy/permissions.ts';
import type { ApiTokenPrincipal } from '../policy/principal.ts';
import { checkRateLimit } from '../policy/rate-limit.ts';
import type { Reply } from '../pipeline/reply.ts';
import type { Operation } from '../pipeline/routes.ts';
import { sha256Hex } from './sha256.ts';
import { tokenTarget, userActor, writeLog } from '../org/system-log.ts';
import { isTokenShaped, LAB_TOKEN_PREFIX, tokenFormatDetail } from './token-value.ts';
import type { FactId, TraceCheck } from '../pipeline/trace-checks.ts';
import type { SimResponse } from '../types.ts';

/**
 * Runs `token-format` … `network-zone`, `rate-limit` and `creator-role`; returns the principal,
 * or the response that refuses the call. `id` is the path's `{id}`, if any.
 */
export function sswsBranch(
  core: SimCore,
  r: Reply,
  value: string,
  ip: string,
  op: Operation,
  id: string | undefined,
): ApiTokenPrincipal | SimResponse {
  const { trace } = r;
  const now = core.state.now;
  const refuse = (check: TraceCheck, detail?: string, fact?: FactId) => {
    trace.fail(check, detail, fact);
    return r.error('E0000011');
  };
  if (!isTokenShaped(value)) return refuse('token-format', tokenFormatDetail(value));
  trace.pass('token-format');

  const token = core.byHash.get(sha256Hex(value));
  if (!token) {
    if (value.split('.').length === 3 && value.startsWith('ey'))
      return refuse(
        'token-known',
        'The value looks like a JWT: an OAuth token belongs after "Bearer", never after "SSWS".',
        'ssws-non-token-value-401',
      );
    const hint = value.startsWith(LAB_TOKEN_PREFIX)
      ? 'The value has the lab shape but matches no token of this org.'
      : undefined;
    return refuse('token-known', hint);
  }
  trace.pass('token-known', `Token ${token.id} ("${token.name}").`);

  if (token.revoked !== null) return refuse('token-not-revoked', `Revoked at ${iso(token.revoked)}.`);
  trace.pass('token-not-revoked');

  const expiresAt = tokenExpiresAt(token);
  const idle =
    token.lastUsed === null ? `Created ${iso(token.created)}, never used` : `Last used ${iso(token.lastUsed)}`;
  if (now > expiresAt) return refuse('token-not-expired', `${idle}; expired ${iso(expiresAt)}.`);
  trace.pass('token-not-expired', `${idle}; ${Math.floor((expiresAt - now) / DAY_MS)} days left before this call.`);

  const user = findUser(core, token.userId);
  if (!user) return refuse('creator-active', 'The creator was deleted.', 'creator-deleted-token-invalid');
  if (user.status === 'SUSPENDED')
    // Okta's sources disagree on whether a suspended creator's tokens fail (fact
    // `creator-suspended`, contested); the lab follows the KBs that say they do.
    return refuse(
      'creator-active',
      "The creator is SUSPENDED. Okta's sources disagree on whether this invalidates the token; the lab refuses it with 401 E0000011.",
      'creator-suspended',
    );
  if (user.status !== 'ACTIVE')
    // Deactivated (and never-activated) creators: the rejection is documented, the response is
    // contested, 401 E0000011 in one KB and 403 E0000006 in another (fact
    // `creator-deactivated-response`); the lab answers 401 E0000011.
    return refuse(
      'creator-active',
      `The creator is ${user.status}. Okta's KBs disagree on the response (401 E0000011 or 403 E0000006); the lab answers 401 E0000011.`,
      'creator-deactivated-response',
    );
  if (user.reactivated !== null && user.reactivated >= token.created) {
    // Sources conflict (fact `creator-reactivated-token`, contested): the developer guide says a
    // deactivated creator's tokens are "deprovisioned"; older help text and the E0000011 KB say
    // reactivating the creator makes them work again. The lab follows the KB, whose documented
    // fix for this exact error would be pointless otherwise.
    trace.pass(
      'creator-active',
      "The creator was reactivated after this token was created. Sources conflict on whether the token works again; the lab follows Okta's KB: it does.",
      'creator-reactivated-token',
    );
  } else trace.pass('creator-active');

  if (!networkAllows(token.network, ip, core.state.zones)) {
    // The response to a call from outside the allowed zones is undocumented (fact
    // `outside-zone-response-undocumented`); only the System Log event is (`outside-zone-log-event`). The lab answers like every other refused token, 401
    // E0000011, because the restriction is a condition on the token being valid at all.
    writeLog(core, {
      eventType: 'system.api_token.request_outside_allowed_range',
      displayMessage: 'API token request outside allowed range',
      actor: userActor(user),
      target: [tokenTarget(token)],
      ip,
      requestId: r.requestId,
      tokenId: token.id,
      severity: 'WARN',
      result: 'DENY',
    });
    return refuse(
      'network-zone',
      `The call came from ${ip}. Okta does not document the response; the lab answers 401 E0000011.`,
    );
  }
  trace.pass(
    'network-zone',
    token.network.connection === 'ANYWHERE' ? 'The token may be used from any IP.' : `${ip} is allowed.`,
  );

  // "Each API call resets the 30-day window" (fact `token-sliding-window`): any call the token authenticates.
  token.lastUsed = now;
  const principal: ApiTokenPrincipal = { kind: 'api-token', token, user };
  return checkRateLimit(core, r, principal, op) ?? authorizeToken(core, r, principal, op, id) ?? principal;
}

/** Runs `creator-role`: the token acts with its creator's current role. */
function authorizeToken(
  core: SimCore,
  r: Reply,
  { user }: ApiTokenPrincipal,
  op: Operation,
  id: string | undefined,
): SimResponse | undefined {
  const role = user.role;
  const own = op.op === 'revokeToken' && core.state.tokens.some((t) => t.id === id && t.userId === user.id);
  const verdict = own ? roleAllows(role, 'self') : roleAllows(role, op.perm);
  const who = `The creator's role is ${role ?? 'none'}; ${op.op} needs ${own ? "no role to revoke one's own token" : op.perm}.`;
  if (!verdict.ok) {
    const inferred = role === null ? ' Okta does not document this case; the 403 E0000006 is inferred.' : '';
    r.trace.fail('creator-role', who + inferred, verdict.fact);
    return r.error('E0000006');
  }
  r.trace.pass('creator-role', who, verdict.fact);
  return undefined;
}
