import { describe, expect, it } from 'vitest';
import { createOktaSim } from '../../../../src/domain/okta-sim/index.ts';
import { CLIENT_ASSERTION_TYPE, tokenExchange } from '../../../../src/domain/playground/token-exchange.ts';

describe('the client-credentials request behind "Issue access token"', () => {
  it('shows the token request the lesson teaches and the response read from the issued token', async () => {
    const sim = createOktaSim({ seed: 'exchange' });
    const app = sim.console.createServiceApp({
      name: 'Reports',
      grantedScopes: ['okta.users.read', 'okta.logs.read'],
      role: 'READ_ONLY_ADMIN',
    });
    const token = await sim.console.issueAccessToken({ clientId: app.clientId, scopes: app.grantedScopes });
    const x = tokenExchange(app.clientId, token);
    if (!x) throw new Error('no exchange');
    const org = (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { iss: string }).iss;
    expect(x.url).toBe(`${org}/oauth2/v1/token`);
    expect(x.form.map(([name]) => name)).toEqual(['grant_type', 'scope', 'client_assertion_type', 'client_assertion']);
    expect(Object.fromEntries(x.form)).toMatchObject({
      grant_type: 'client_credentials',
      scope: 'okta.users.read okta.logs.read',
      client_assertion_type: CLIENT_ASSERTION_TYPE,
    });
    const claims = Object.fromEntries(x.assertionClaims.map((c) => [c.name, c.value]));
    expect(claims).toMatchObject({
      iss: JSON.stringify(app.clientId),
      sub: JSON.stringify(app.clientId),
      aud: JSON.stringify(x.url),
    });
    expect(x.assertionClaims.map((c) => c.name)).toEqual(['iss', 'sub', 'aud', 'iat', 'exp', 'jti']);
    expect(x.response).toEqual({
      token_type: 'Bearer',
      expires_in: 3600,
      access_token: token,
      scope: 'okta.users.read okta.logs.read',
    });
  });

  it('shows nothing for a value that is not an access token', () => {
    expect(tokenExchange('0oa1', '00lab.abc')).toBeNull();
  });
});
