/**
 * One playground session: a scenario's org plus everything the reader did to it. A `Session` is
 * mutable and never leaves the domain: the playground store (store.ts) owns the reader's
 * session and is the only code that changes it, through `applyAction` for every console action
 * and `send` for every request, so the recorded action list always replays to the same org (see
 * actions.ts); restore.ts does the same to a fresh session before the store adopts it.
 */
import {
  looksLikeRealOktaToken,
  type OktaSim,
  type ServiceApp,
  type SimRequest,
  type SimResponse,
} from '../okta-sim/index.ts';
import { runScenario, runScenarioNow, type ScenarioRun, type ScenarioSpec } from '../scenarios/index.ts';
import type { Action, ConsoleAction, RequestTuple } from './actions.ts';
import { containsCredentialLike, parseAuthorization } from './authorization.ts';
import { methodSendsBody } from './body-text.ts';
import { parseHeaderLines } from './header-lines.ts';
import { fromScenarioKeychain, toTemplate, type KeyKind, type KeychainEntry } from './keychain.ts';
import { DEFAULT_HEADER_TEXT, isMethod, type BuiltRequest } from './request.ts';
import { MAX_ACTIONS, MAX_REPLAYED_SENDS, type SharePayload } from './share-link.ts';

export interface Session {
  readonly spec: ScenarioSpec;
  readonly sim: OktaSim;
  /** The reader's saved credentials, scenario keys first. */
  keychain: KeychainEntry[];
  /** Service apps, in creation order (the scenario's, then the reader's). */
  apps: ServiceApp[];
  /** A group id from the seeded org, for path suggestions. */
  readonly groupId: string | undefined;
  /** Network zones of the org, for the token form. */
  readonly zones: { id: string; name: string }[];
  /** Everything the reader did, for share links. */
  actions: Action[];
  /** The caller IP the scenario sets, used for every request (the builder does not edit it). */
  readonly ip: string | undefined;
}

/** What an action produced, for the UI. */
export type ActionResult =
  | { kind: 'token'; entry: KeychainEntry; tokenId: string }
  | { kind: 'access'; entry: KeychainEntry }
  | { kind: 'done' };

/** Loads a scenario: its org, its keychain and its prepared request. */
export async function startSession(spec: ScenarioSpec): Promise<{ session: Session; request: BuiltRequest }> {
  return sessionFrom(spec, await runScenario(spec));
}

/**
 * `startSession` without awaiting, for a scenario with no setup steps; `null` otherwise. The
 * playground renders its opening org this way on the server and again when it hydrates.
 */
export function startSessionNow(spec: ScenarioSpec): { session: Session; request: BuiltRequest } | null {
  const run = runScenarioNow(spec);
  return run && sessionFrom(spec, run);
}

function sessionFrom(
  spec: ScenarioSpec,
  { sim, keychain, request }: ScenarioRun,
): { session: Session; request: BuiltRequest } {
  const { apps, groups, zones } = sim.snapshot();
  const session: Session = {
    spec,
    sim,
    keychain: fromScenarioKeychain(keychain, spec.setup),
    apps: apps.map(({ clientId, name, grantedScopes, role }) => ({ clientId, name, grantedScopes, role })),
    groupId: groups.find((g) => g.type === 'OKTA_GROUP')?.id,
    zones: zones.map(({ id, name }) => ({ id, name })),
    actions: [],
    ip: spec.request.ip,
  };
  return { session, request: initialRequest(spec, request.headers?.['Authorization']) };
}

/**
 * The scenario's prepared request in the builder. `authorization` is the header with its `{key}`
 * placeholders filled (the scenario runner fills them); until the scenario has run, the
 * template is shown as written.
 */
export function initialRequest(spec: ScenarioSpec, authorization = spec.request.authorization): BuiltRequest {
  const r = spec.request;
  const method = isMethod(r.method) ? r.method : 'GET';
  return {
    method,
    path: r.path,
    authorization: authorization ?? '',
    headerText: methodSendsBody(method) ? DEFAULT_HEADER_TEXT : 'Accept: application/json',
    body: r.body ?? '',
  };
}

/** Whether anything the builder holds is shaped like a real Okta token (never recorded or shared). */
export function holdsRealToken(built: BuiltRequest): boolean {
  return looksLikeRealOktaToken(`${built.path}\n${built.authorization}\n${built.headerText}\n${built.body}`);
}

function userByLogin(session: Session, login: string): string {
  const u = session.sim.console.listUsers().find((x) => x.login.toLowerCase() === login.toLowerCase());
  if (!u) throw new Error(`no user ${login}`);
  return u.id;
}

/** Saves a credential to the keychain as `T1`, `T2`, ... (API tokens) or `A1`, ... (access tokens). */
function save(
  session: Session,
  prefix: string,
  label: string,
  kind: KeyKind,
  value: string,
  tokenId?: string,
): KeychainEntry {
  const entry: KeychainEntry = {
    key: prefix + (session.keychain.filter((e) => e.key.startsWith(prefix)).length + 1),
    label,
    kind,
    value,
    ...(tokenId ? { tokenId } : {}),
  };
  session.keychain = [...session.keychain, entry];
  return entry;
}

