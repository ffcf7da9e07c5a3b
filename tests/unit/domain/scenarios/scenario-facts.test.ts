/**
 * Scenarios whose story rests on a particular fact tell it the way the facts collection does:
 * the ID-token scenarios sign a user in to a web app (finding 23), and the scenario of a creator
 * with no admin role at all decides on an inferred answer, marked as an assumption (finding 24).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runScenario, type ScenarioSpec } from '../../../../src/domain/scenarios/index.ts';

const DIR = resolve(import.meta.dirname, '../../../../src/content/scenarios');
const read = (id: string) => parse(readFileSync(resolve(DIR, `${id}.yaml`), 'utf8')) as ScenarioSpec;

/** The scenario's request, sent; and the step that decided it. */
async function decide(id: string) {
  const spec = read(id);
  const { sim, request } = await runScenario(spec);
  const res = await sim.handle(request);
  return { spec, res, failed: res.trace.find((s) => s.outcome === 'fail') };
}

describe('scenarios tell their facts', () => {
  it.each(['c-id-token-call', 'id-token-as-access-token'])(
    '%s issues its ID token from a web app, never from a service app',
    async (id) => {
      const setup = read(id).setup ?? [];
      expect(setup.some((s) => 'createWebApp' in s)).toBe(true);
      expect(setup.some((s) => 'createServiceApp' in s)).toBe(false);
      const { res, failed } = await decide(id);
      expect(res.status).toBe(401);
      expect(failed).toMatchObject({ check: 'jwt-token-type', fact: 'id-token-at-management-api-undocumented' });
    },
  );

  it('b-role-removed refuses with 403 E0000006 as an assumption resting on creator-no-admin-role, and says so', async () => {
    const { spec, res, failed } = await decide('b-role-removed');
    expect(res.status).toBe(403);
    expect(failed).toMatchObject({ check: 'creator-role', fact: 'creator-no-admin-role', basis: 'assumption' });
    expect(spec.description).toMatch(/Okta does not document this case/);
    expect(spec.goal?.text).toMatch(/inferred/);
  });
});
