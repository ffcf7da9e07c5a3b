/**
 * The request pipeline: `sim.handle()` runs the checks listed in trace-checks.ts, in that order,
 * and the first failure decides the response. The Bearer branch lives in `oauth/`, loaded with
 * `import()` only when a Bearer header arrives, so pages that only teach SSWS never download
 * the JWT code.
 */
import { DEFAULT_IP, httpDate, type SimCore } from './core.ts';
import { errorBody, OKTA_ERRORS, STATUS_TEXT, type OktaErrorCode } from './errors.ts';
import { getHeader, parseUrl } from './http.ts';
import { newErrorId, newRequestId } from './ids.ts';
import { STATIC_HANDLERS } from './ops/index.ts';
import { roleAllows } from './permissions.ts';
import { principalId, type ApiTokenPrincipal, type Principal } from './principal.ts';
import { consumeRate } from './rate-limit.ts';
import { asObject, matchRoute, type Operation } from './routes.ts';
import { authenticateSsws } from './ssws-auth.ts';
import { TraceBuilder } from './trace.ts';
import { BEARER_PATH } from './trace-checks.ts';
import type { JsonValue, SimRequest, SimResponse } from './types.ts';

/** Answers one request; never throws (an internal error becomes 500 E0000009). */
export async function handleRequest(core: SimCore, req: SimRequest): Promise<SimResponse> {
  const r = reply(core);
  try {
    return await pipeline(core, req, r);
  } catch {
    // Never expected: the property tests assert that no request ends up here.
    return r.error('E0000009');
  }
}

/** Collects the response headers and trace of one request, and builds its response. */
interface Reply {
  trace: TraceBuilder;
  headers: Record<string, string>;
  requestId: string;
  send(status: number, body: JsonValue | null): SimResponse;
  /** An Okta error body; the status comes from the error catalogue. */
  error(code: OktaErrorCode, arg?: string, causes?: string[]): SimResponse;
  /**
   * RFC 6750 errors carry their detail in `WWW-Authenticate`. No body: observed for 403
   * insufficient_scope; for 401 invalid_token whether Okta sends a body is UNCONFIRMED (assumed none).
   */
  bearerError(status: 401 | 403, header: string): SimResponse;
}

function reply({ state }: SimCore): Reply {
  const trace = new TraceBuilder();
  const requestId = newRequestId(state.rng);
  const headers: Record<string, string> = { Date: httpDate(state.now), 'X-Okta-Request-Id': requestId };
  const send = (status: number, body: JsonValue | null): SimResponse => {
    if (body !== null) headers['Content-Type'] = 'application/json';
    return { status, statusText: STATUS_TEXT[status] ?? '', headers, body, trace: trace.finish() };
  };
  return {
    trace,
    headers,
    requestId,
    send,
    error: (code, arg = '', causes = []) =>
      send(OKTA_ERRORS[code][0], errorBody(code, newErrorId(state.rng), arg, causes)),
    bearerError(status, header) {
      headers['WWW-Authenticate'] = header;
      return send(status, null);
    },
  };
}

