/**
 * The request pipeline: `sim.handle()` runs the checks listed in trace-checks.ts, in that order,
 * and the first failure decides the response. The Bearer branch lives in `oauth/`, loaded with
 * `import()` only when a Bearer header arrives, so pages that only teach SSWS never download
 * the JWT code.
 */
import type { SimCore } from '../org/sim-core.ts';
import { getHeader, parseUrl } from './http.ts';
import { STATIC_HANDLERS } from '../ops/read-handlers.ts';
import { linkHeader, originOf } from '../ops/paginate.ts';
import { reply, type Reply } from './reply.ts';
import { asObject, matchRoute } from './routes.ts';
import { sswsBranch } from '../ssws/ssws-auth.ts';
import type { JsonValue, SimRequest, SimResponse } from '../types.ts';

/** The caller's address when a request names none (TEST-NET-1, never a real network). */
const DEFAULT_IP = '192.0.2.10';

/** Answers one request; never throws (an internal error becomes 500 E0000009). */
export async function handleRequest(core: SimCore, req: SimRequest): Promise<SimResponse> {
  const r = reply(core.state);
  try {
    return await pipeline(core, req, r);
  } catch {
    // Never expected: the property tests assert that no request ends up here.
    return r.error('E0000009');
  }
}

async function pipeline(core: SimCore, req: SimRequest, r: Reply): Promise<SimResponse> {
  const { trace } = r;
  const method = typeof req.method === 'string' ? req.method.toUpperCase() : '';
  const { path, query } = parseUrl(typeof req.url === 'string' ? req.url : '');
  const ip = typeof req.ip === 'string' && req.ip ? req.ip : DEFAULT_IP;

  // 1. Route. Okta does not document whether routing or authentication comes first; the lab
  // routes first, so unknown paths get 404 even without credentials (fact
  // `check-order-route-first`, unconfirmed).
  const route = matchRoute(method, path);
  if (!route) {
    trace.fail('route', `Nothing is served at ${path}.`);
    return r.error('E0000007', `Resource not found: ${path}`);
  }
  const op = route.operation;
  if (!op) {
    trace.fail('route', `${path} accepts ${route.allowed.join(', ')}, not ${method || 'an empty method'}.`);
    return r.error('E0000022');
  }
  trace.pass('route', `${method} ${path} (${op.op}).`);

  // 2. Length: "PUT/POST with no body and no Content-Length" gets 411 (fact `length-required-411`).
  if (
    (method === 'POST' || method === 'PUT') &&
    req.body === undefined &&
    getHeader(req.headers, 'content-length') === undefined
  ) {
    trace.fail('length-required');
    return r.send(411, null);
  }
  trace.pass('length-required');

  // 3. Credentials.
  const authorization = getHeader(req.headers, 'authorization')?.trim() ?? '';
  if (!authorization) {
    trace.fail('auth-header');
    return r.error('E0000005');
  }
  trace.pass('auth-header');

  const space = authorization.search(/\s/);
  const scheme = space < 0 ? authorization : authorization.slice(0, space);
  const value = space < 0 ? '' : authorization.slice(space).trim();
  const lower = scheme.toLowerCase();
  if (lower !== 'ssws' && lower !== 'bearer') {
    // Okta's answer to other scheme words is undocumented (fact `wrong-scheme-undocumented`). The
    // lab treats the header as no API credential at all, like the observed unrecognised-header case.
    const dpop =
      lower === 'dpop' ? ' DPoP is a scheme Okta documents for DPoP-bound tokens; the lab does not model it.' : '';
    trace.fail('auth-scheme', `"${scheme.slice(0, 40)}" is not SSWS or Bearer.${dpop}`);
    return r.error('E0000005');
  }
  if (scheme === 'SSWS') trace.pass('auth-scheme', 'Scheme SSWS.');
  else if (scheme === 'Bearer') trace.pass('auth-scheme', 'Scheme Bearer.', 'oauth-bearer-header');
  else
    trace.pass(
      'auth-scheme',
      `"${scheme}" is accepted case-insensitively, as HTTP defines auth schemes; Okta does not say.`,
      'scheme-case-undocumented',
    );

  // 4-5. Authentication, the caller's rate-limit share, then authorization, per branch.
  const principal =
    lower === 'ssws'
      ? sswsBranch(core, r, value, ip, op, route.params['id'])
      : await (await import('../oauth/bearer.ts')).bearerBranch(core, r, value, op, path);
  if ('status' in principal) return principal;

  // 6. Validation and the operation itself.
  let body: Record<string, JsonValue> | undefined;
  if (op.json) {
    body = parseJsonObject(req.body ?? '');
    if (!body) {
      trace.fail('body-well-formed', 'The endpoint needs a JSON object.');
      return r.error('E0000003');
    }
  }
  trace.pass('body-well-formed');

  const handler = STATIC_HANDLERS[op.op] ?? (await import('../ops/write-handlers.ts')).WRITE_HANDLERS[op.op];
  if (!handler) throw new Error(`No handler for ${op.op}`);
  const result = handler({ core, principal, path, params: route.params, query, body, requestId: r.requestId, ip });
  if (result.kind === 'not-found') {
    trace.fail('resource-exists', result.what);
    return r.error('E0000007', result.what);
  }
  trace.pass('resource-exists');
  if (result.kind === 'invalid') {
    trace.fail('body-valid', result.causes.join(' '));
    const field = result.causes[0]?.split(':')[0] ?? '';
    return r.error('E0000001', field, result.causes);
  }
  // A list page: the Link header (ops/paginate.ts) on the request's own origin, and whatever
  // the lab assumed about `limit` or `after` in the trace.
  const { page } = result;
  if (page) r.headers['Link'] = linkHeader(originOf(String(req.url), core.state.orgUrl), path, query, page.next);
  trace.pass('body-valid', page?.note, page?.note ? 'pagination-invalid-limit-undocumented' : undefined);
  return r.send(result.status, result.body);
}

function parseJsonObject(raw: string): Record<string, JsonValue> | undefined {
  try {
    return asObject(JSON.parse(raw) as JsonValue);
  } catch {
    return undefined;
  }
}
