/**
 * Missions: a guided path through the free playground, from "no header" to OAuth with and
 * without the scope. Each mission names what to do, can fill in the request for it, and ticks
 * when the store has seen the check it is about decide a response (`state.seen`, recorded by the
 * store on every send), so the tick comes from the simulator's answer, not from the page.
 * Loaded with `import()` when the reader opens the Missions list on /playground/.
 */
import { headerFor, type KeychainEntry, type KeyKind } from './keychain.ts';
import { DEFAULT_HEADER_TEXT, type BuiltRequest } from './request.ts';
import { SAMPLE_USER } from './sample-body.ts';
import { keychain, tokens } from './selectors.ts';
import type { PlaygroundState } from './store-state.ts';

/** Which saved credential a mission's request uses: none, the newest API token (live or any), or the newest access token. */
type Credential = 'none' | 'live-token' | 'any-token' | 'access';

interface Mission {
  id: string;
  title: string;
  /** What to do, in one or two sentences. */
  how: string;
  /** The `seen` key that ticks it: a failing check's code, or `pass-<scheme>`. */
  seen: string;
  request: { method: 'GET' | 'POST'; path: string; credential: Credential };
}

/**
 * The missions in order. The numbers follow the simulated org and the facts each mission
 * teaches (token-sliding-window, missing-header-403-e0000005, okta-scoped-token-one-hour,
 * rate-limit-historic-numbers and those their trace steps cite).
 */
export const MISSIONS: readonly Mission[] = [
  {
    id: 'no-header',
    title: 'Call with no header',
    how: 'Send GET /api/v1/users with no credential. Okta looks for a browser session instead and answers 403 E0000005.',
    seen: 'auth-header',
    request: { method: 'GET', path: '/api/v1/users', credential: 'none' },
  },
  {
    id: 'create',
    title: 'Create a token and use it',
    how: 'In the Admin Console, create an API token (it is selected for you), then list users: 200.',
    seen: 'pass-ssws',
    request: { method: 'GET', path: '/api/v1/users', credential: 'live-token' },
  },
  {
    id: 'revoke',
    title: 'Revoke it',
    how: 'Revoke the token in the console, then send the same request: 401 E0000011, decided by "Not revoked".',
    seen: 'token-not-revoked',
    request: { method: 'GET', path: '/api/v1/users', credential: 'any-token' },
  },
  {
    id: 'idle',
    title: 'Leave a token idle for 31 days',
    how: 'Create a token, move the clock +31 days without using it, then send: it expired after 30 days unused.',
    seen: 'token-not-expired',
    request: { method: 'GET', path: '/api/v1/users', credential: 'any-token' },
  },
  {
    id: 'demote',
    title: "Demote the token's creator",
    how: "Create a token, make its creator a READ_ONLY_ADMIN under Admins, then create a user with it: 403 E0000006. The token follows its creator's current role.",
    seen: 'creator-role',
    request: { method: 'POST', path: '/api/v1/users', credential: 'live-token' },
  },
  {
    id: 'rate',
    title: 'Hit the rate limit',
    how: 'A token may use 50% of a bucket by default, and the simulated org gives /api/v1/logs 120 calls a minute (Okta’s last published number). Use "Send N times" with 61 and a live token: the last call gets 429 E0000047.',
    seen: 'rate-limit',
    request: { method: 'GET', path: '/api/v1/logs', credential: 'live-token' },
  },
  {
    id: 'oauth-without',
    title: 'OAuth without the scope',
    how: 'Under Service apps, create an app with only okta.users.read and issue it an access token. Read the System Log with it: 403 insufficient_scope.',
    seen: 'scope',
    request: { method: 'GET', path: '/api/v1/logs', credential: 'access' },
  },
  {
    id: 'oauth-with',
    title: 'OAuth with the scope',
    how: 'List users with the same access token: okta.users.read allows it, and the app’s role does too: 200.',
    seen: 'pass-bearer',
    request: { method: 'GET', path: '/api/v1/users', credential: 'access' },
  },
];

/** The newest saved credential a mission can use, or undefined. */
function credentialFor(state: PlaygroundState, want: Credential): KeychainEntry | undefined {
  const kind: KeyKind = want === 'access' ? 'access' : 'ssws';
  const live = (e: KeychainEntry) =>
    want !== 'live-token' || !e.tokenId || tokens(state).some((t) => t.id === e.tokenId && t.status === 'ACTIVE');
  return keychain(state)
    .filter((e) => e.kind === kind && live(e))
    .at(-1);
}

const CREATE_TOKEN = 'Create an API token in the Admin Console first (API tokens > Create token).';

/** Why a mission's request cannot be filled in yet, by the credential it needs. */
const MISSING: Record<Credential, string> = {
  none: '',
  'live-token': CREATE_TOKEN,
  'any-token': CREATE_TOKEN,
  access: 'Create a service app and issue it an access token first (Admin Console > Service apps).',
};

/**
 * The request a mission fills in, or why it cannot yet. Writes get the sample user as body.
 *
 * @example
 * fillMission(state, MISSIONS[0]) // { ok: true, request: { method: 'GET', path: '/api/v1/users', authorization: '', ... } }
 */
export function fillMission(
  state: PlaygroundState,
  mission: Mission,
): { ok: true; request: BuiltRequest } | { ok: false; reason: string } {
  const { method, path, credential } = mission.request;
  const entry = credential === 'none' ? undefined : credentialFor(state, credential);
  if (credential !== 'none' && !entry) return { ok: false, reason: MISSING[credential] };
  const write = method === 'POST';
  return {
    ok: true,
    request: {
      method,
      path,
      authorization: entry ? headerFor(entry) : '',
      headerText: write ? DEFAULT_HEADER_TEXT : 'Accept: application/json',
      body: write ? SAMPLE_USER : '',
    },
  };
}

/** Whether a mission is done: the store has seen its check decide a response. */
export const missionDone = (state: PlaygroundState, mission: Mission): boolean => state.seen.includes(mission.seen);
