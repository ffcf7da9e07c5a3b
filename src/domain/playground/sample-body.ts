/**
 * Sample JSON bodies for writes, so a POST or PUT built in the playground reaches the checks it
 * is about (the creator's role, the scope) instead of stopping at "no body" (411) or "not valid"
 * (400). Each body passes the simulator's own validation for its endpoint.
 */
import type { BuiltRequest, Method } from './request.ts';
import { methodSendsBody } from './body-text.ts';

/** A new user with the four required profile fields (`POST /api/v1/users`). */
export const SAMPLE_USER = JSON.stringify(
  { profile: { firstName: 'Kim', lastName: 'Lee', email: 'kim.lee@example.com', login: 'kim.lee@example.com' } },
  null,
  2,
);

/**
 * The sample body for a write to `path`: a new user, a new group, a token's network condition,
 * or an empty object (the lifecycle operations read no body, but a POST must send one).
 *
 * @example
 * sampleBody('/api/v1/groups') // '{\n  "profile": {\n    "name": "Lab group"\n  }\n}'
 */
export function sampleBody(path: string): string {
  const p = path.split('?')[0] ?? '';
  if (p === '/api/v1/users') return SAMPLE_USER;
  if (p === '/api/v1/groups') return JSON.stringify({ profile: { name: 'Lab group' } }, null, 2);
  if (p.startsWith('/api/v1/api-tokens/')) return JSON.stringify({ network: { connection: 'ANYWHERE' } }, null, 2);
  if (/^\/api\/v1\/users\/[^/]+$/.test(p)) return JSON.stringify({ profile: { nickName: 'Kim' } }, null, 2);
  return '{}';
}

/**
 * The request with another method. A write with an empty body gets the sample body for its path
 * and, if the headers lack one, `Content-Type: application/json`, as Okta's examples send.
 *
 * @example
 * withMethod({ method: 'GET', path: '/api/v1/users', authorization: '', headerText: 'Accept: application/json', body: '' }, 'POST').body
 * // SAMPLE_USER
 */
export function withMethod(request: BuiltRequest, method: Method): BuiltRequest {
  if (!methodSendsBody(method) || request.body.trim()) return { ...request, method };
  const h = request.headerText.trim();
  const headerText = /^content-type\s*:/im.test(h)
    ? h
    : [h, 'Content-Type: application/json'].filter(Boolean).join('\n');
  return { ...request, method, headerText, body: sampleBody(request.path) };
}
