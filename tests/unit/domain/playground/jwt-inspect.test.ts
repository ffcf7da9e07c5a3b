import { describe, expect, it } from 'vitest';
import { createOktaSim } from '../../../../src/domain/okta-sim/index.ts';
import { signJwt } from '../../../../src/domain/okta-sim/oauth/jwt.ts';
import { makeCore } from '../../../../src/domain/okta-sim/org/sim-core.ts';
import { decodeForInspector, verdicts } from '../../../../src/domain/playground/jwt-inspect.ts';

async function org() {
  const sim = createOktaSim({ seed: 'inspector' });
  const app = sim.console.createServiceApp({
    name: 'Reports',
    grantedScopes: ['okta.users.read'],
    role: 'READ_ONLY_ADMIN',
  });
  const token = await sim.console.issueAccessToken({ clientId: app.clientId, scopes: ['okta.users.read'] });
  return { sim, app, token };
}

describe('the JWT inspector model', () => {
  it('explains the claims of an access token, with human dates', async () => {
    const { sim, token } = await org();
    const view = decodeForInspector(token, sim.now());
    if (!view.ok) throw new Error(view.reason);
    expect(view.kind).toBe('access');
    expect(view.header.find((r) => r.name === 'alg')?.value).toBe('"RS256"');
    const exp = view.claims.find((r) => r.name === 'exp');
    expect(exp?.when).toMatch(/UTC \(in 1 hour\)$/);
    expect(view.claims.find((r) => r.name === 'scp')?.meaning).toMatch(/Scopes/);
  });

  it('keeps the signature verdict apart from acceptance: an expired token has a valid signature', async () => {
    const { sim, token } = await org();
    sim.advanceTime(2 * 3_600_000);
    const v = await verdicts(sim, token);
    expect(v.signature.ok).toBe(true);
    expect(v.accepted.ok).toBe(false);
    expect(v.accepted.text).toMatch(/Token lifetime/);
  });

  it('a tampered payload fails the signature', async () => {
    const { sim, token } = await org();
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
    claims['scp'] = ['okta.users.manage'];
    const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    const v = await verdicts(sim, forged);
    expect(v.signature.ok).toBe(false);
    expect(v.accepted.ok).toBe(false);
  });

  it('probing does not move the real org (request ids, rate counters)', async () => {
    const { sim, token } = await org();
    const before = JSON.stringify(sim.snapshot());
    await verdicts(sim, token);
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });

  it('fails the signature verdict for a token signed under another kid, naming the check', async () => {
    const { sim, token } = await org();
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const other = await signJwt(makeCore(sim.snapshot()), claims, { kid: 'someone-elses-key' });
    const v = await verdicts(sim, other);
    expect(v.signature).toEqual({
      ok: false,
      text: 'The JWT header names no kid, or a key the org authorization server does not sign with.',
    });
    expect(v.accepted.ok).toBe(false);
    expect(v.accepted.text).toMatch(/^Rejected at "Signing key": /);
  });

  it('accepts the signature of an ID token but not the token, at the access-token check', async () => {
    const { sim } = await org();
    const admin = sim.console.listAdmins()[0]?.id ?? '';
    const web = await sim.console.createWebApp({ name: 'Portal' });
    const id = await sim.console.issueIdToken({ clientId: web.clientId, userId: admin });
    const view = decodeForInspector(id, sim.now());
    expect(view.ok && view.kind).toBe('id');
    const v = await verdicts(sim, id);
    expect(v.signature.ok).toBe(true);
    expect(v.accepted.text).toMatch(/^Rejected at "Access token": /);
  });

  it('accepts a valid access token in both verdicts', async () => {
    const { sim, token } = await org();
    const v = await verdicts(sim, ` ${token} `);
    expect(v.signature.ok).toBe(true);
    expect(v.accepted.ok).toBe(true);
  });

  it('calls an HS256 token what it is: not an Okta access token, whatever its claims', () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    // The jwt.io sample: HS256, claims sub, name and iat.
    const hs = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.c2ln`;
    const view = decodeForInspector(hs, 0);
    expect(view.ok && [view.kind, view.alg]).toEqual(['not-okta', 'HS256']);
    const access = `${part({ alg: 'HS256' })}.${part({ cid: '0oa1', scp: ['okta.users.read'] })}.c2ln`;
    expect(decodeForInspector(access, 0)).toMatchObject({ ok: true, kind: 'not-okta' });
  });

  it.each([
    ['00lab.abc', 'A JWT has three parts separated by dots; this value does not.'],
    ['a.b.c', 'The header or payload is not base64url-encoded JSON, so this is not a JWT.'],
  ])('says plainly why %j is not a JWT', (value, reason) => {
    expect(decodeForInspector(value, 0)).toEqual({ ok: false, reason });
  });
});
