/** A scenario's setup steps, run in order on the freshly seeded org. */
import { outcomeLabel } from '../outcome.ts';
import { SEEDED_ADMINS, type OktaSim } from '../okta-sim/index.ts';
import { ScenarioError } from './errors.ts';
import { buildRequest, listOf } from './request.ts';
import type { ScenarioSpec, ScenarioStep } from './types.ts';

const MS = { days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000 } as const;

/** What steps save for later steps: admin, saved-token and app handles mapped to ids. */
interface Handles {
  admins: Map<string, string>;
  tokens: Map<string, string>;
  apps: Map<string, string>;
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const found = map.get(key);
  if (found === undefined) throw new Error(`no ${what} named '${key}'; saved so far: ${listOf(map.keys())}`);
  return found;
}

async function runStep(
  sim: OktaSim,
  spec: ScenarioSpec,
  keychain: Record<string, string>,
  h: Handles,
  step: ScenarioStep,
): Promise<void> {
  const c = sim.console;
  const admin = (handle: string) => lookup(h.admins, handle, 'admin');
  const app = (handle: string) => lookup(h.apps, handle, 'app');
  if ('createToken' in step) {
    const s = step.createToken;
    const { token, value } = await c.createApiToken({
      name: s.name,
      adminId: admin(s.admin),
      rateLimitPercent: s.rateLimitPercent,
    });
    keychain[s.save] = value;
    h.tokens.set(s.save, token.id);
  } else if ('revokeToken' in step) {
    c.revokeApiToken(lookup(h.tokens, step.revokeToken.token, 'saved token'));
  } else if ('useToken' in step) {
    const key = step.useToken.token;
    const value = lookup(new Map(Object.entries(keychain)), key, 'saved token');
    const res = await sim.handle({
      method: 'GET',
      url: '/api/v1/users/me',
      headers: { Authorization: `SSWS ${value}` },
    });
    if (res.status !== 200)
      throw new Error(
        `using token '${key}' got ${outcomeLabel(res)}, not 200; is it revoked, expired or its creator inactive?`,
      );
  } else if ('advanceTime' in step) {
    const t = step.advanceTime;
    let ms = 0;
    for (const unit of ['days', 'hours', 'minutes', 'seconds'] as const) ms += (t[unit] ?? 0) * MS[unit];
    sim.advanceTime(ms);
  } else if ('setUserStatus' in step) {
    c.setUserStatus(admin(step.setUserStatus.admin), step.setUserStatus.status);
  } else if ('setAdminRole' in step) {
    c.setAdminRole(admin(step.setAdminRole.admin), step.setAdminRole.role);
  } else if ('createAdmin' in step) {
    const s = step.createAdmin;
    h.admins.set(s.save, c.createAdmin({ login: s.login, role: s.role }).id);
  } else if ('createServiceApp' in step) {
    const s = step.createServiceApp;
    h.apps.set(s.save, c.createServiceApp({ name: s.name, grantedScopes: s.scopes, role: s.role }).clientId);
  } else if ('issueAccessToken' in step) {
    const s = step.issueAccessToken;
    keychain[s.save] = await c.issueAccessToken({ clientId: app(s.app), scopes: s.scopes, ttlSeconds: s.ttlSeconds });
  } else if ('issueIdToken' in step) {
    const s = step.issueIdToken;
    keychain[s.save] = await c.issueIdToken({ clientId: app(s.app), userId: admin(s.admin) });
  } else if ('burst' in step) {
    const request = buildRequest(spec.request, keychain);
    for (let i = 0; i < step.burst.count; i++) await sim.handle(request);
  } else {
    throw new Error(`unknown step ${JSON.stringify(Object.keys(step))}`);
  }
}

/**
 * Runs `spec.setup` on `sim`, saving credential values in `keychain`. A step that fails throws
 * a {@link ScenarioError} naming the step, e.g. `step 3 (revokeToken): no saved token named 'cii'`.
 */
export async function runSetup(sim: OktaSim, spec: ScenarioSpec, keychain: Record<string, string>): Promise<void> {
  const admins = new Map<string, string>();
  for (const [handle, login] of Object.entries(SEEDED_ADMINS)) {
    const user = sim.console.listUsers().find((u) => u.login === login);
    if (user) admins.set(handle, user.id);
  }
  const handles: Handles = { admins, tokens: new Map(), apps: new Map() };
  for (const [i, step] of (spec.setup ?? []).entries()) {
    try {
      await runStep(sim, spec, keychain, handles, step);
    } catch (err) {
      throw new ScenarioError(
        `step ${i + 1} (${Object.keys(step)[0] ?? 'step'}): ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
}
