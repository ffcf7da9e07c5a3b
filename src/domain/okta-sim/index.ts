/**
 * The simulated Okta Management API: a deterministic, in-memory Okta org that answers requests
 * as Okta would and explains each answer with a trace. Pure TypeScript with Web-standard APIs
 * only; it runs in browsers and in Node >= 22. Every behaviour follows a fact of the collection
 * (src/content/facts/); a trace step's basis is derived from its fact's status, so where a fact
 * is contested or unconfirmed the step says `basis: 'assumption'`.
 *
 * @example
 * const sim = createOktaSim({ seed: 'lesson-1' });
 * const [admin] = sim.console.listAdmins();
 * const { value } = await sim.console.createApiToken({ name: 'CI', adminId: admin!.id });
 * const res = await sim.handle({ method: 'GET', url: '/api/v1/users', headers: { Authorization: `SSWS ${value}` } });
 * res.status; // 200
 * sim.advanceTime(31 * 24 * 3600 * 1000);
 * (await sim.handle({ method: 'GET', url: '/api/v1/users', headers: { Authorization: `SSWS ${value}` } })).status; // 401
 */
import { createConsole, type OktaConsole } from './console/console.ts';
import type * as FetchModule from './fetch.ts';
import type { FetchExchange, FetchInit, FetchRequestLike, FetchResponse } from './fetch.ts';
import { makeCore } from './org/sim-core.ts';
import { handleRequest } from './pipeline/handle.ts';
import { DEFAULT_NOW, DEFAULT_ORG_URL, createSeedState } from './org/seed-org.ts';
import { assertSnapshot, clone, type OrgState } from './org/state.ts';
import type { LogEvent, SimRequest, SimResponse } from './types.ts';

export { ConsoleError, type ConsoleErrorCode } from './console/console-error.ts';
export type {
  FetchExchange,
  FetchInit,
  FetchRequestLike,
  FetchResponse,
  FetchResponseLike,
  LabTraceRecord,
} from './fetch.ts';
export type { LabBasis, LabTraceStep } from './lab-trace.ts';
export type { OktaConsole } from './console/console.ts';
export { DEFAULT_NOW, DEFAULT_ORG_URL, SEEDED_ADMINS } from './org/seed-org.ts';
export { LAB_TOKEN_PREFIX, looksLikeRealOktaToken } from './ssws/token-value.ts';
export {
  BEARER_PATH,
  CHECK_INFO,
  checkLabel,
  SSWS_PATH,
  TRACE_CHECKS,
  type TraceCheck,
} from './pipeline/trace-checks.ts';
export { BUCKETS, ROUTES, type Operation } from './pipeline/routes.ts';
export * from './types.ts';

/** The largest time a JavaScript Date can represent (ECMAScript: 8.64e15 ms). */
const MAX_TIME = 8.64e15;

/** A snapshot: the whole org as plain JSON, clock and random-generator state included. */
export type SimSnapshot = OrgState;

export interface OktaSimOptions {
  /** Same seed + same calls => identical ids, token values, request ids and responses. Default `token-lab`. */
  seed?: string | undefined;
  /** Start time in epoch ms; default {@link DEFAULT_NOW}. The real clock is never read. */
  now?: number | undefined;
  /** Default {@link DEFAULT_ORG_URL}. */
  orgUrl?: string | undefined;
  /** Restores a `snapshot()`; `seed`, `now` and `orgUrl` are then ignored. */
  state?: SimSnapshot | undefined;
}

export interface OktaSim {
  /** The simulated clock, epoch ms. */
  now(): number;
  /** Moves the clock forward by `ms` (not backward). */
  advanceTime(ms: number): void;
  /** What a person does in the Admin Console. */
  readonly console: OktaConsole;
  /**
   * Answers a Management API request: status, headers, body and the trace of checks. Resolves
   * for every input; it never rejects.
   */
  handle(request: SimRequest): Promise<SimResponse>;
  /**
   * The same org behind the Fetch API: a Web `Request` in (absolute URL), a Web `Response` out,
   * with `POST /oauth2/v1/token`, DPoP, 501 for unsimulated Okta paths and an
   * `X-Token-Lab-Trace` header added (fetch.ts). Resolves for every input.
   *
   * @example
   * const res = await sim.fetch(new Request('http://127.0.0.1:8787/api/v1/users?limit=2', { headers: { Authorization: `SSWS ${value}` } }));
   * res.headers.get('link'); // '<http://127.0.0.1:8787/api/v1/users?limit=2>; rel="self", <…&after=00u…>; rel="next"'
   */
  fetch(request: FetchRequestLike, init?: FetchInit): Promise<FetchResponse>;
  /** `fetch` with the answer as plain data instead of a Web `Response` (for node:http servers). */
  exchange(request: FetchRequestLike, init?: FetchInit): Promise<FetchExchange>;
  /** The System Log, oldest first (a copy). */
  systemLog(): LogEvent[];
  /** The whole org as plain JSON; pass it as `state` to restore. */
  snapshot(): SimSnapshot;
}

/**
 * Creates a simulated org: the seeded org of `org/seed-org.ts`, or a restored snapshot.
 *
 * @example
 * const sim = createOktaSim();
 * const res = await sim.handle({ method: 'GET', url: '/api/v1/users' });
 * res.status; // 403
 * res.body; // { errorCode: 'E0000005', errorSummary: 'Invalid session', ... }
 */
export function createOktaSim(options: OktaSimOptions = {}): OktaSim {
  let state: OrgState;
  if (options.state !== undefined) {
    assertSnapshot(options.state);
    state = clone(options.state);
  } else {
    const now = options.now ?? DEFAULT_NOW;
    if (!(Math.abs(now) <= MAX_TIME)) throw new RangeError('createOktaSim: `now` must be a valid epoch-ms time.');
    state = createSeedState(options.seed ?? 'token-lab', now, (options.orgUrl ?? DEFAULT_ORG_URL).replace(/\/+$/, ''));
  }
  const core = makeCore(state);
  // Loaded on first use and kept: the playground never calls it, so its page never downloads it,
  // and a server calling it thousands of times a second does not resolve the import each time.
  let fetchModule: Promise<typeof FetchModule> | undefined;
  const face = () => (fetchModule ??= import('./fetch.ts'));
  return {
    now: () => core.state.now,
    advanceTime(ms) {
      if (!(ms >= 0) || core.state.now + ms > MAX_TIME) {
        throw new RangeError('advanceTime: `ms` must be >= 0 and keep the clock a valid date.');
      }
      core.state.now += ms;
    },
    console: createConsole(core),
    handle: (request) => handleRequest(core, request),
    fetch: async (request, init) => (await face()).fetchFace(core, request, init),
    exchange: async (request, init) => (await face()).exchangeFace(core, request, init),
    systemLog: () => clone(core.state.logs),
    snapshot: () => clone(core.state),
  };
}
