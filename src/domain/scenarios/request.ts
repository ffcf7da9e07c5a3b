/** A scenario's request with its `{key}` placeholders filled from the keychain. */
import type { SimRequest } from '../okta-sim/index.ts';
import { ScenarioError } from './errors.ts';
import type { ScenarioRequest } from './types.ts';

/** `a, b, c`, or `(none)`, for error messages that list what exists. */
export function listOf(keys: Iterable<string>): string {
  const all = [...keys];
  return all.length ? all.join(', ') : '(none)';
}

/** Replaces `{key}` placeholders with keychain values; unknown keys are an author error. */
function fill(text: string, keychain: Record<string, string>, field: string): string {
  return text.replace(/\{([a-z0-9][a-z0-9-]*)\}/g, (_, key: string) => {
    const value = Object.hasOwn(keychain, key) ? keychain[key] : undefined;
    if (value === undefined) {
      throw new ScenarioError(
        'unknown-handle',
        `request.${field}: no saved key named '${key}'; saved so far: ${listOf(Object.keys(keychain))}`,
      );
    }
    return value;
  });
}

/** The scenario's request, ready for `sim.handle()`. */
export function buildRequest(r: ScenarioRequest, keychain: Record<string, string>): SimRequest {
  const req: SimRequest = { method: r.method, url: fill(r.path, keychain, 'path'), headers: {} };
  if (r.authorization !== undefined) req.headers = { Authorization: fill(r.authorization, keychain, 'authorization') };
  if (r.body !== undefined) req.body = fill(r.body, keychain, 'body');
  if (r.ip !== undefined) req.ip = r.ip;
  return req;
}
