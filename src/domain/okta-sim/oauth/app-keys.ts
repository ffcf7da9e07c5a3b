/**
 * Registering a service app's public keys and its DPoP requirement (the app's General tab in the
 * Admin Console): the console's `registerAppKeys`, loaded on first use.
 */
import type { SimCore } from '../org/sim-core.ts';
import { ConsoleError } from '../console/console-error.ts';
import { appKeysProblem, toPublicJwk } from './public-jwk.ts';

/** Replaces the app's keys; refuses private keys, unknown key types and more than 50 keys. */
export function registerAppKeys(
  core: SimCore,
  clientId: string,
  opts: { publicKeys: unknown[]; requireDpop?: boolean | undefined },
): void {
  const app = core.state.apps.find((a) => a.clientId === clientId);
  if (!app) throw new ConsoleError('not-found', `No service app has client id "${clientId}".`);
  const problem = appKeysProblem(opts.publicKeys);
  if (problem) throw new ConsoleError('invalid', `Public keys: ${problem}.`);
  app.jwks = (opts.publicKeys as object[]).map(toPublicJwk);
  if (opts.requireDpop) app.dpop = true;
  else delete app.dpop;
}
