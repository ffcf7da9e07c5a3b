/**
 * Validation of user profiles. Okta documents the error shape (400 E0000001, "Api validation
 * failed: {field}", reasons in `errorCauses`) and the duplicate-login cause text; the other cause
 * sentences are the simulator's own wording in Okta's `field: reason` form.
 */
import type { SimCore } from '../org/sim-core.ts';
import type { JsonValue } from '../types.ts';

const REQUIRED = ['login', 'email', 'firstName', 'lastName'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Problems with `profile`. `full` requires every base attribute (create, replace); otherwise
 * only the attributes present are checked (partial update). `selfId` is the user being updated.
 */
export function profileCauses(
  core: SimCore,
  profile: Record<string, JsonValue>,
  full: boolean,
  selfId?: string,
): string[] {
  const causes: string[] = [];
  for (const key of REQUIRED) {
    const v = profile[key];
    if (v === undefined && !full) continue;
    if (typeof v !== 'string' || v.trim() === '') causes.push(`${key}: The field cannot be left blank`);
    else if ((key === 'login' || key === 'email') && !EMAIL.test(v))
      causes.push(`${key}: Does not match required pattern`);
  }
  for (const [key, v] of Object.entries(profile)) {
    if (v !== null && typeof v !== 'string') causes.push(`${key}: The value must be a string or null`);
  }
  const login = profile['login'];
  if (typeof login === 'string') {
    const lower = login.toLowerCase();
    if (core.state.users.some((u) => u.id !== selfId && u.profile['login']?.toLowerCase() === lower)) {
      causes.push('login: An object with this field already exists in the current organization');
    }
  }
  return causes;
}

/** Copies JSON profile values into a stored profile, skipping keys that could touch prototypes. */
export function applyProfile(target: Record<string, string | null>, profile: Record<string, JsonValue>): void {
  for (const [key, v] of Object.entries(profile)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof v === 'string' || v === null) target[key] = v;
  }
}
