/** A scenario's setup steps, run in order on the freshly seeded org. */
import { outcomeLabel } from '../outcome.ts';
import { SEEDED_ADMINS, type OktaSim } from '../okta-sim/index.ts';
import { ScenarioError } from './errors.ts';
import { buildRequest, listOf } from './request.ts';
import type { ScenarioSpec, ScenarioStep } from './types.ts';

const MS = { days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000 } as const;

/** What the steps share: the org, the scenario, the keychain, and saved handles mapped to ids. */
interface Context {
  sim: OktaSim;
  spec: ScenarioSpec;
  keychain: Record<string, string>;
  admins: Map<string, string>;
  tokens: Map<string, string>;
  apps: Map<string, string>;
}

type KeysOf<T> = T extends unknown ? keyof T : never;
/** The name of a kind of step: `createToken`, `burst`, ... */
type StepName = KeysOf<ScenarioStep>;
type StepArgs<K extends StepName> = Extract<ScenarioStep, Record<K, unknown>>[K];

function lookup(map: Map<string, string>, key: string, what: string): string {
  const found = map.get(key);
  if (found === undefined)
    throw new ScenarioError('unknown-handle', `no ${what} named '${key}'; saved so far: ${listOf(map.keys())}`);
  return found;
}

const admin = (x: Context, handle: string) => lookup(x.admins, handle, 'admin');
const app = (x: Context, handle: string) => lookup(x.apps, handle, 'app');

/** What each kind of step does; see types.ts for their meaning. */
const STEPS: { [K in StepName]: (x: Context, s: StepArgs<K>) => unknown } = {
  async createToken(x, s) {
    const { token, value } = await x.sim.console.createApiToken({
      name: s.name,
      adminId: admin(x, s.admin),
      rateLimitPercent: s.rateLimitPercent,
    });
    x.keychain[s.save] = value;
    x.tokens.set(s.save, token.id);
  },
  revokeToken: (x, s) => x.sim.console.revokeApiToken(lookup(x.tokens, s.token, 'saved token')),
  async useToken(x, { token }) {
    const value = lookup(new Map(Object.entries(x.keychain)), token, 'saved token');
    const res = await x.sim.handle({
      method: 'GET',
      url: '/api/v1/users/me',
      headers: { Authorization: `SSWS ${value}` },
    });
    if (res.status !== 200)
      throw new ScenarioError(
        'request-refused',
        `using token '${token}' got ${outcomeLabel(res)}, not 200; is it revoked, expired or its creator inactive?`,
      );
  },
  advanceTime: (x, t) =>
    x.sim.advanceTime((Object.keys(MS) as (keyof typeof MS)[]).reduce((ms, unit) => ms + (t[unit] ?? 0) * MS[unit], 0)),
  setUserStatus: (x, s) => x.sim.console.setUserStatus(admin(x, s.admin), s.status),
  setAdminRole: (x, s) => x.sim.console.setAdminRole(admin(x, s.admin), s.role),
  createAdmin: (x, s) => x.admins.set(s.save, x.sim.console.createAdmin({ login: s.login, role: s.role }).id),
  createServiceApp: (x, s) =>
    x.apps.set(
      s.save,
      x.sim.console.createServiceApp({ name: s.name, grantedScopes: s.scopes, role: s.role }).clientId,
    ),
  async issueAccessToken(x, s) {
    x.keychain[s.save] = await x.sim.console.issueAccessToken({
      clientId: app(x, s.app),
      scopes: s.scopes,
      ttlSeconds: s.ttlSeconds,
    });
  },
  async createWebApp(x, s) {
    x.apps.set(s.save, (await x.sim.console.createWebApp({ name: s.name })).clientId);
  },
  async issueIdToken(x, s) {
    x.keychain[s.save] = await x.sim.console.issueIdToken({ clientId: app(x, s.app), userId: admin(x, s.admin) });
  },
  async burst(x, { count }) {
    const request = buildRequest(x.spec.request, x.keychain);
    for (let i = 0; i < count; i++) await x.sim.handle(request);
  },
};

/**
 * Runs `spec.setup` on `sim`, saving credential values in `keychain`. A step that fails throws
 * a {@link ScenarioError} naming the step, e.g. `step 3 (revokeToken): no saved token named 'cii'`.
 */
export async function runSetup(sim: OktaSim, spec: ScenarioSpec, keychain: Record<string, string>): Promise<void> {
  const users = sim.console.listUsers();
  const admins = new Map<string, string>();
  for (const [handle, login] of Object.entries(SEEDED_ADMINS)) {
    const user = users.find((u) => u.login === login);
    if (user) admins.set(handle, user.id);
  }
  const x: Context = { sim, spec, keychain, admins, tokens: new Map(), apps: new Map() };
  for (const [i, step] of (spec.setup ?? []).entries()) {
    const [name = 'step', args] = Object.entries(step)[0] ?? [];
    try {
      if (!Object.hasOwn(STEPS, name))
        throw new ScenarioError('unknown-step', `unknown step ${JSON.stringify(Object.keys(step))}`);
      await (STEPS[name as StepName] as (x: Context, s: unknown) => unknown)(x, args);
    } catch (err) {
      // Anything not raised here came from the simulated org: a ConsoleError or a RangeError.
      const code = err instanceof ScenarioError ? err.code : 'console-refused';
      throw new ScenarioError(code, `step ${i + 1} (${name}): ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
