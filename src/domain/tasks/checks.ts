/**
 * Evaluates one task check over the playground state: the simulated org as the store last read
 * it (tokens, users, apps, System Log, keychain) and the requests the reader sent (sent.ts).
 * Pure and synchronous: the grader calls it after every change of the store.
 */
import { accessClaims, decodeJwtParts } from '../jwt/decode.ts';
import type { ConsoleApiToken, ServiceApp } from '../okta-sim/index.ts';
import type { HistoryEntry } from '../playground/history.ts';
import type { OrgView } from '../playground/store-state.ts';
import type { ScenarioSpec } from '../scenarios/index.ts';
import { roleAbove } from './roles.ts';
import { failed, fits, sentRequests, type SentRequest } from './sent.ts';
import type { CredentialRef, TaskCheck } from './types.ts';

/** The parts of the playground state a check reads (a `PlaygroundState` fits). */
export interface TaskView {
  readonly spec: ScenarioSpec;
  readonly org: OrgView | null;
  readonly history: readonly HistoryEntry[];
}

const WRITES: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The API tokens a credential names: every token the reader created for `new`; for a scenario
 * key, the token its `createToken` step made. The seeded org has no tokens and setup runs
 * before the reader acts, so the n-th `createToken` step made the n-th token of the org.
 */
function apiTokens(view: TaskView, org: OrgView, ref: CredentialRef): ConsoleApiToken[] {
  if (ref === 'new') {
    const ids = new Set(org.keychain.flatMap((e) => (e.tokenId ? [e.tokenId] : [])));
    return org.tokens.filter((t) => ids.has(t.id));
  }
  const steps = (view.spec.setup ?? []).flatMap((s) => ('createToken' in s ? [s.createToken.save] : []));
  const token = org.tokens[steps.indexOf(ref)];
  return token && steps.includes(ref) ? [token] : [];
}

/** The app an access token was issued to: the one its `cid` claim names. */
function appOf(org: OrgView, sent: SentRequest): ServiceApp | undefined {
  if (sent.entry?.kind !== 'access') return undefined;
  const decoded = decodeJwtParts(sent.entry.value);
  const cid = decoded.ok ? accessClaims(decoded.jwt.payload)?.cid : undefined;
  return cid === undefined ? undefined : org.apps.find((a) => a.clientId === cid);
}

/** Index of the first request at or after `from` that fits, or -1. */
const firstFrom = (sent: readonly SentRequest[], from: number, test: (s: SentRequest) => boolean): number => {
  const i = sent.slice(from).findIndex(test);
  return i < 0 ? -1 : i + from;
};

/**
 * Whether a check holds now.
 *
 * @example
 * checkMet({ type: 'answers', text: 'The CI token is refused.', token: 'ci', outcome: '401 E0000011' }, store.getState())
 */
export function checkMet(check: TaskCheck, view: TaskView): boolean {
  const org = view.org;
  if (!org) return false;
  const sent = sentRequests(view.history, org.keychain);
  switch (check.type) {
    case 'answers':
      return sent.findLast((s) => fits(s, { token: check.token }))?.outcome === check.outcome;
    case 'sent':
      return sent.some((s) => fits(s, check.request));
    case 'noFailureBetween': {
      const start = sent.findIndex((s) => fits(s, check.from));
      const end = start < 0 ? -1 : firstFrom(sent, start + 1, (s) => fits(s, check.to));
      return end > start && !sent.slice(start + 1, end).some(failed);
    }
    case 'after': {
      const start = sent.findIndex((s) => fits(s, check.first));
      return start >= 0 && firstFrom(sent, start + 1, (s) => fits(s, check.then)) > start;
    }
    case 'maxRole': {
      const user = org.users.find((u) => u.login.toLowerCase() === check.admin.toLowerCase());
      return !!user?.role && !roleAbove(user.role, check.role);
    }
    case 'wrote': {
      const last = sent.findLast((s) => WRITES.has(s.method) && fits(s, { token: check.token }));
      return !!last && /^2\d\d/.test(last.outcome);
    }
    case 'revokedOnly': {
      const [token] = apiTokens(view, org, check.token);
      if (token?.status !== 'REVOKED') return false;
      const creator = org.users.find((u) => u.id === token.userId);
      const others = org.tokens.filter((t) => t.userId === token.userId && t.id !== token.id);
      return creator?.status === 'ACTIVE' && others.every((t) => t.status === 'ACTIVE');
    }
    case 'tokenStatus':
      return apiTokens(view, org, check.token).some((t) => t.status === check.status);
    case 'logHas': {
      const ids = check.token === undefined ? null : new Set(apiTokens(view, org, check.token).map((t) => t.id));
      return org.log.some((e) => e.eventType === check.eventType && (!ids || e.target.some((t) => ids.has(t.id))));
    }
    case 'appScopes': {
      const used = sent.findLast((s) => s.outcome === '200' && appOf(org, s) !== undefined);
      const app = check.app === undefined ? used && appOf(org, used) : org.apps.find((a) => a.name === check.app);
      const want = [...check.scopes].sort().join(' ');
      return !!app && [...app.grantedScopes].sort().join(' ') === want;
    }
  }
}
