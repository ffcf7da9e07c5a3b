/**
 * The org the lab server serves, and its clock.
 *
 * Clock modes (`--clock`):
 * - `real` (default): simulated time starts at this machine's time and the server moves the org
 *   forward to it before every request, so clients that stamp JWTs and DPoP proofs with their own
 *   clock (Okta's SDK does) agree with the org, and a client that sleeps until
 *   `X-Rate-Limit-Reset` finds the window reset. `POST /__lab/clock` adds an offset: the org
 *   then runs that far ahead of the machine.
 * - `manual`: the seed's fixed start time (2 March 2026, 09:00 UTC); only control calls move it.
 *
 * Resetting or loading a scenario builds a new org from its seed; the served origin stays.
 */
import { createOktaSim, DEFAULT_NOW, SEEDED_ADMINS, type OktaSim } from '../domain/okta-sim/index.ts';
import type { LabTraceRecord } from '../domain/okta-sim/index.ts';
import { runScenario, type ScenarioSpec } from '../domain/scenarios/index.ts';
import { loadScenario } from './scenarios.ts';

export type ClockMode = 'real' | 'manual';

export interface LabOrgOptions {
  seed: string;
  clock: ClockMode;
  /** The served origin, e.g. `http://127.0.0.1:8787`: the org URL of every org built. */
  orgUrl: string;
  /** The machine's clock, epoch ms; tests pass their own. Default `Date.now`. */
  wallClock?: (() => number) | undefined;
  /** How many request traces to keep for `GET /__lab/trace/<id>` (default 1,000). */
  traceLimit?: number | undefined;
}

/** A lab token the server made for the seeded super admin. */
export interface LabToken {
  id: string;
  value: string;
  adminId: string;
  login: string;
}

/** What loading a scenario produced: its saved credentials and its (unsent) request. */
export interface ScenarioLoad {
  spec: ScenarioSpec;
  keychain: Record<string, string>;
  request: { method: string; path: string; headers: Record<string, string>; body?: string | undefined };
}

export interface LabOrg {
  readonly sim: OktaSim;
  readonly clock: ClockMode;
  readonly seed: string;
  /** The scenario the org was built from, or `null` for the seeded org. */
  readonly scenario: string | null;
  /** The super admin's lab token of the seeded org; `null` for a scenario's org. */
  readonly token: LabToken | null;
  /** The credentials a scenario's setup saved (token values, JWTs); empty for the seeded org. */
  readonly keychain: Readonly<Record<string, string>>;
  /** Real clock: moves the org forward to the machine's time plus the offset. */
  sync(): void;
  /** Moves the clock forward by `ms`; returns the new time (epoch ms). */
  advance(ms: number): number;
  /** Rebuilds the seeded org (a new lab token for the super admin). */
  reset(): Promise<LabToken>;
  /** Rebuilds the org from a playground scenario; `undefined` if there is no such scenario. */
  useScenario(id: string): Promise<ScenarioLoad | undefined>;
  /** Keeps a request's trace, dropping the oldest past the limit. */
  remember(record: LabTraceRecord): void;
  /** A kept trace by `X-Okta-Request-Id`. */
  trace(requestId: string): LabTraceRecord | undefined;
}

const TOKEN_NAME = 'token-lab serve';

/** Builds the lab's org: the seeded org, or a scenario's when `scenario` is given. */
export async function createLabOrg(options: LabOrgOptions & { scenario?: string | undefined }): Promise<LabOrg> {
  const wall = options.wallClock ?? Date.now;
  const limit = options.traceLimit ?? 1000;
  const traces = new Map<string, LabTraceRecord>();
  let sim: OktaSim = createOktaSim({ seed: options.seed, now: startTime(), orgUrl: options.orgUrl });
  let offset = 0;
  let scenario: string | null = null;
  let token: LabToken | null = null;
  let keychain: Record<string, string> = {};

  function startTime(): number {
    return options.clock === 'real' ? wall() : DEFAULT_NOW;
  }

  async function superAdminToken(): Promise<LabToken> {
    const login = SEEDED_ADMINS['super-admin'];
    const admin = sim.console.listAdmins().find((a) => a.login === login);
    if (!admin) throw new Error('The seeded org has no super admin.');
    const { token: t, value } = await sim.console.createApiToken({ name: TOKEN_NAME, adminId: admin.id });
    return { id: t.id, value, adminId: admin.id, login };
  }

  const org: LabOrg = {
    get sim() {
      return sim;
    },
    clock: options.clock,
    seed: options.seed,
    get scenario() {
      return scenario;
    },
    get token() {
      return token;
    },
    get keychain() {
      return keychain;
    },
    sync() {
      if (options.clock !== 'real') return;
      const target = wall() + offset;
      if (target > sim.now()) sim.advanceTime(target - sim.now());
    },
    advance(ms) {
      sim.advanceTime(ms);
      if (options.clock === 'real') offset = sim.now() - wall();
      return sim.now();
    },
    async reset() {
      sim = createOktaSim({ seed: options.seed, now: startTime(), orgUrl: options.orgUrl });
      offset = 0;
      scenario = null;
      keychain = {};
      traces.clear();
      token = await superAdminToken();
      return token;
    },
    async useScenario(id) {
      const spec = loadScenario(id);
      if (!spec) return undefined;
      const run = await runScenario(spec, { now: startTime(), orgUrl: options.orgUrl });
      sim = run.sim;
      // A scenario's own steps may have moved its clock (31 days, say): the org keeps that lead.
      offset = options.clock === 'real' ? sim.now() - wall() : 0;
      scenario = spec.id;
      keychain = run.keychain;
      token = null;
      traces.clear();
      const { method, url, headers = {}, body } = run.request;
      return { spec, keychain: run.keychain, request: { method, path: url, headers, body } };
    },
    remember(record) {
      traces.set(record.requestId, record);
      if (traces.size > limit) traces.delete(traces.keys().next().value ?? '');
    },
    trace: (requestId) => traces.get(requestId),
  };

  if (options.scenario !== undefined) {
    if (!(await org.useScenario(options.scenario))) throw new Error(`There is no scenario "${options.scenario}".`);
  } else token = await superAdminToken();
  return org;
}
