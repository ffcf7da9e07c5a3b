/**
 * `POST /oauth2/v1/token` through the Fetch face, without a server: client credentials with a
 * `private_key_jwt` assertion (facts service-app-private-key-jwt, client-assertion-claims); each
 * broken rule gets the error of Okta's OAuth catalogue (source oauth2-error-codes) and is traced.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createOktaSim, type OktaSim } from '../../../../src/domain/okta-sim/index.ts';
import { clientAssertion, keyPair, tokenForm, type KeyPair } from '../../../support/jws.ts';

const ORIGIN = 'http://127.0.0.1:8787';
const TOKEN_URL = `${ORIGIN}/oauth2/v1/token`;
/** The simulated clock starts at the machine's time, so the assertions' `Date.now()` stamps agree. */
const START = Math.floor(Date.now() / 1000) * 1000;

let key: KeyPair;
let other: KeyPair;

beforeAll(async () => {
  key = await keyPair('RS256', 'k1');
  other = await keyPair('ES256', 'k2');
});

async function org(): Promise<{ sim: OktaSim; clientId: string }> {
  const sim = createOktaSim({ seed: 'token-endpoint', now: START, orgUrl: ORIGIN });
  const { clientId } = sim.console.createServiceApp({
    name: 'sync',
    grantedScopes: ['okta.users.read'],
    role: 'READ_ONLY_ADMIN',
  });
  await sim.console.registerAppKeys(clientId, { publicKeys: [key.publicJwk] });
  return { sim, clientId };
}

async function post(sim: OktaSim, body: URLSearchParams | string, headers: Record<string, string> = {}) {
  const res = await sim.fetch(
    new Request(TOKEN_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body,
    }),
  );
  return {
    status: res.status,
    body: (await res.json()) as Record<string, string>,
    trace: res.headers.get('x-token-lab-trace'),
  };
}

