/**
 * One-time `jti` values: a client assertion or DPoP proof is accepted once (fact
 * dpop-proof-single-use; for assertions, the catalogue's `jti` error, source oauth2-error-codes). Each entry is kept until the
 * token it came with would fail its own time checks anyway, then dropped, so the store stays as
 * small as the traffic of the last few minutes.
 */
import type { SimCore } from '../org/sim-core.ts';

/** Whether `key` was already used; the store is pruned when it grows past this size. */
const PRUNE_AT = 2048;

/** True if `key` was accepted before and is still remembered. */
export function jtiUsed(core: SimCore, key: string): boolean {
  const seen = core.state.usedJti;
  return seen !== undefined && key in seen && (seen[key] ?? 0) >= core.state.now;
}

/** Remembers `key` until `forgetAt` (epoch ms). */
export function rememberJti(core: SimCore, key: string, forgetAt: number): void {
  const { state } = core;
  // A null-prototype object: a jti such as `__proto__` stays plain data.
  const seen = (state.usedJti ??= Object.create(null) as Record<string, number>);
  if (Object.keys(seen).length >= PRUNE_AT) {
    for (const k of Object.keys(seen)) if ((seen[k] ?? 0) < state.now) delete seen[k];
  }
  seen[key] = forgetAt;
}
