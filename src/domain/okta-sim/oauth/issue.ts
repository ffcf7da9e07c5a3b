/**
 * The org authorization server, reduced to what the lab needs: client-credentials access
 * tokens for service apps, and ID tokens for users signing in to web apps (so learners can see
 * one rejected by the Management API).
 *
 * Claims follow fact access-token-claims (`ver`, `jti` starting `AT.`, `iss`, `aud`, `iat`, `exp`,
 * `cid`, `scp`, `sub`; no `uid` without a user). `iss` is the org URL, as Okta's API reference
 * says for the org authorization server. `aud` is also the org URL: an assumption, since Okta
 * tells clients to treat these tokens as opaque and does not document their claims.
 */
import { displayName } from '../org/queries.ts';
import type { SimCore } from '../org/sim-core.ts';
import { ConsoleError } from '../console/console-error.ts';
import { newId } from '../org/ids.ts';
import { randomChars } from '../org/prng.ts';
import { signJwt } from './jwt.ts';

const JTI_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Okta-scoped access tokens live one hour; the lab lets lessons pick another lifetime. */
export const ACCESS_TOKEN_TTL_SECONDS = 3600;

function app(core: SimCore, clientId: string) {
  const found = core.state.apps.find((a) => a.clientId === clientId);
  if (!found) throw new ConsoleError('not-found', `No app has client id "${clientId}".`);
  return found;
}

/** Signs an access token for a service app; every scope must be granted to the app. */
export function issueAccessToken(
  core: SimCore,
  opts: { clientId: string; scopes: string[]; ttlSeconds?: number | undefined; jkt?: string | undefined },
): Promise<string> {
  const a = app(core, opts.clientId);
  if (!Array.isArray(opts.scopes) || opts.scopes.length === 0)
    throw new ConsoleError('invalid', 'Request at least one scope.');
  const missing = opts.scopes.filter((s) => !a.grantedScopes.includes(s));
  if (missing.length) {
    throw new ConsoleError(
      'not-allowed',
      `"${a.name}" was not granted ${missing.join(', ')}; a super admin grants scopes on the app's Okta API Scopes tab.`,
    );
  }
  const ttl = opts.ttlSeconds ?? ACCESS_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl <= 0)
    throw new ConsoleError('invalid', 'ttlSeconds must be a positive whole number.');
  const iat = Math.floor(core.state.now / 1000);
  return signJwt(core, {
    ver: 1,
    jti: 'AT.' + randomChars(core.state.rng, 43, JTI_CHARS),
    iss: core.state.orgUrl,
    aud: core.state.orgUrl,
    iat,
    exp: iat + ttl,
    cid: a.clientId,
    scp: [...opts.scopes],
    sub: a.clientId,
    // A DPoP-bound token names the thumbprint of the client's proof key (fact dpop-token-binding).
    ...(opts.jkt === undefined ? {} : { cnf: { jkt: opts.jkt } }),
  });
}

/**
 * Creates an OpenID Connect web app: no Okta API scopes and no admin role, only a sign-in for
 * users, which is what gives an ID token (fact id-token-from-oidc-sign-in).
 */
export function createWebApp(core: SimCore, opts: { name: string }): { clientId: string; name: string } {
  const clientId = newId(core.state.rng, '0oa');
  const { now } = core.state;
  core.state.apps.push({
    clientId,
    name: opts.name,
    grantedScopes: [],
    role: null,
    created: now,
    rateLimitPercent: 50,
    kind: 'web',
  });
  return { clientId, name: opts.name };
}

/**
 * Signs an ID token for a user signing in to a web app: a sign-in proof, not an API credential.
 * An API Services app signs no user in (Client Credentials only), so it is refused one.
 */
export function issueIdToken(core: SimCore, opts: { userId: string; clientId: string }): Promise<string> {
  const a = app(core, opts.clientId);
  if (a.kind !== 'web') {
    throw new ConsoleError(
      'invalid',
      `"${a.name}" is an API Services app: no user signs in to it, so it gets no ID token. Create a web app.`,
    );
  }
  const user = core.state.users.find((u) => u.id === opts.userId);
  if (!user) throw new ConsoleError('not-found', `No user has id "${opts.userId}".`);
  const iat = Math.floor(core.state.now / 1000);
  return signJwt(core, {
    sub: user.id,
    name: displayName(user),
    email: user.profile['email'] ?? '',
    ver: 1,
    iss: core.state.orgUrl,
    aud: a.clientId,
    iat,
    exp: iat + 3600,
    jti: 'ID.' + randomChars(core.state.rng, 43, JTI_CHARS),
    amr: ['pwd'],
    preferred_username: user.profile['login'] ?? '',
    auth_time: iat,
  });
}
