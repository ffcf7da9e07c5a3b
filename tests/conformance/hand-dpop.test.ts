/**
 * A DPoP client written by hand on WebCrypto (tests/support/jws.ts) runs the whole flow
 * against the lab over HTTP, then breaks one rule at a time. Each refusal is the one Okta's
 * error catalogue names (source oauth2-error-codes); the lab's trace header says which check decided it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabServer } from '../../src/lab/server.ts';
import { lab, startLab } from './helpers.ts';
import {
  clientAssertion,
  dpopProof,
  keyPair,
  sha256b64url,
  thumbprint,
  tokenForm,
  type KeyPair,
} from '../support/jws.ts';

let server: LabServer;
let clientKey: KeyPair;
let proofKey: KeyPair;
let clientId: string;
let tokenUrl: string;
let usersUrl: string;
let accessToken: string;

/** Decodes a JWT's payload (no verification: the test only reads what the lab issued). */
const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

async function tokenRequest(proof: string | undefined, scope = 'okta.users.read') {
  return fetch(tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(proof ? { DPoP: proof } : {}) },
    body: tokenForm(await clientAssertion(clientKey, clientId, tokenUrl), scope),
  });
}

function callUsers(authorization: string, proof?: string, url = usersUrl) {
  return fetch(url, { headers: { Authorization: authorization, ...(proof ? { DPoP: proof } : {}) } });
}

/** The error a refused call carries in `WWW-Authenticate`, and the deciding check. */
function refusal(res: Response) {
  const header = res.headers.get('www-authenticate') ?? '';
  return {
    status: res.status,
    error: /error="([^"]+)"/.exec(header)?.[1],
    description: /error_description="([^"]+)"/.exec(header)?.[1],
    check: res.headers.get('x-token-lab-trace')?.split(';')[0],
  };
}

beforeAll(async () => {
  server = await startLab();
  clientKey = await keyPair('RS256', 'client-key');
  proofKey = await keyPair('ES256');
  ({ clientId } = await lab<{ clientId: string }>(server, 'POST', 'apps', {
    name: 'hand-made',
    scopes: ['okta.users.read'],
    jwks: { keys: [clientKey.publicJwk] },
    dpop: true,
  }));
  tokenUrl = `${server.url}/oauth2/v1/token`;
  usersUrl = `${server.url}/api/v1/users`;
});
afterAll(() => server.close());

