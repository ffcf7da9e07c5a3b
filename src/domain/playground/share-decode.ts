/**
 * Reading share links (see share-link.ts). The fragment is hostile input: size caps first, then
 * strict base64url and UTF-8, then a hand-written validator for every field (types, lengths,
 * enums, number ranges, total replay work). Anything unexpected rejects the whole link with a
 * reason; nothing throws.
 */
import { fromBase64Url } from '../encoding/base64url.ts';
import { utf8Decode } from '../encoding/utf8.ts';
import { ADMIN_ROLES, looksLikeRealOktaToken, type AdminRole } from '../okta-sim/index.ts';
import type { Action, RequestTuple } from './actions.ts';
import { METHODS } from './request.ts';
import { MAX_ACTIONS, MAX_REPLAYED_SENDS, SHARE_VERSION, type SharePayload } from './share-link.ts';
import { hasControlChar } from './text-checks.ts';

/** Longest fragment accepted (characters after `#s=`). */
export const MAX_LINK_CHARS = 16_000;
/** Longest clock step a link may replay (ten years; ten times that in total). */
export const MAX_CLOCK_MS = 3650 * 86_400_000;

export type DecodeResult = { ok: true; payload: SharePayload } | { ok: false; reason: string };

/** Reads `#s=...` (or a bare encoded value). */
export function decodeShare(fragment: string): DecodeResult {
  const text = fragment.replace(/^#?s=/, '');
  if (!text) return fail('The link holds no playground state.');
  if (text.length > MAX_LINK_CHARS) return fail('The link is too long to be a Token Lab share link.');
  const bytes = fromBase64Url(text);
  const json = bytes && utf8Decode(bytes);
  if (!json) return fail('The link is damaged: it is not valid base64url text.');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail('The link is damaged: its content is not JSON.');
  }
  return decodePayload(data);
}

/**
 * Validates a payload already parsed from JSON (a link's, or a saved session's, saved-state.ts):
 * every field is checked, and nothing shaped like a real Okta token may appear.
 */
export function decodePayload(data: unknown): DecodeResult {
  let payload: SharePayload;
  try {
    payload = readPayload(data);
  } catch (e) {
    return fail(
      e instanceof ShapeError ? `The link is not a valid share link: ${e.message}.` : 'The link could not be read.',
    );
  }
  // Checked on the decoded strings, so JSON escapes such as \u0030 cannot hide a token.
  if (looksLikeRealOktaToken(JSON.stringify(payload))) {
    return fail('The link contains something shaped like a real Okta API token, so it was not loaded.');
  }
  return { ok: true, payload };
}

/** A request tuple from untrusted data (a saved session's history), or null when it is not one. */
export function readRequest(v: unknown): RequestTuple | null {
  try {
    return request(v);
  } catch {
    return null;
  }
}

function fail(reason: string): DecodeResult {
  return { ok: false, reason };
}

class ShapeError extends Error {}

function must(cond: boolean, what: string): asserts cond {
  if (!cond) throw new ShapeError(what);
}

function str(v: unknown, max: number, what: string, multiline = false): string {
  must(typeof v === 'string' && v.length <= max && !hasControlChar(v, multiline), what);
  return v;
}

function int(v: unknown, min: number, max: number, what: string): number {
  must(typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max, what);
  return v;
}

function login(v: unknown): string {
  const s = str(v, 100, 'an admin login is not an email address');
  must(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'an admin login is not an email address');
  return s;
}

function role(v: unknown, allowNull: boolean): AdminRole | null {
  must((v === null && allowNull) || ADMIN_ROLES.includes(v as AdminRole), 'unknown admin role');
  return v as AdminRole | null;
}

function scopes(v: unknown): string[] {
  must(Array.isArray(v) && v.length >= 1 && v.length <= 20, 'a scope list must have 1 to 20 scopes');
  return v.map((s) => {
    const t = str(s, 60, 'bad scope');
    must(/^okta\.[A-Za-z]+\.(read|manage)(\.self)?$/.test(t), 'a scope is not an Okta API scope');
    return t;
  });
}

function request(v: unknown): RequestTuple {
  must(Array.isArray(v) && v.length === 5, 'the request must have five parts');
  const method = str(v[0], 10, 'bad method');
  must((METHODS as readonly string[]).includes(method), 'unknown HTTP method');
  const path = str(v[1], 2_000, 'the path is too long or has control characters');
  must(path.startsWith('/'), 'the path must start with "/"');
  return [
    method,
    path,
    str(v[2], 4_000, 'bad Authorization header'),
    str(v[3], 4_000, 'bad headers', true),
    str(v[4], 20_000, 'bad body', true),
  ];
}

function action(v: unknown, budget: { sends: number; clock: number }): Action {
  must(Array.isArray(v) && v.length >= 2, 'an action must be a list');
  const [kind, a, b, c, d] = v as unknown[];
  switch (kind) {
    case 'token': {
      must(v.length === 5, 'bad token action');
      const percent = c === null ? null : int(c, 5, 100, 'a rate-limit share is a whole percentage from 5 to 100');
      const zone = d === null ? null : str(d, 40, 'bad zone id');
      return ['token', str(a, 80, 'a token name is at most 80 characters'), login(b), percent, zone];
    }
    case 'revoke':
      must(v.length === 2, 'bad revoke action');
      return ['revoke', int(a, 0, 10_000, 'bad token reference')];
    case 'clock': {
      must(v.length === 2, 'bad clock action');
      const ms = int(a, 1, MAX_CLOCK_MS, 'a clock step must be between 1 ms and ten years');
      budget.clock += ms;
      must(budget.clock <= 10 * MAX_CLOCK_MS, 'the link moves the clock too far');
      return ['clock', ms];
    }
    case 'status':
      must(v.length === 3 && (b === 'ACTIVE' || b === 'SUSPENDED' || b === 'DEACTIVATED'), 'bad status action');
      return ['status', login(a), b];
    case 'role':
      must(v.length === 3, 'bad role action');
      return ['role', login(a), role(b, true)];
    case 'app':
      must(v.length === 4, 'bad app action');
      return ['app', str(a, 80, 'an app name is at most 80 characters'), scopes(b), role(c, true)];
    case 'issue':
      must(v.length === 3, 'bad issue action');
      return ['issue', int(a, 0, 1_000, 'bad app reference'), scopes(b)];
    case 'send': {
      must(v.length === 3, 'bad send action');
      const count = int(a, 1, MAX_REPLAYED_SENDS, 'bad request count');
      budget.sends += count;
      must(budget.sends <= MAX_REPLAYED_SENDS, `the link replays more than ${MAX_REPLAYED_SENDS} requests`);
      return ['send', count, request(b)];
    }
    default:
      throw new ShapeError('unknown action');
  }
}

function readPayload(data: unknown): SharePayload {
  must(Array.isArray(data) && data.length === 4, 'unexpected shape');
  must(data[0] === SHARE_VERSION, 'it was made by another version of Token Lab');
  const scenario = str(data[1], 80, 'bad scenario id');
  must(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(scenario), 'bad scenario id');
  must(Array.isArray(data[2]) && data[2].length <= MAX_ACTIONS, `more than ${MAX_ACTIONS} actions`);
  const budget = { sends: 0, clock: 0 };
  const actions = (data[2] as unknown[]).map((a) => action(a, budget));
  return { scenario, actions, request: request(data[3]) };
}
