/**
 * Runs a situation through the simulated org: builds the org it describes in the Admin Console,
 * moves the clock, sends the earlier calls, then sends the request and returns what the
 * simulator answered. Nothing here decides a response; the simulator does.
 */
import { outcomeLabel } from '../outcome.ts';
import {
  createOktaSim,
  SEEDED_ADMINS,
  type ApiTokenNetwork,
  type OktaSim,
  type SimRequest,
  type TraceCheck,
  type TraceStep,
} from '../okta-sim/index.ts';
import {
  PLACE_IP,
  usesAccessToken,
  type BodyKind,
  type HeaderKind,
  type NetworkRule,
  type Situation,
} from './situation.ts';

const DAY_MS = 86_400_000;

/** The login of the admin who creates the situation's token. */
const CREATOR_LOGIN = 'sam.taylor@example.com';

/** An id no user of the org has (Okta user ids start with `00u`). */
export const MISSING_USER_ID = '00u0000missing0000000';

/** What the simulator answered, reduced to what an item needs. */
export interface SimOutcome {
  status: number;
  statusText: string;
  /** `401 E0000011`, `403 insufficient_scope`, `200`, ... (src/domain/outcome.ts). */
  label: string;
  /** Okta's `errorCode` and `errorSummary`, when the body is an Okta error. */
  errorCode: string | null;
  errorSummary: string | null;
  /** The first failing check, which decided the response; `null` when every check passed. */
  failed: TraceStep | null;
  /** Every step of the trace, in pipeline order. */
  trace: TraceStep[];
}

/** The code an outcome is decided by: the failing check, or `pass`. */
export type Decider = TraceCheck | 'pass';

/** The failing check of an outcome, or `pass`. */
export function deciderOf(o: SimOutcome): Decider {
  return o.failed?.check ?? 'pass';
}

/** What makes two outcomes the same answer: the response label and the check that decided it. */
export function outcomeKey(o: SimOutcome): string {
  return `${o.label}|${deciderOf(o)}`;
}

const BODIES: Record<string, string> = {
  '/api/v1/users': JSON.stringify({
    profile: {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada.lovelace@example.com',
      login: 'ada.lovelace@example.com',
    },
  }),
  '/api/v1/groups': JSON.stringify({ profile: { name: 'Contractors', description: 'Temporary staff' } }),
};

/** The raw body for a body kind; endpoints without a JSON body get an empty one when `valid`. */
export function bodyText(kind: BodyKind, path: string): string | undefined {
  if (kind === 'absent') return undefined;
  if (kind === 'malformed') return '{"profile": {';
  if (kind === 'invalid') return '{"profile": {}}';
  return BODIES[path] ?? '';
}

function networkOf(rule: NetworkRule, sim: OktaSim): ApiTokenNetwork {
  if (rule === 'anywhere') return { connection: 'ANYWHERE' };
  if (rule === 'any-zone') return { connection: 'ZONE', include: ['ALL_ZONES'] };
  const zones = sim.snapshot().zones;
  const id = (name: string) => zones.find((z) => z.name === name)?.id ?? 'ALL_ZONES';
  return rule === 'office-only'
    ? { connection: 'ZONE', include: [id('Office')] }
    : { connection: 'ZONE', exclude: [id('Build servers')] };
}

/** A place the token may be used from, for its earlier (successful) calls. */
function allowedIp(rule: NetworkRule): string {
  return rule === 'anywhere' || rule === 'not-build-servers' ? PLACE_IP.elsewhere : PLACE_IP.office;
}

function authorization(kind: HeaderKind, value: string, jwt: string): string | undefined {
  switch (kind) {
    case 'ssws':
      return `SSWS ${value}`;
    case 'ssws-lowercase':
      return `ssws ${value}`;
    case 'ssws-typo':
      // One mistyped last character: the hash matches no stored token.
      return `SSWS ${value.slice(0, -1)}${value.endsWith('x') ? 'y' : 'x'}`;
    case 'ssws-access-token':
      return `SSWS ${jwt}`;
    case 'bearer-api-token':
      return `Bearer ${value}`;
    case 'bearer-access-token':
      return `Bearer ${jwt}`;
    case 'basic':
      return 'Basic c2FtOnNlY3JldA==';
    case 'none':
      return undefined;
  }
}