async function pipeline(core: SimCore, req: SimRequest, r: Reply): Promise<SimResponse> {
  const { trace } = r;
  const method = typeof req.method === 'string' ? req.method.toUpperCase() : '';
  const { path, query } = parseUrl(typeof req.url === 'string' ? req.url : '');
  const ip = typeof req.ip === 'string' && req.ip ? req.ip : DEFAULT_IP;

  // 1. Route. Okta does not document whether routing or authentication comes first; the lab
  // routes first, so unknown paths get 404 even without credentials (basis: assumption).
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

  // 2. Length: "PUT/POST with no body and no Content-Length" gets 411 (section 4).
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
    // UNCONFIRMED (section 4): Okta's answer to other scheme words is undocumented. The lab
    // treats the header as no API credential at all, like the observed unrecognised-header case.
    trace.fail('auth-scheme', `"${scheme.slice(0, 40)}" is not SSWS or Bearer.`, 'assumption');
    return r.error('E0000005');
  }
  if (scheme === 'SSWS' || scheme === 'Bearer') trace.pass('auth-scheme', `Scheme ${scheme}.`);
  else
    trace.pass(
      'auth-scheme',
      `"${scheme}" is accepted case-insensitively, as HTTP defines auth schemes; Okta does not say.`,
      'assumption',
    );

  // 4-5. Authentication, the caller's rate-limit share, then authorization, per branch.
  let principal: Principal;
  if (lower === 'ssws') {
    const p = authenticateSsws(core, trace, value, ip, r.requestId);
    if (!p) return r.error('E0000011');
    principal = p;
    const denied = rateLimit(core, r, principal, op) ?? authorizeToken(core, r, p, op, route.params['id']);
    if (denied) return denied;
  } else {
    trace.path = BEARER_PATH;
    const bearer = await import('./oauth/bearer.ts');
    const v = await bearer.verifyBearer(core, trace, value);
    if (!v.ok) return r.bearerError(401, `Bearer error="invalid_token", error_description="${v.description}"`);
    principal = { kind: 'service-app', app: v.app };
    const limited = rateLimit(core, r, principal, op);
    if (limited) return limited;
    const denial = bearer.authorizeBearer(trace, core.state.orgUrl, v.app, v.scopes, op, path);
    if (denial) return denial.wwwAuthenticate ? r.bearerError(403, denial.wwwAuthenticate) : r.error('E0000006');
  }

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

  const handler = STATIC_HANDLERS[op.op] ?? (await import('./ops/writes.ts')).WRITE_HANDLERS[op.op];
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
  trace.pass('body-valid');
  return r.send(result.status, result.body);
}

/** Runs `rate-limit`: the caller's share of the endpoint's bucket; a 429 if it is used up. */
function rateLimit(core: SimCore, r: Reply, principal: Principal, op: Operation): SimResponse | undefined {
  const percent = principal.kind === 'api-token' ? principal.token.rateLimitPercent : principal.app.rateLimitPercent;
  const rate = consumeRate(core, principalId(principal), op.bucket, percent);
  r.headers['X-Rate-Limit-Limit'] = String(rate.limit);
  r.headers['X-Rate-Limit-Remaining'] = String(rate.remaining);
  r.headers['X-Rate-Limit-Reset'] = String(rate.reset);
  const share = `${percent}% of the ${op.bucket.limit}/min bucket "${op.bucket.id}" = ${rate.limit} per window`;
  if (!rate.ok) {
    // 429 E0000047 is documented; Retry-After (UNCONFIRMED, none sent) and the share shown in
    // X-Rate-Limit-Limit are assumptions, so this step says so.
    r.trace.fail(
      'rate-limit',
      `${share}; all used. Assumed: X-Rate-Limit-Limit shows this share, and no Retry-After is sent (Okta documents neither).`,
      'assumption',
    );
    return r.error('E0000047');
  }
  r.trace.pass('rate-limit', `${share}; ${rate.remaining} left.`);
  return undefined;
}

/** Runs `creator-role`: the token acts with its creator's current role. */
function authorizeToken(
  core: SimCore,
  r: Reply,
  principal: ApiTokenPrincipal,
  op: Operation,
  id: string | undefined,
): SimResponse | undefined {
  const role = principal.user.role;
  const own = op.op === 'revokeToken' && core.state.tokens.some((t) => t.id === id && t.userId === principal.user.id);
  const verdict = own ? { ok: true, basis: 'assumption' as const } : roleAllows(role, op.perm);
  const who = `The creator's role is ${role ?? 'none'}; ${op.op} needs ${own ? "no role to revoke one's own token" : op.perm}.`;
  if (!verdict.ok) {
    r.trace.fail('creator-role', who, verdict.basis);
    return r.error('E0000006');
  }
  r.trace.pass('creator-role', who, verdict.basis);
  return undefined;
}

function parseJsonObject(raw: string): Record<string, JsonValue> | undefined {
  try {
    return asObject(JSON.parse(raw) as JsonValue);
  } catch {
    return undefined;
  }
}
