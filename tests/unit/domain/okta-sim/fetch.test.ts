/**
 * The Fetch face: a Web `Request` in, a Web `Response` out, with the lab's additions (trace
 * header, 501 for unsimulated Okta paths, refusal of real-looking tokens) and the playground's
 * `handle()` left as it was.
 */
import { describe, expect, it } from 'vitest';
import { createOktaSim, type LabTraceRecord } from '../../../../src/domain/okta-sim/index.ts';
import { adminId } from './helpers.ts';

const ORIGIN = 'http://127.0.0.1:8787';

async function setup() {
  const sim = createOktaSim({ seed: 'fetch', orgUrl: ORIGIN });
  const { value } = await sim.console.createApiToken({ name: 'ci', adminId: adminId(sim, 'super-admin') });
  return { sim, auth: { Authorization: `SSWS ${value}` } };
}

describe('sim.fetch', () => {
  it('answers a Request with a Response carrying Okta headers and the deciding check', async () => {
    const { sim, auth } = await setup();
    const res = await sim.fetch(new Request(`${ORIGIN}/api/v1/users/me`, { headers: auth }));
    expect(res).toBeInstanceOf(Response);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-okta-request-id')).toMatch(/^req\w{23}$/);
    expect(res.headers.get('date')).toBe(new Date(sim.now()).toUTCString());
    // `/users/me` needs no admin role: the simulator's assumption, and the header says so.
    expect(res.headers.get('x-token-lab-trace')).toBe('creator-role; outcome=pass; basis=assumption');
    expect(((await res.json()) as { profile: { login: string } }).profile.login).toBe('alex.rivera@example.com');
  });

  it('gives the same status, body and trace as handle() for Management API calls', async () => {
    const a = await setup();
    const b = await setup();
    const viaFetch = await a.sim.fetch(new Request(`${ORIGIN}/api/v1/groups`, { headers: a.auth }));
    const viaHandle = await b.sim.handle({ method: 'GET', url: `${ORIGIN}/api/v1/groups`, headers: b.auth });
    expect(viaFetch.status).toBe(viaHandle.status);
    expect(await viaFetch.json()).toEqual(viaHandle.body);
    expect(viaFetch.headers.get('link')).toBe(viaHandle.headers['Link']);
  });

  it('reports the full trace through onTrace, lab steps first', async () => {
    const { sim, auth } = await setup();
    const records: LabTraceRecord[] = [];
    const res = await sim.fetch(new Request(`${ORIGIN}/api/v1/users?limit=1`, { method: 'DELETE', headers: auth }), {
      onTrace: (r) => records.push(r),
    });
    expect(res.status).toBe(501);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      method: 'DELETE',
      path: '/api/v1/users?limit=1',
      status: 501,
      outcome: '501 not_simulated',
      decision: 'lab-simulated; outcome=fail; basis=lab',
      requestId: res.headers.get('x-okta-request-id'),
    });
  });

  it('answers 501 naming the path and listing what is simulated, for Okta paths only', async () => {
    const { sim, auth } = await setup();
    const res = await sim.fetch(new Request(`${ORIGIN}/api/v1/apps`, { headers: auth }));
    expect(res.status).toBe(501);
    const body = (await res.json()) as { path: string; simulated: string[] };
    expect(body.path).toBe('/api/v1/apps');
    expect(body.simulated).toContain('GET /api/v1/users/{id}');
    expect(body.simulated).toContain('POST /oauth2/v1/token');
    expect((await sim.fetch(new Request(`${ORIGIN}/favicon.ico`))).status).toBe(404);
    // The playground keeps its teaching answers.
    expect((await sim.handle({ method: 'GET', url: '/api/v1/apps', headers: auth })).status).toBe(404);
  });

  it('refuses a real-looking Okta token without tracing its value', async () => {
    const { sim } = await setup();
    const real = `00${'A1b2C3d4E5'.repeat(4)}`;
    const records: LabTraceRecord[] = [];
    const res = await sim.fetch(
      new Request(`${ORIGIN}/api/v1/users?token=${real}`, { headers: { Authorization: `SSWS ${real}` } }),
      { onTrace: (r) => records.push(r) },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('real_okta_token_refused');
    expect(JSON.stringify(records)).not.toContain(real);
    expect(JSON.stringify(sim.snapshot())).not.toContain(real);
  });

  it('routes //api/… like /api/… (repeated slashes merged)', async () => {
    const { sim, auth } = await setup();
    expect((await sim.fetch(new Request(`${ORIGIN}//api//v1/users/me`, { headers: auth }))).status).toBe(200);
  });

  it('leaves handle() without DPoP: its pipeline does not know the DPoP scheme', async () => {
    const { sim } = await setup();
    const res = await sim.handle({ method: 'GET', url: '/api/v1/users', headers: { Authorization: 'DPoP x' } });
    expect(res.status).toBe(403);
  });
});
