/** The route table: every listed operation is served, and its methods are what a 405 names. */
import { describe, expect, it } from 'vitest';
import { createOktaSim, ROUTES } from '../../../../src/domain/okta-sim/index.ts';

describe('ROUTES', () => {
  it.each(ROUTES.map((r) => [r.method, r.path] as const))('routes %s %s', async (method, pattern) => {
    const sim = createOktaSim();
    const res = await sim.handle({ method, url: pattern.replace(':id', 'x'), body: '{}' });
    expect(res.trace[0]).toMatchObject({ check: 'route', outcome: 'pass' });
  });

  it('names the same methods, in the same order, as the 405 trace detail', async () => {
    const sim = createOktaSim();
    const res = await sim.handle({ method: 'PATCH', url: '/api/v1/users/x' });
    const methods = ROUTES.filter((r) => r.path === '/api/v1/users/:id').map((r) => r.method);
    expect(methods).toEqual(['GET', 'POST', 'PUT', 'DELETE']);
    expect(res.trace[0]?.detail).toBe(`/api/v1/users/x accepts ${methods.join(', ')}, not PATCH.`);
  });

  it('prefers a literal segment to an :id parameter', async () => {
    const sim = createOktaSim();
    const res = await sim.handle({ method: 'DELETE', url: '/api/v1/api-tokens/current' });
    expect(res.trace[0]?.detail).toBe('DELETE /api/v1/api-tokens/current (revokeCurrentToken).');
  });
});
