/** The reader's keychain: what kind of credential a saved value is, and how it is sent. */
import { describe, expect, it } from 'vitest';
import { createOktaSim } from '../../../../src/domain/okta-sim/index.ts';
import {
  choiceForHeader,
  entryInHeader,
  entryText,
  fromScenarioKeychain,
  headerFor,
  kindOfValue,
  toTemplate,
  type KeychainEntry,
} from '../../../../src/domain/playground/keychain.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: unknown) => `${b64({ alg: 'RS256', kid: 'k' })}.${b64(payload)}.c2ln`;

describe('kindOfValue', () => {
  it.each([
    ['an access token (cid and scp)', jwt({ cid: '0oa1', scp: ['okta.users.read'] }), 'access'],
    ['a JWT with scp but no cid', jwt({ scp: ['okta.users.read'] }), 'id'],
    ['a JWT with cid but no scp', jwt({ cid: '0oa1' }), 'id'],
    ['an ID token', jwt({ sub: '00u1', aud: '0oa1', nonce: 'n' }), 'id'],
    ['an API token value', '00lab.8tR2kQ9wLm4ZpX7cV1bN6yH3gF5dS0aJqE', 'ssws'],
    ['three parts that are not base64url JSON', 'eyJ.not.json', 'ssws'],
    ['a JWT whose payload is not an object', `${b64({ alg: 'RS256' })}.${b64([1])}.c2ln`, 'ssws'],
  ])('sees %s as %s', (_, value, kind) => {
    expect(kindOfValue(value)).toBe(kind);
  });

  it('recognises tokens the simulated org issues', async () => {
    const sim = createOktaSim({ seed: 'keychain' });
    const admin = sim.console.listAdmins()[0]?.id ?? '';
    const app = sim.console.createServiceApp({ name: 'Reports', grantedScopes: ['okta.users.read'], role: null });
    const access = await sim.console.issueAccessToken({ clientId: app.clientId, scopes: ['okta.users.read'] });
    const web = await sim.console.createWebApp({ name: 'Portal' });
    const id = await sim.console.issueIdToken({ clientId: web.clientId, userId: admin });
    const { value } = await sim.console.createApiToken({ name: 'CI', adminId: admin });
    expect(fromScenarioKeychain({ ci: value, at: access, idt: id }).map((e) => [e.key, e.kind])).toEqual([
      ['ci', 'ssws'],
      ['at', 'access'],
      ['idt', 'id'],
    ]);
  });
});

describe('reader-friendly names for a scenario’s saved keys', () => {
  it('labels each key by the token or app its setup step named, and keeps the key', () => {
    const entries = fromScenarioKeychain({ ro: '00lab.x', at: 'eyJ.a.b', idt: 'eyJ.c.d', extra: '00lab.y' }, [
      { createToken: { name: 'Reports', admin: 'read-only-admin', save: 'ro' } },
      { createServiceApp: { name: 'Directory report', scopes: ['okta.users.read'], role: null, save: 'svc' } },
      { issueAccessToken: { app: 'svc', scopes: ['okta.users.read'], save: 'at' } },
      { createWebApp: { name: 'Admin portal', save: 'portal' } },
      { issueIdToken: { app: 'portal', admin: 'super-admin', save: 'idt' } },
    ]);
    expect(entries.map((e) => [e.key, e.label])).toEqual([
      ['ro', 'Reports'],
      ['at', 'Directory report'],
      ['idt', 'Admin portal'],
      ['extra', 'extra'],
    ]);
  });
});

describe('sending saved credentials', () => {
  const ci: KeychainEntry = { key: 'ci', label: 'CI pipeline', kind: 'ssws', value: '00lab.AAAA' };
  const at: KeychainEntry = { key: 'at', label: 'Reports', kind: 'access', value: 'eyJ.a.b' };
  const idt: KeychainEntry = { key: 'idt', label: 'Web app', kind: 'id', value: 'eyJ.c.d' };

  it('sends an API token as SSWS and every JWT as Bearer', () => {
    expect([ci, at, idt].map(headerFor)).toEqual(['SSWS 00lab.AAAA', 'Bearer eyJ.a.b', 'Bearer eyJ.c.d']);
  });

  it('labels each kind for the Credential select', () => {
    expect([ci, at, idt].map(entryText)).toEqual([
      'API token: CI pipeline',
      'Access token: Reports',
      'ID token: Web app',
    ]);
  });

  it('maps a header back to the select: an entry, none, or custom', () => {
    expect(choiceForHeader(' Bearer eyJ.a.b ', [ci, at])).toBe('key:at');
    expect(choiceForHeader('   ', [ci, at])).toBe('none');
    expect(choiceForHeader('Bearer 00lab.AAAA', [ci, at])).toBe('custom');
  });

  it('finds an entry sent under the wrong scheme', () => {
    expect(entryInHeader('Bearer 00lab.AAAA', [ci, at])).toBe(ci);
    expect(entryInHeader('SSWS 00lab.BBBB', [ci, at])).toBeUndefined();
  });

  it('replaces values by {key}, longest first', () => {
    const long: KeychainEntry = { key: 'long', label: 'x', kind: 'ssws', value: '00lab.AAAABB' };
    expect(toTemplate('SSWS 00lab.AAAABB, SSWS 00lab.AAAA', [ci, long])).toBe('SSWS {long}, SSWS {ci}');
  });
});
