/**
 * Runs scenarios: builds the org a lesson describes, step by step, and prepares its request.
 */
import { outcomeLabel } from '../outcome.ts';
import { ConsoleError, createOktaSim, SEEDED_ADMINS, type OktaSim, type SimRequest } from '../okta-sim/index.ts';
import { ScenarioError } from './errors.ts';
import type { ScenarioRequest, ScenarioSpec, ScenarioStep } from './types.ts';

export interface RunOptions {
  /** Start time of the org, epoch ms (default: the simulator's fixed date). */
  now?: number | undefined;
  orgUrl?: string | undefined;
}

/** What `runScenario` returns: the org after setup, the saved credentials and the request. */
export interface ScenarioRun {
  sim: OktaSim;
  /** Saved credential values by key, in the order they were saved (token values and JWTs only). */
  keychain: Record<string, string>;
  /** The scenario's request with placeholders filled, ready for `sim.handle()`; not sent yet. */
  request: SimRequest;
}

const MS = { days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000 } as const;

interface Context {
  sim: OktaSim;
  keychain: Record<string, string>;
  /** Saved token key -> token id (for revocation). */
  tokenIds: Map<string, string>;
  /** Admin handle -> user id (seeded handles plus `createAdmin` saves). */
  admins: Map<string, string>;
  /** App handle -> client id. */
  apps: Map<string, string>;
}

function listOf(keys: Iterable<string>): string {
  const all = [...keys];
  return all.length ? all.join(', ') : '(none)';
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const found = map.get(key);
  if (found === undefined) throw new Error(`no ${what} named '${key}'; saved so far: ${listOf(map.keys())}`);
  return found;
}

/** Replaces `{key}` placeholders with keychain values; unknown keys are an author error. */
function fill(text: string, keychain: Record<string, string>, field: string): string {
  return text.replace(/\{([a-z0-9][a-z0-9-]*)\}/g, (_, key: string) => {
    const value = Object.hasOwn(keychain, key) ? keychain[key] : undefined;
    if (value === undefined) {
      throw new ScenarioError(
        `request.${field}: no saved key named '${key}'; saved so far: ${listOf(Object.keys(keychain))}`,
      );
    }
    return value;
  });
}

function buildRequest(r: ScenarioRequest, keychain: Record<string, string>): SimRequest {
  const req: SimRequest = { method: r.method, url: fill(r.path, keychain, 'path'), headers: {} };
  if (r.authorization !== undefined) req.headers = { Authorization: fill(r.authorization, keychain, 'authorization') };
  if (r.body !== undefined) req.body = fill(r.body, keychain, 'body');
  if (r.ip !== undefined) req.ip = r.ip;
  return req;
}

async function runStep(ctx: Context, step: ScenarioStep, spec: ScenarioSpec): Promise<void> {
  const { sim, keychain } = ctx;
  const c = sim.console;
  const save = (key: string, value: string) => {
    keychain[key] = value;
  };
  if ('createToken' in step) {
    const s = step.createToken;
    const { token, value } = await c.createApiToken({
      name: s.name,
      adminId: lookup(ctx.admins, s.admin, 'admin'),
      rateLimitPercent: s.rateLimitPercent,
    });
    save(s.save, value);
    ctx.tokenIds.set(s.save, token.id);
  } else if ('revokeToken' in step) {
    c.revokeApiToken(lookup(ctx.tokenIds, step.revokeToken.token, 'saved token'));
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
    c.setUserStatus(lookup(ctx.admins, step.setUserStatus.admin, 'admin'), step.setUserStatus.status);
  } else if ('setAdminRole' in step) {
    c.setAdminRole(lookup(ctx.admins, step.setAdminRole.admin, 'admin'), step.setAdminRole.role);
  } else if ('createAdmin' in step) {
    const s = step.createAdmin;
    ctx.admins.set(s.save, c.createAdmin({ login: s.login, role: s.role }).id);
  } else if ('createServiceApp' in step) {
    const s = step.createServiceApp;
    ctx.apps.set(s.save, c.createServiceApp({ name: s.name, grantedScopes: s.scopes, role: s.role }).clientId);
  } else if ('issueAccessToken' in step) {
    const s = step.issueAccessToken;
    save(
      s.save,
      await c.issueAccessToken({
        clientId: lookup(ctx.apps, s.app, 'app'),
        scopes: s.scopes,
        ttlSeconds: s.ttlSeconds,
      }),
    );
  } else if ('issueIdToken' in step) {
    const s = step.issueIdToken;
    save(
      s.save,
      await c.issueIdToken({ clientId: lookup(ctx.apps, s.app, 'app'), userId: lookup(ctx.admins, s.admin, 'admin') }),
    );
  } else if ('burst' in step) {
    const request = buildRequest(spec.request, keychain);
    for (let i = 0; i < step.burst.count; i++) await sim.handle(request);
  } else {
    throw new Error(`unknown step ${JSON.stringify(Object.keys(step))}`);
  }
}

/**
 * Builds a scenario's org: a simulator seeded with `spec.seed ?? spec.id`, the setup steps
 * applied in order, and the request prepared (not sent).
 *
 * @example
 * const { sim, request } = await runScenario(spec);
 * const response = await sim.handle(request);
 */
export async function runScenario(spec: ScenarioSpec, options: RunOptions = {}): Promise<ScenarioRun> {
  const sim = createOktaSim({ seed: spec.seed ?? spec.id, now: options.now, orgUrl: options.orgUrl });
  const admins = new Map<string, string>();
  for (const [handle, login] of Object.entries(SEEDED_ADMINS)) {
    const user = sim.console.listUsers().find((u) => u.login === login);
    if (user) admins.set(handle, user.id);
  }
  const ctx: Context = { sim, keychain: {}, tokenIds: new Map(), admins, apps: new Map() };
  for (const [i, step] of (spec.setup ?? []).entries()) {
    const name = Object.keys(step)[0] ?? 'step';
    try {
      await runStep(ctx, step, spec);
    } catch (err) {
      const why =
        err instanceof ScenarioError || err instanceof ConsoleError || err instanceof Error ? err.message : String(err);
      throw new ScenarioError(`step ${i + 1} (${name}): ${why}`);
    }
  }
  return { sim, keychain: ctx.keychain, request: buildRequest(spec.request, ctx.keychain) };
}

/**
 * Runs a scenario, sends its request and returns the outcome label ("200", "401 E0000011",
 * "403 insufficient_scope", ...). Quizzes call this at build time to check their answers.
 */
export async function predictOutcome(spec: ScenarioSpec, options: RunOptions = {}): Promise<string> {
  const { sim, request } = await runScenario(spec, options);
  return outcomeLabel(await sim.handle(request));
}