describe('DPoP by hand', () => {
  it('gets 400 use_dpop_nonce first, then a DPoP token bound to the proof key', async () => {
    const first = await tokenRequest(await dpopProof(proofKey, 'POST', tokenUrl));
    expect(first.status).toBe(400);
    expect(await first.json()).toEqual({
      error: 'use_dpop_nonce',
      error_description: 'Authorization server requires nonce in DPoP proof.',
    });
    const nonce = first.headers.get('dpop-nonce') ?? '';
    expect(nonce).toMatch(/^[\w-]{32}$/);

    const second = await tokenRequest(await dpopProof(proofKey, 'POST', tokenUrl, { nonce }));
    expect(second.status).toBe(200);
    const body = (await second.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'DPoP', expires_in: 3600, scope: 'okta.users.read' });
    accessToken = String(body['access_token']);
    expect(claims(accessToken)['cnf']).toEqual({ jkt: await thumbprint(proofKey.publicJwk) });
  });

  it('reads users with Authorization: DPoP and a proof carrying ath', async () => {
    const ath = await sha256b64url(accessToken);
    const res = await callUsers(`DPoP ${accessToken}`, await dpopProof(proofKey, 'GET', usersUrl, { ath }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-token-lab-trace')).toBe('principal-role; outcome=pass; basis=documented');
  });

  it('refuses a replayed proof (same jti)', async () => {
    const proof = await dpopProof(proofKey, 'GET', usersUrl, { ath: await sha256b64url(accessToken) });
    expect((await callUsers(`DPoP ${accessToken}`, proof)).status).toBe(200);
    expect(refusal(await callUsers(`DPoP ${accessToken}`, proof))).toEqual({
      status: 400,
      error: 'invalid_dpop_proof',
      description: 'The DPoP proof JWT has already been used.',
      check: 'dpop-replay',
    });
  });

  it('refuses a proof whose htu names another URL', async () => {
    const proof = await dpopProof(proofKey, 'GET', `${server.url}/api/v1/groups`, {
      ath: await sha256b64url(accessToken),
    });
    expect(refusal(await callUsers(`DPoP ${accessToken}`, proof))).toEqual({
      status: 400,
      error: 'invalid_dpop_proof',
      description: "'htu' claim in the DPoP proof JWT is invalid.",
      check: 'dpop-request-match',
    });
  });

  it('refuses a proof without ath', async () => {
    expect(refusal(await callUsers(`DPoP ${accessToken}`, await dpopProof(proofKey, 'GET', usersUrl)))).toEqual({
      status: 400,
      error: 'invalid_dpop_proof',
      description: "'ath' claim in the DPoP proof does not match the presented access_token.",
      check: 'dpop-ath',
    });
  });

  it('refuses the DPoP-bound token sent as Bearer', async () => {
    expect(refusal(await callUsers(`Bearer ${accessToken}`))).toEqual({
      status: 400,
      error: 'invalid_request',
      description: 'The resource request must use the DPoP authentication scheme when using a DPoP bound token.',
      check: 'dpop-binding',
    });
  });

  it('refuses a proof signed by another key than the one the token is bound to', async () => {
    const thief = await keyPair('ES256');
    const proof = await dpopProof(thief, 'GET', usersUrl, { ath: await sha256b64url(accessToken) });
    expect(refusal(await callUsers(`DPoP ${accessToken}`, proof))).toMatchObject({
      status: 400,
      description: 'The access_token is not bound to the provided DPoP proof.',
      check: 'dpop-binding',
    });
  });

  it('refuses a proof more than five minutes old, and one from the future', async () => {
    const ath = await sha256b64url(accessToken);
    const now = Math.floor(Date.now() / 1000);
    const old = await dpopProof(proofKey, 'GET', usersUrl, { ath, iat: now - 301 });
    expect(refusal(await callUsers(`DPoP ${accessToken}`, old)).description).toBe(
      'The DPoP proof JWT is issued more than five minutes in the past.',
    );
    const future = await dpopProof(proofKey, 'GET', usersUrl, { ath, iat: now + 600 });
    expect(refusal(await callUsers(`DPoP ${accessToken}`, future)).description).toBe(
      'The DPoP proof JWT is issued in the future.',
    );
  });

  it('refuses DPoP without a proof header, and a token request without one', async () => {
    expect(refusal(await callUsers(`DPoP ${accessToken}`))).toMatchObject({
      status: 400,
      description: 'The resource request requires a DPoP proof.',
    });
    const res = await tokenRequest(undefined);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: 'invalid_dpop_proof',
      error_description: 'The DPoP proof JWT header is missing.',
    });
  });

  it('refuses a token-endpoint proof that is replayed', async () => {
    const nonce = (await tokenRequest(await dpopProof(proofKey, 'POST', tokenUrl))).headers.get('dpop-nonce') ?? '';
    const proof = await dpopProof(proofKey, 'POST', tokenUrl, { nonce });
    expect((await tokenRequest(proof)).status).toBe(200);
    const again = await tokenRequest(proof);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error_description: 'The DPoP proof JWT has already been used.' });
  });

  it('keeps the nonce valid for three simulated days, then asks for a new one', async () => {
    const nonce = (await tokenRequest(await dpopProof(proofKey, 'POST', tokenUrl))).headers.get('dpop-nonce') ?? '';
    await lab(server, 'POST', 'clock', { advance: 'P2D' });
    const fresh = async () => {
      const now = Math.floor(server.org.sim.now() / 1000);
      const assertion = await clientAssertion(clientKey, clientId, tokenUrl, { iat: now, exp: now + 300 });
      return fetch(tokenUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          DPoP: await dpopProof(proofKey, 'POST', tokenUrl, { nonce, iat: now }),
        },
        body: tokenForm(assertion, 'okta.users.read'),
      });
    };
    expect((await fresh()).status).toBe(200);
    await lab(server, 'POST', 'clock', { advance: 'P1D' });
    const stale = await fresh();
    expect(stale.status).toBe(400);
    expect(stale.headers.get('dpop-nonce')).not.toBe(nonce);
  });
});