/**
 * Runs one console action on the session's org and records it. Console refusals (a
 * `ConsoleError`, for example a suspended admin creating a token) throw and record nothing.
 * Recorded sends are replayed only when a share link is opened (restore.ts).
 */
export async function applyAction(session: Session, action: ConsoleAction): Promise<ActionResult> {
  const c = session.sim.console;
  let result: ActionResult = { kind: 'done' };
  switch (action[0]) {
    case 'token': {
      const [, name, admin, percent, zone] = action;
      const { token, value } = await c.createApiToken({
        name,
        adminId: userByLogin(session, admin),
        rateLimitPercent: percent ?? undefined,
        network: zone ? { connection: 'ZONE', include: [zone] } : undefined,
      });
      result = { kind: 'token', entry: save(session, 'T', name, 'ssws', value, token.id), tokenId: token.id };
      break;
    }
    case 'revoke': {
      const token = c.listApiTokens()[action[1]];
      if (!token) throw new Error('no such token');
      c.revokeApiToken(token.id);
      break;
    }
    case 'clock':
      session.sim.advanceTime(action[1]);
      break;
    case 'status':
      c.setUserStatus(userByLogin(session, action[1]), action[2]);
      break;
    case 'role':
      c.setAdminRole(userByLogin(session, action[1]), action[2]);
      break;
    case 'app':
      session.apps = [
        ...session.apps,
        c.createServiceApp({ name: action[1], grantedScopes: action[2], role: action[3] }),
      ];
      break;
    case 'issue': {
      const app = session.apps[action[1]];
      if (!app) throw new Error('no such app');
      const value = await c.issueAccessToken({ clientId: app.clientId, scopes: action[2] });
      result = { kind: 'access', entry: save(session, 'A', app.name, 'access', value) };
      break;
    }
  }
  recordAction(session, action);
  return result;
}

/**
 * Sends the builder's request. It is recorded for share links unless it carries something
 * shaped like a real Okta token (`real`, worked out by the caller when it already knows),
 * which stays out of every record.
 */
export async function send(
  session: Session,
  built: BuiltRequest,
  real = holdsRealToken(built),
): Promise<{ response: SimResponse; real: boolean }> {
  const response = await session.sim.handle(toSimRequest(session, built));
  if (!real) recordAction(session, ['send', 1, toTuple(built, session.keychain)]);
  return { response, real };
}

/** The simulator request for what the builder holds. */
export function toSimRequest(session: Pick<Session, 'ip'>, built: BuiltRequest): SimRequest {
  const headers = Object.fromEntries(parseHeaderLines(built.headerText).headers);
  const auth = built.authorization.trim();
  if (auth) headers['Authorization'] = auth;
  return {
    method: built.method,
    url: built.path,
    headers,
    body: methodSendsBody(built.method) && built.body !== '' ? built.body : undefined,
    ip: session.ip,
  };
}

/** Appends an action, folding a repeat of the previous identical send into its count. */
export function recordAction(session: Session, action: Action): void {
  const last = session.actions[session.actions.length - 1];
  if (action[0] === 'send' && last?.[0] === 'send' && JSON.stringify(last[2]) === JSON.stringify(action[2])) {
    last[1] += action[1];
    return;
  }
  session.actions.push(action);
}

/**
 * A request in share form: keychain values become `{key}`; a free-text credential that could be
 * a secret becomes `[removed]`, so only references ever reach a link.
 */
export function toTuple(built: BuiltRequest, keychain: readonly KeychainEntry[]): RequestTuple {
  const t = (text: string, max: number) => toTemplate(text, keychain).slice(0, max);
  let auth = toTemplate(built.authorization, keychain);
  const parsed = parseAuthorization(auth);
  if (containsCredentialLike(parsed.credential)) auth = `${parsed.scheme ? parsed.scheme + ' ' : ''}[removed]`;
  return [built.method, t(built.path, 2_000), auth.slice(0, 4_000), t(built.headerText, 4_000), t(built.body, 20_000)];
}

/**
 * What a share link holds for this session, or why it cannot be shared. `real` says whether the
 * request holds something shaped like a real Okta token, when the caller already knows.
 */
export function sharePayload(
  session: Session,
  built: BuiltRequest,
  real = holdsRealToken(built),
): { ok: true; payload: SharePayload } | { ok: false; reason: string } {
  const sends = session.actions.reduce((n, a) => n + (a[0] === 'send' ? a[1] : 0), 0);
  if (session.actions.length > MAX_ACTIONS || sends > MAX_REPLAYED_SENDS) {
    return {
      ok: false,
      reason: `This session is too long to share (at most ${MAX_ACTIONS} actions and ${MAX_REPLAYED_SENDS} requests). Reset and try again.`,
    };
  }
  if (real) {
    return {
      ok: false,
      reason: 'The request holds something shaped like a real Okta token; remove it before sharing.',
    };
  }
  return {
    ok: true,
    payload: {
      scenario: session.spec.id,
      actions: JSON.parse(JSON.stringify(session.actions)) as Action[],
      request: toTuple(built, session.keychain),
    },
  };
}
