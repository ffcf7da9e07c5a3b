/**
 * Selectors: the facts views derive from the playground state (store-state.ts), each computed
 * once per change of the part it reads and then served from a cache keyed on that part. State is
 * replaced, never changed in place, so an unchanged part is the same object and a selector
 * returns the very same value: views can compare results with `===`.
 *
 * @example
 * const state = store.getState();
 * admins(state) === admins(store.getState()); // true until the org changes
 */
import type { ConsoleApiToken, ConsoleUser, LogEvent, SimResponse } from '../okta-sim/index.ts';
import { outcomeLabel } from '../outcome.ts';
import { pathSuggestions, type PathSuggestion } from './endpoints.ts';
import { choiceForHeader, type CredentialChoice, type KeychainEntry } from './keychain.ts';
import type { BuiltRequest } from './request.ts';
import { holdsRealToken } from './session.ts';
import type { OrgView, PlaygroundState } from './store-state.ts';

/** Caches `fn` per argument object; the cache lets go of objects nothing else holds. */
function memo<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

const NONE: readonly never[] = [];

/** Every user of the org (none before it has loaded). */
export const users = (s: PlaygroundState): readonly ConsoleUser[] => s.org?.users ?? NONE;

/** Every API token ever created, in creation order. */
export const tokens = (s: PlaygroundState): readonly ConsoleApiToken[] => s.org?.tokens ?? NONE;

/** The reader's saved credentials. */
export const keychain = (s: PlaygroundState): readonly KeychainEntry[] => s.org?.keychain ?? NONE;

/** Simulated time, epoch ms (NaN before the org has loaded). */
export const now = (s: PlaygroundState): number => s.org?.now ?? Number.NaN;

const newestFirst = memo((org: OrgView): readonly LogEvent[] => [...org.log].reverse());

/** The System Log, newest first, as Reports > System Log shows it. */
export const log = (s: PlaygroundState): readonly LogEvent[] => (s.org ? newestFirst(s.org) : NONE);

// Every admin role the lab models may create API tokens (fact roles-that-create-tokens).
const adminsOf = memo((org: OrgView): readonly ConsoleUser[] => org.users.filter((u) => u.role));

/** Users holding an admin role now: who may create API tokens. */
export const admins = (s: PlaygroundState): readonly ConsoleUser[] => (s.org ? adminsOf(s.org) : NONE);

const defaultCreatorOf = memo((org: OrgView): string => {
  const list = adminsOf(org);
  return list.find((a) => a.role === 'SUPER_ADMIN')?.login ?? list[0]?.login ?? '';
});

/** The admin the token form signs in as unless the reader picks another: a super admin if any. */
export const defaultCreator = (s: PlaygroundState): string => (s.org ? defaultCreatorOf(s.org) : '');

const adminRowsOf = memo((org: OrgView): readonly ConsoleUser[] => {
  const creators = new Set(org.tokens.map((t) => t.userId));
  return org.users.filter((u) => u.role || org.firstAdmins.has(u.id) || creators.has(u.id));
});

/**
 * The people in the Admins table: today's admins, whoever was an admin when the scenario loaded
 * (so a demoted admin stays listed and can be promoted again), and every token creator.
 */
export const adminRows = (s: PlaygroundState): readonly ConsoleUser[] => (s.org ? adminRowsOf(s.org) : NONE);

const namesOf = memo(
  (org: OrgView): ReadonlyMap<string, string> => new Map(org.users.map((u) => [u.id, u.displayName])),
);

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** Display names by user id. */
export const displayNames = (s: PlaygroundState): ReadonlyMap<string, string> => (s.org ? namesOf(s.org) : NO_NAMES);

const pathsOf = memo((org: OrgView): readonly PathSuggestion[] =>
  pathSuggestions({
    userId: org.users[5]?.id ?? org.users[0]?.id,
    groupId: org.groupId,
    tokenId: org.tokens[org.tokens.length - 1]?.id,
  }),
);

/** Paths the Path field suggests, with ids from this org filled in. */
export const paths = (s: PlaygroundState): readonly PathSuggestion[] => (s.org ? pathsOf(s.org) : NONE);

/**
 * What the Credential select shows: the saved credential the header sends, no header, or a
 * custom value (also while the reader has picked "Custom value" and not typed yet).
 */
export function credentialChoice(s: PlaygroundState): CredentialChoice {
  const header = s.request.authorization;
  return s.custom && !header.trim() ? 'custom' : choiceForHeader(header, keychain(s));
}

const realToken = memo((r: BuiltRequest) => holdsRealToken(r));

/** Whether anything the request holds is shaped like a real Okta token. */
export const requestHoldsRealToken = (s: PlaygroundState): boolean => realToken(s.request);

/** Whether this request holds something shaped like a real Okta token (cached per request object). */
export const holdsRealTokenIn = realToken;

const labelOf = memo((r: SimResponse) => outcomeLabel(r));

/** The last response's outcome label (`"401 E0000011"`), or null before the first send. */
export const outcome = (s: PlaygroundState): string | null => (s.response ? labelOf(s.response) : null);

/** The outcome label of a response (cached per response object). */
export const outcomeOf = labelOf;
