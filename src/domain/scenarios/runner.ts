/**
 * Runs scenarios: builds the org a lesson describes, step by step, and prepares its request.
 */
import { outcomeLabel } from '../outcome.ts';
import { createOktaSim, type OktaSim, type SimRequest } from '../okta-sim/index.ts';
import { buildRequest } from './request.ts';
import { runSetup } from './setup.ts';
import type { ScenarioSpec } from './types.ts';

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

/**
 * Builds a scenario's org: a simulator seeded with `spec.seed ?? spec.id`, the setup steps
 * applied in order (setup.ts), and the request prepared (not sent).
 *
 * @example
 * const { sim, request } = await runScenario(spec);
 * const response = await sim.handle(request);
 */
export async function runScenario(spec: ScenarioSpec, options: RunOptions = {}): Promise<ScenarioRun> {
  const sim = seededSim(spec, options);
  const keychain: Record<string, string> = {};
  await runSetup(sim, spec, keychain);
  return { sim, keychain, request: buildRequest(spec.request, keychain) };
}

/**
 * The same run without awaiting anything, for a scenario with no setup steps (the seeded org as
 * it is); `null` when the scenario has steps. The playground uses it to render its opening org
 * on the server, so the page does not change size when it hydrates.
 */
export function runScenarioNow(spec: ScenarioSpec, options: RunOptions = {}): ScenarioRun | null {
  if (spec.setup?.length) return null;
  return { sim: seededSim(spec, options), keychain: {}, request: buildRequest(spec.request, {}) };
}

function seededSim(spec: ScenarioSpec, options: RunOptions): OktaSim {
  return createOktaSim({ seed: spec.seed ?? spec.id, now: options.now, orgUrl: options.orgUrl });
}

/**
 * Runs a scenario, sends its request and returns the outcome label ("200", "401 E0000011",
 * "403 insufficient_scope", ...). Quizzes call this at build time to check their answers.
 */
export async function predictOutcome(spec: ScenarioSpec, options: RunOptions = {}): Promise<string> {
  const { sim, request } = await runScenario(spec, options);
  return outcomeLabel(await sim.handle(request));
}
