import { describe, expect, it } from 'vitest';
import { createOktaSim, ROUTES } from '../../../../src/domain/okta-sim/index.ts';
import { pathSuggestions } from '../../../../src/domain/playground/endpoints.ts';

describe('path suggestions', () => {
  it('name only endpoints the simulator serves, with every listed method routed', async () => {
    const sim = createOktaSim({ seed: 'endpoints' });
    const [admin] = sim.console.listAdmins();
    const { token, value } = await sim.console.createApiToken({ name: 'probe', adminId: admin!.id });
    const userId = sim.console.listUsers()[5]!.id;
    const groupId = sim.snapshot().groups[1]!.id;
    for (const s of pathSuggestions({ userId, groupId, tokenId: token.id })) {
      for (const method of s.methods.split(', ')) {
        const res = await sim.handle({ method, url: s.path, headers: { Authorization: `SSWS ${value}` } });
        const route = res.trace.find((t) => t.check === 'route');
        expect(route?.outcome, `${method} ${s.path}`).toBe('pass');
      }
    }
  });

  it('offer every method of every endpoint the simulator serves', () => {
    const offered = pathSuggestions({ userId: ':id', groupId: ':id', tokenId: ':id' }).flatMap((s) =>
      s.methods.split(', ').map((m) => `${m} ${s.path}`),
    );
    expect(offered.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('falls back to readable placeholders before the org loads', () => {
    expect(pathSuggestions({}).map((s) => s.path)).toContain('/api/v1/users/{userId}');
  });
});