describe('client credentials with private_key_jwt', () => {
  it('issues a one-hour Bearer token with the granted scope, which the API accepts', async () => {
    const { sim, clientId } = await org();
    const res = await post(sim, tokenForm(await clientAssertion(key, clientId, TOKEN_URL), 'okta.users.read'));
    expect(res).toMatchObject({
      status: 200,
      body: { token_type: 'Bearer', expires_in: 3600, scope: 'okta.users.read' },
    });
    const api = await sim.fetch(
      new Request(`${ORIGIN}/api/v1/users?limit=1`, {
        headers: { Authorization: `Bearer ${res.body['access_token']}` },
      }),
    );
    expect(api.status).toBe(200);
  });

  type Case = [
    name: string,
    build: (clientId: string) => Promise<URLSearchParams | string>,
    status: number,
    error: string,
    description: string,
  ];
  const cases: Case[] = [
    [
      'wrong grant',
      async (c) => tokenForm(await clientAssertion(key, c, TOKEN_URL), 'okta.users.read', { grant_type: 'password' }),
      400,
      'unsupported_grant_type',
      'The authorization grant type is not supported by the authorization server. Configured grant types: [client_credentials].',
    ],
    [
      'no grant',
      () => Promise.resolve('scope=okta.users.read'),
      400,
      'invalid_request',
      "The token request must specify a 'grant_type'. Valid values: [client_credentials]",
    ],
    [
      'no assertion',
      () => Promise.resolve('grant_type=client_credentials&scope=okta.users.read'),
      401,
      'invalid_client',
      'No client credentials found.',
    ],
    [
      'client secret',
      (c) => Promise.resolve(`grant_type=client_credentials&client_id=${c}&client_secret=s3cret`),
      401,
      'invalid_client',
      'Client Credentials requests to the Org Authorization Server must use the private_key_jwt token_endpoint_auth_method.',
    ],
    [
      'wrong assertion type',
      async (c) =>
        tokenForm(await clientAssertion(key, c, TOKEN_URL), 'okta.users.read', { client_assertion_type: 'jwt' }),
      400,
      'invalid_request',
      'The client_assertion_type is invalid.',
    ],
    [
      'not a JWT',
      () => Promise.resolve(tokenForm('nope', 'okta.users.read')),
      401,
      'invalid_client',
      'The parsing of the client_assertion failed.',
    ],
    [
      'HS256',
      async (c) => tokenForm(await clientAssertion(key, c, TOKEN_URL, {}, { alg: 'HS256' }), 'okta.users.read'),
      401,
      'invalid_client',
      'The client_assertion JWT signature algorithm is invalid.',
    ],
    [
      'unknown client',
      async () => tokenForm(await clientAssertion(key, '0oaNOPE', TOKEN_URL), 'okta.users.read'),
      401,
      'invalid_client',
      'The issuer claim for client_assertion is not a valid client_id.',
    ],
    [
      'sub differs',
      async (c) => tokenForm(await clientAssertion(key, c, TOKEN_URL, { sub: 'someone' }), 'okta.users.read'),
      401,
      'invalid_client',
      'The subject claim for client_assertion is not a valid client_id.',
    ],
    [
      'unknown kid',
      async (c) => tokenForm(await clientAssertion(key, c, TOKEN_URL, {}, { kid: 'k9' }), 'okta.users.read'),
      401,
      'invalid_client',
      'The client_assertion JWT kid is invalid.',
    ],
    [
      'signed by another key',
      async (c) => tokenForm(await clientAssertion(other, c, TOKEN_URL, {}, { kid: 'k1' }), 'okta.users.read'),
      401,
      'invalid_client',
      'The client_assertion signature is invalid.',
    ],
    [
      'wrong aud',
      async (c) => tokenForm(await clientAssertion(key, c, `${ORIGIN}/oauth2/default/v1/token`), 'okta.users.read'),
      401,
      'invalid_client',
      'The audience claim for client_assertion must be the endpoint invoked for the request.',
    ],
    [
      'no exp',
      async (c) => tokenForm(await clientAssertion(key, c, TOKEN_URL, { exp: undefined }), 'okta.users.read'),
      401,
      'invalid_client',
      "The client_assertion must contain the 'exp' claim as seconds since epoch.",
    ],
    [
      'expired',
      async (c) => tokenForm(await clientAssertion(key, c, TOKEN_URL, { exp: START / 1000 - 600 }), 'okta.users.read'),
      401,
      'invalid_client',
      'The client_assertion token is expired.',
    ],
    [
      'exp two hours ahead',
      async (c) => tokenForm(await clientAssertion(key, c, TOKEN_URL, { exp: START / 1000 + 7200 }), 'okta.users.read'),
      401,
      'invalid_client',
      'The client_assertion token has an expiration too far into the future.',
    ],
    [
      'iat ahead',
      async (c) => tokenForm(await clientAssertion(key, c, TOKEN_URL, { iat: START / 1000 + 600 }), 'okta.users.read'),
      401,
      'invalid_client',
      'The client_assertion token must be issued before the current time.',
    ],
    [
      'no scope',
      async (c) => tokenForm(await clientAssertion(key, c, TOKEN_URL), ''),
      400,
      'invalid_scope',
      'No scopes were requested.',
    ],
    [
      'openid',
      async (c) => tokenForm(await clientAssertion(key, c, TOKEN_URL), 'openid okta.users.read'),
      400,
      'invalid_scope',
      "Cannot request 'openid' scopes using client credentials.",
    ],
    [
      'scope not granted',
      async (c) => tokenForm(await clientAssertion(key, c, TOKEN_URL), 'okta.users.manage'),
      400,
      'invalid_scope',
      'The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.',
    ],
  ];

  it.each(cases)('%s: %i %s', async (_, build, status, error, description) => {
    const { sim, clientId } = await org();
    const res = await post(sim, await build(clientId));
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error, error_description: description });
    expect(res.trace).toMatch(
      /^(token-request|client-auth|client-assertion|token-scope); outcome=fail; basis=(documented|assumption)$/,
    );
  });

  it('accepts an assertion once: a replayed jti is refused', async () => {
    const { sim, clientId } = await org();
    const form = tokenForm(await clientAssertion(key, clientId, TOKEN_URL), 'okta.users.read');
    expect((await post(sim, form)).status).toBe(200);
    expect((await post(sim, form)).body).toEqual({
      error: 'invalid_client',
      error_description: 'The client_assertion token has already been used.',
    });
  });

  it('refuses an app with no registered key', async () => {
    const sim = createOktaSim({ seed: 'token-endpoint', now: START, orgUrl: ORIGIN });
    const { clientId } = sim.console.createServiceApp({
      name: 'keyless',
      grantedScopes: ['okta.users.read'],
      role: null,
    });
    expect(
      (await post(sim, tokenForm(await clientAssertion(key, clientId, TOKEN_URL), 'okta.users.read'))).body,
    ).toMatchObject({
      error_description: 'The client does not have a JWKSet configured, but the client_assertion requires one.',
    });
  });

  it('refuses a JSON body: the token endpoint takes a form', async () => {
    const { sim } = await org();
    expect((await post(sim, '{}', { 'Content-Type': 'application/json' })).body).toEqual({
      error: 'invalid_request',
      error_description: 'Invalid request',
    });
  });
});

describe('registering public keys', () => {
  it('refuses a private key, an unknown key type and more than 50 keys', async () => {
    const sim = createOktaSim();
    const jwk = JSON.parse(JSON.stringify({ ...(await crypto.subtle.exportKey('jwk', key.privateKey)) })) as object;
    const { clientId } = sim.console.createServiceApp({ name: 'x', grantedScopes: ['okta.users.read'], role: null });
    const register = (publicKeys: unknown[]) => sim.console.registerAppKeys(clientId, { publicKeys });
    await expect(register([jwk])).rejects.toThrow(/PUBLIC key only/);
    await expect(register([{ kty: 'oct', k: 'abc' }])).rejects.toThrow(/private key|kty/);
    await expect(register([{ kty: 'OKP', x: 'abc' }])).rejects.toThrow(/kty must be "RSA" or "EC"/);
    await expect(register(Array.from({ length: 51 }, () => key.publicJwk))).rejects.toThrow(/at most 50/);
    await expect(register([key.publicJwk, other.publicJwk])).resolves.toBeUndefined();
    await expect(sim.console.registerAppKeys('0oaNOPE', { publicKeys: [] })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