/**
 * Builds the org a situation describes and sends its request.
 *
 * @example
 * const o = await simulate({ ...BASE_SITUATION, token: { ...BASE_SITUATION.token, revoked: true } });
 * o.label; // '401 E0000011'
 * o.failed?.check; // 'token-not-revoked'
 */
export async function simulate(s: Situation): Promise<SimOutcome> {
  // One fixed org seed: ids and token values differ by nothing but the situation.
  const sim = createOktaSim({ seed: 'practice' });
  const users = sim.console.listUsers();
  const superAdmin = users.find((u) => u.login === SEEDED_ADMINS['super-admin'])!;
  const creator = sim.console.createAdmin({ login: CREATOR_LOGIN, role: s.creator.role ?? 'SUPER_ADMIN' });
  const { token, value } = await sim.console.createApiToken({
    name: 'Nightly sync',
    adminId: creator.id,
    rateLimitPercent: s.token.ratePercent,
    network: networkOf(s.token.network, sim),
  });
  const path = s.request.path;
  const other = path.includes('{otherToken}')
    ? (await sim.console.createApiToken({ name: 'Support bot', adminId: superAdmin.id })).token.id
    : '';

  // The token's history: created, perhaps used once since, then idle until now.
  const { createdDaysAgo, lastUsedDaysAgo } = s.token;
  if (lastUsedDaysAgo === null) sim.advanceTime(createdDaysAgo * DAY_MS);
  else {
    sim.advanceTime((createdDaysAgo - lastUsedDaysAgo) * DAY_MS);
    const used = await sim.handle({
      method: 'GET',
      url: '/api/v1/users/me',
      headers: { Authorization: `SSWS ${value}` },
      ip: allowedIp(s.token.network),
    });
    // A situation whose history cannot have happened is a template's mistake, not a question.
    if (used.status !== 200) throw new RangeError(`simulate: the token's last use would have failed (${used.status}).`);
    sim.advanceTime(lastUsedDaysAgo * DAY_MS);
  }

  // What changed since: the creator's role and status, the token's revocation.
  if (s.creator.role === null) sim.console.setAdminRole(creator.id, null);
  if (s.creator.status !== 'ACTIVE') sim.console.setUserStatus(creator.id, s.creator.status);
  if (s.token.revoked) sim.console.revokeApiToken(token.id, superAdmin.id);

  let jwt = '';
  if (s.app && usesAccessToken(s)) {
    const app = sim.console.createServiceApp({
      name: 'Reporting service',
      grantedScopes: s.app.granted,
      role: s.app.role,
    });
    jwt = await sim.console.issueAccessToken({ clientId: app.clientId, scopes: s.app.requested });
  }

  const url = path
    .replace('{ownToken}', token.id)
    .replace('{otherToken}', other)
    .replace('{user}', users.find((u) => u.login === 'noah.kim@example.com')!.id)
    .replace('{missingUser}', MISSING_USER_ID);
  const header = authorization(s.request.header, value, jwt);
  const request: SimRequest = {
    method: s.request.method,
    url,
    headers: header === undefined ? {} : { Authorization: header },
    body: bodyText(s.request.body, path),
    ip: PLACE_IP[s.request.from],
  };

  // Calls already sent in this window, then the wait since they began.
  for (let i = 0; i < s.burst.count; i++) await sim.handle(request);
  sim.advanceTime(s.burst.secondsAgo * 1000);

  const res = await sim.handle(request);
  const body = res.body as { errorCode?: unknown; errorSummary?: unknown } | null;
  const isError = body !== null && typeof body === 'object' && typeof body.errorCode === 'string';
  return {
    status: res.status,
    statusText: res.statusText,
    label: outcomeLabel(res),
    errorCode: isError ? String(body.errorCode) : null,
    errorSummary: isError ? String(body.errorSummary) : null,
    failed: res.trace.find((t) => t.outcome === 'fail') ?? null,
    trace: res.trace,
  };
}
