/**
 * The simulator's Fetch face: a standard `Request` in, a standard `Response` out, so the same
 * org plugs into `node:http` (the lab server), MSW, Hono, a Service Worker or a test double.
 *
 * It adds what a client's own code meets and the playground does not:
 * - `POST /oauth2/v1/token` (client credentials with `private_key_jwt`, DPoP) and DPoP on API
 *   calls, loaded with `import()` on first use;
 * - `501 Not Implemented` for Management API paths the lab does not simulate, so nobody takes a
 *   gap in the lab for a bug in their code (the playground keeps its teaching 404 and 405);
 * - refusal of anything shaped like a real Okta API token, before it is traced or logged;
 * - an `X-Token-Lab-Trace` header naming the deciding check, and the full trace through
 *   `onTrace`.
 * Everything else is `sim.handle()`, the playground's pipeline.
 */
import { responseConstructor } from '../platform.ts';
import { iso } from './pipeline/dates.ts';
import { type SimCore } from './org/sim-core.ts';
import { handleRequest } from './pipeline/handle.ts';
import { parseUrl } from './pipeline/http.ts';
import { labHeaders, labResponse, type LabRequest, type LabResponse } from './lab-response.ts';
import { LabTrace, traceHeader, type LabTraceStep } from './lab-trace.ts';
import { originOf } from './ops/paginate.ts';
import { outcomeLabel } from '../outcome.ts';
import { matchRoute, ROUTES } from './pipeline/routes.ts';
import { looksLikeRealOktaToken } from './ssws/token-value.ts';

/** What the Fetch face reads from a request; a Web `Request` fits. */
export interface FetchRequestLike {
  readonly method: string;
  /** An absolute URL, as `Request.url` always is. */
  readonly url: string;
  readonly headers: { forEach(callback: (value: string, name: string) => void): void };
  text(): Promise<string>;
}

