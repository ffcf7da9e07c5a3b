/**
 * SSWS authentication: from the header value to the token's creator, or a 401 E0000011.
 * Every failure here gives the same response (fact sheet section 4), so the trace is the only
 * place a learner can see *why* the token was refused.
 */
import { DAY_MS, findUser, iso, tokenExpiresAt, type SimCore } from './core.ts';
import { networkAllows } from './network.ts';
import type { ApiTokenPrincipal } from './principal.ts';
import { sha256Hex } from './sha256.ts';
import { tokenTarget, userActor, writeLog } from './system-log.ts';
import { isTokenShaped, LAB_TOKEN_PREFIX } from './token-value.ts';
import type { TraceBuilder } from './trace.ts';

/** Runs `token-format` … `network-zone`; returns the principal, or `undefined` after a failure. */
export function authenticateSsws(
  core: SimCore,
  trace: TraceBuilder,
  value: string,
  ip: string,
  requestId: string,
): ApiTokenPrincipal | undefined {
  const now = core.state.now;
  if (!isTokenShaped(value)) {
    trace.fail('token-format', `The value is ${value.length} characters long.`);
    return undefined;
  }
  trace.pass('token-format');

  const token = core.byHash.get(sha256Hex(value));
  if (!token) {
    const hint =
      value.split('.').length === 3 && value.startsWith('ey')
        ? 'The value looks like a JWT: an OAuth token belongs after "Bearer", never after "SSWS".'
        : value.startsWith(LAB_TOKEN_PREFIX)
          ? 'The value has the lab shape but matches no token of this org.'
          : undefined;
    trace.fail('token-known', hint);
    return undefined;
  }
  trace.pass('token-known', `Token ${token.id} ("${token.name}").`);

  if (token.revoked !== null) {
    trace.fail('token-not-revoked', `Revoked at ${iso(token.revoked)}.`);
    return undefined;
  }
  trace.pass('token-not-revoked');

  const expiresAt = tokenExpiresAt(token);
  const idle =
    token.lastUsed === null ? `Created ${iso(token.created)}, never used` : `Last used ${iso(token.lastUsed)}`;
  if (now > expiresAt) {
    trace.fail('token-not-expired', `${idle}; expired ${iso(expiresAt)}.`);
    return undefined;
  }
  trace.pass('token-not-expired', `${idle}; ${Math.floor((expiresAt - now) / DAY_MS)} days left before this call.`);

  const user = findUser(core, token.userId);
  if (!user || user.status !== 'ACTIVE') {
    const status = user ? user.status : 'deleted';
    // Suspended creators: only Okta's KB says their tokens fail (observed, not documented).
    trace.fail('creator-active', `The creator is ${status}.`, status === 'SUSPENDED' ? 'observed' : 'documented');
    return undefined;
  }
  if (user.reactivated !== null && user.reactivated >= token.created) {
    // Sources conflict (fact sheet section 2): the developer guide says a deactivated creator's
    // tokens are "deprovisioned"; older help text and the E0000011 KB say reactivating the
    // creator makes them work again. The lab follows the KB, whose documented fix for this
    // exact error would be pointless otherwise.
    trace.pass(
      'creator-active',
      "The creator was reactivated after this token was created. Sources conflict on whether the token works again; the lab follows Okta's KB: it does.",
      'assumption',
    );
  } else trace.pass('creator-active');

  if (!networkAllows(token.network, ip, core.state.zones)) {
    // The response to a call from outside the allowed zones is UNCONFIRMED (section 2); only the
    // System Log event is documented. The lab answers like every other refused token, 401
    // E0000011, because the restriction is a condition on the token being valid at all.
    writeLog(core, {
      eventType: 'system.api_token.request_outside_allowed_range',
      displayMessage: 'API token request outside allowed range',
      actor: userActor(user),
      target: [tokenTarget(token)],
      ip,
      requestId,
      tokenId: token.id,
      severity: 'WARN',
      result: 'DENY',
    });
    trace.fail(
      'network-zone',
      `The call came from ${ip}. Okta does not document the response; the lab answers 401 E0000011.`,
      'assumption',
    );
    return undefined;
  }
  trace.pass(
    'network-zone',
    token.network.connection === 'ANYWHERE' ? 'The token may be used from any IP.' : `${ip} is allowed.`,
  );

  // "Each API call resets the 30-day window" (section 2): any call the token authenticates.
  token.lastUsed = now;
  return { kind: 'api-token', token, user };
}
