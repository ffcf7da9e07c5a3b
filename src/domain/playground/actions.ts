/**
 * What the reader did since the scenario loaded, as plain data. Every console action goes
 * through `applyAction` and every send through `send` (session.ts), which record it here; a
 * share link is this list plus the request being built, and opening the link (restore.ts)
 * replays it on the same seeded org.
 * The simulator is deterministic (same seed + same calls => same ids and values), so the replay
 * rebuilds the same tokens without the link ever holding a token value.
 *
 * Actions are tuples to keep links short. Tokens and apps are referenced by their position in
 * the console's lists and admins by login, never by random ids, so a replay still lines up if a
 * send was left out (sends carrying real-looking tokens are never recorded).
 */
import type { AdminRole, ConsoleUserStatus } from '../okta-sim/index.ts';

/** A request in share form: `[method, path, authorization, headerText, body]`, values as `{key}`. */
export type RequestTuple = [method: string, path: string, authorization: string, headerText: string, body: string];

export type Action =
  /** Create token: name, creator's login, rate-limit share (null = default 50%), zone id to allow (null = any IP). */
  | ['token', name: string, admin: string, percent: number | null, zone: string | null]
  /** Revoke the token at this index of `listApiTokens()`. */
  | ['revoke', token: number]
  /** Advance the clock by this many ms. */
  | ['clock', ms: number]
  | ['status', admin: string, status: ConsoleUserStatus]
  | ['role', admin: string, role: AdminRole | null]
  /** Create a service app: name, granted scopes, role. */
  | ['app', name: string, scopes: string[], role: AdminRole | null]
  /** Issue an access token to the app at this index of the org's apps, with these scopes. */
  | ['issue', app: number, scopes: string[]]
  /** Send this request `count` times in a row. */
  | ['send', count: number, request: RequestTuple];

/** What the reader does in the Admin Console: every action but a recorded send. */
export type ConsoleAction = Exclude<Action, { 0: 'send' }>;