/** What a response offers where no Web `Response` type is in scope (the domain's own build). */
export interface FetchResponseLike {
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

/** The Web `Response` type where the DOM or Node types declare one, else {@link FetchResponseLike}. */
export type FetchResponse = typeof globalThis extends { Response: { prototype: infer R } } ? R : FetchResponseLike;

/** One request as the lab remembers it: for `GET /__lab/trace/<X-Okta-Request-Id>`. */
export interface LabTraceRecord {
  requestId: string;
  /** Simulated time of the response, ISO-8601. */
  at: string;
  method: string;
  /** Path and query as requested. */
  path: string;
  status: number;
  /** Outcome label: `"200"`, `"401 E0000011"`, `"400 use_dpop_nonce"`, ... */
  outcome: string;
  /** The deciding check, as in the `X-Token-Lab-Trace` header. */
  decision: string;
  trace: LabTraceStep[];
}

export interface FetchInit {
  /** The caller's IPv4 address, for network-zone checks (default `192.0.2.10`). */
  ip?: string | undefined;
  /** Receives every exchange's full trace. */
  onTrace?: ((record: LabTraceRecord) => void) | undefined;
}

type ResponseConstructor = new (
  body: string | null,
  init: { status: number; statusText: string; headers: Record<string, string> },
) => FetchResponse;

/** Paths under these prefixes are Okta's APIs: what the lab does not simulate there gets 501. */
const OKTA_API = /^\/(api|oauth2|\.well-known)(\/|$)/;

const TOKEN_PATH = '/oauth2/v1/token';

/** Everything the lab simulates, as `METHOD /path/{id}` lines for 501 bodies. */
function simulated(): string[] {
  return [...ROUTES.map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`), `POST ${TOKEN_PATH}`];
}

/**
 * The URL with repeated slashes in its path merged (`//api/v1/users` → `/api/v1/users`), as web
 * servers such as nginx do by default. Okta's own front end appears to: okta-sdk-nodejs#453
 * reports calls that work from an org URL ending in `/` (the SDK then requests `//api/…`) until
 * DPoP compares the proof's `htu` with the request's URL (an inference, so an assumption).
 */
function mergeSlashes(url: string): string {
  const start = url.match(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i)?.[0].length ?? 0;
  if (!url.includes('//', start)) return url;
  const query = url.search(/[?#]/);
  const end = query < 0 ? url.length : query;
  return url.slice(0, start) + url.slice(start, end).replace(/\/{2,}/g, '/') + url.slice(end);
}

/** The outcome label, with an OAuth body's `error` (`400 use_dpop_nonce`) where Okta's has none. */
function labOutcome(res: LabResponse): string {
  const label = outcomeLabel(res);
  const error =
    res.body !== null && typeof res.body === 'object' && !Array.isArray(res.body) ? res.body['error'] : undefined;
  return label === String(res.status) && typeof error === 'string' ? `${label} ${error}` : label;
}

/** Answers one request read by the Fetch face; never rejects (see handleRequest). */
export async function labExchange(core: SimCore, raw: LabRequest): Promise<LabResponse> {
  const trace = new LabTrace();
  const req = { ...raw, url: mergeSlashes(raw.url) };
  const { path } = parseUrl(req.url);
  const authorization = req.headers['authorization']?.trim() ?? '';
  const space = authorization.search(/\s/);
  const scheme = (space < 0 ? authorization : authorization.slice(0, space)).toLowerCase();
  const value = space < 0 ? '' : authorization.slice(space).trim();
  // JWTs are left out: a long base64url signature can contain the scanner's pattern by chance.
  if ((!value.includes('.') && looksLikeRealOktaToken(value)) || looksLikeRealOktaToken(req.url)) {
    trace.fail('lab-token-only');
    return labResponse(
      400,
      labHeaders(core),
      {
        error: 'real_okta_token_refused',
        errorSummary:
          'Token Lab refused this request: its Authorization header holds what looks like a real Okta API token. The lab never stores or logs it. Use a lab token (00lab.…), and revoke the real token if it was exposed.',
      },
      trace.steps,
    );
  }
  const origin = originOf(req.url, core.state.orgUrl);
  if (path === TOKEN_PATH)
    return (await import('./oauth/token-endpoint.ts')).tokenEndpoint(core, req, origin + TOKEN_PATH);

  const route = matchRoute(req.method, path);
  if (!route?.operation && OKTA_API.test(path)) {
    trace.fail('lab-simulated', `${req.method} ${path}`);
    return labResponse(
      501,
      labHeaders(core),
      {
        error: 'not_simulated',
        errorSummary: `Token Lab does not simulate ${req.method} ${path}. Okta may well serve it; the lab cannot say what Okta would answer.`,
        method: req.method,
        path,
        simulated: simulated(),
      },
      trace.steps,
    );
  }

  let headers = req.headers;
  if (route?.operation && (scheme === 'dpop' || scheme === 'bearer') && value) {
    const { checkDpopResource } = await import('./oauth/dpop-resource.ts');
    const refused = await checkDpopResource(core, trace, scheme, value, req.method, req.url, req.headers['dpop']);
    if (refused) return refused;
    // The proof is checked; the token itself goes through the pipeline's Bearer checks.
    if (scheme === 'dpop') headers = { ...req.headers, authorization: `Bearer ${value}` };
  }
  const res = await handleRequest(core, { method: req.method, url: req.url, headers, body: req.body, ip: req.ip });
  const steps: LabTraceStep[] = res.trace;
  if (scheme === 'dpop') {
    const step = steps.find((s) => s.check === 'auth-scheme' && s.outcome === 'pass');
    if (step)
      step.detail = 'Scheme DPoP: the proof passed the DPoP checks above; the token goes through the Bearer checks.';
  }
  return { ...res, trace: [...trace.steps, ...steps] };
}

/** A response as plain data: what {@link fetchFace} puts into a Web `Response`. */
export interface FetchExchange {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  /** The JSON text, or `null` for no body. */
  body: string | null;
}

/**
 * Reads a Web `Request` (or anything shaped like one), answers it, and returns the answer as plain
 * data, for servers that write their own responses: building a Web `Response` and reading it back
 * costs a node:http server about as much as the whole simulated request. Resolves for every input.
 */
export async function exchangeFace(
  core: SimCore,
  request: FetchRequestLike,
  init: FetchInit = {},
): Promise<FetchExchange> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  let text = '';
  try {
    text = await request.text();
  } catch {
    // A body that cannot be read (aborted, not UTF-8 decodable) is no body; the pipeline decides.
  }
  const method = request.method.toUpperCase();
  const lab = await labExchange(core, {
    method,
    url: request.url,
    headers,
    body: text === '' ? undefined : text,
    ip: init.ip,
  });
  const decision = traceHeader(lab.trace);
  lab.headers['X-Token-Lab-Trace'] = decision;
  if (init.onTrace) {
    const { path, query } = parseUrl(request.url);
    const search = Object.keys(query).length ? request.url.slice(request.url.indexOf('?')).split('#')[0] : '';
    init.onTrace({
      requestId: lab.headers['X-Okta-Request-Id'] ?? '',
      at: iso(core.state.now),
      method,
      // A refused real-looking token may sit in the URL: the record never keeps it.
      path: decision.startsWith('lab-token-only') ? '(withheld)' : path + (search ?? ''),
      status: lab.status,
      outcome: labOutcome(lab),
      decision,
      trace: lab.trace,
    });
  }
  return {
    status: lab.status,
    statusText: lab.statusText,
    headers: lab.headers,
    body: lab.body === null ? null : JSON.stringify(lab.body),
  };
}

/**
 * Reads a Web `Request`, answers it, and returns a Web `Response` (built with the runtime's own
 * `Response`). Resolves for every input.
 */
export async function fetchFace(
  core: SimCore,
  request: FetchRequestLike,
  init: FetchInit = {},
): Promise<FetchResponse> {
  const res = await exchangeFace(core, request, init);
  const Response = responseConstructor<ResponseConstructor>();
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers: res.headers });
}
