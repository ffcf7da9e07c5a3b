/**
 * Every scenario in `src/content/scenarios/` runs in the simulator and meets its goal, so a
 * broken scenario fails `npm run test:unit` instead of a reader's lesson.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { predictOutcome, type ScenarioSpec } from '../../../../src/domain/scenarios/index.ts';

const DIR = resolve(import.meta.dirname, '../../../../src/content/scenarios');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

/** The initial set this suite owns; other authors add more files next to them. */
const REQUIRED = [
  'valid-token',
  'missing-header',
  'revoked-token',
  'expired-token',
  'creator-deactivated',
  'read-only-write',
  'rate-limited',
  'oauth-scoped-success',
  'insufficient-scope',
  'id-token-as-access-token',
  'wrong-scheme',
  'access-token-as-ssws',
  'creator-suspended',
  'role-lowered',
  'sliding-window',
  'playground',
];

describe('scenario files', () => {
  it('include the initial set', () => {
    for (const id of REQUIRED) expect(FILES).toContain(`${id}.yaml`);
  });

  it.each(FILES)('%s runs and meets its goal', async (file) => {
    const spec = parse(readFileSync(join(DIR, file), 'utf8')) as ScenarioSpec;
    expect(spec.id).toBe(file.replace(/\.yaml$/, ''));
    const outcome = await predictOutcome(spec);
    if (spec.goal && 'outcome' in spec.goal) expect(outcome).toBe(spec.goal.outcome);
  });

  it('leaves the playground scenario without a goal, answering 403 E0000005 with no credentials', async () => {
    const spec = parse(readFileSync(join(DIR, 'playground.yaml'), 'utf8')) as ScenarioSpec;
    expect(spec.goal).toBeUndefined();
    expect(await predictOutcome(spec)).toBe('403 E0000005');
  });
});
