/**
 * A burst that hits 429, recovered by Okta's SDK's own retry (default `maxRetries` 2): the SDK
 * waits `X-Rate-Limit-Reset` − `Date` + 1 s in real time, and with the real clock the org's
 * window has reset by then (facts rate-limit-window-60-seconds, rate-limit-429-until-reset;
 * TOOLCHAIN notes on the SDK).
 *
 * To keep the wait to a few seconds, the token gets a 5% share of the 120/min System Log bucket
 * (6 calls a window) and the clock is moved 57 s into the window before the burst.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabServer } from '../../src/lab/server.ts';
import { collect, lab, startLab, sswsClient, SUPER, tokenFor } from './helpers.ts';

let server: LabServer;
const lines: string[] = [];

beforeAll(async () => {
  server = await startLab({ clock: 'real', log: (line) => lines.push(line) });
});
afterAll(() => server.close());

describe('429 and the SDK retry, real clock', () => {
  it('recovers after waiting until X-Rate-Limit-Reset', { timeout: 20_000 }, async () => {
    const { value } = await tokenFor(server, SUPER, { rateLimitPercent: 5 });
    const call = () => fetch(`${server.url}/api/v1/logs?limit=1`, { headers: { Authorization: `SSWS ${value}` } });
    await call();
    await lab(server, 'POST', 'clock', { advance: 'PT57S' });
    for (let i = 0; i < 5; i++) expect((await call()).status).toBe(200);
    const limited = await call();
    expect(limited.status).toBe(429);
    const wait =
      Number(limited.headers.get('x-rate-limit-reset')) * 1000 - Date.parse(limited.headers.get('date') ?? '');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(4000);

    lines.length = 0;
    const started = Date.now();
    const events = await collect(await sswsClient(server, value).systemLogApi.listLogEvents({ limit: 1 }), 1);
    const took = Date.now() - started;
    expect(events).toHaveLength(1);
    // The SDK slept in real time before its retry, and the retry found a fresh window.
    expect(took).toBeGreaterThanOrEqual(wait);
    expect(took).toBeLessThan(10_000);
    const statuses = lines.filter((l) => l.startsWith('GET /api/v1/logs')).map((l) => l.split(' ')[2]);
    expect(statuses.slice(0, 2)).toEqual(['429', '200']);
    expect(lines[0]).toContain('E0000047 rate-limit');
  });
});
