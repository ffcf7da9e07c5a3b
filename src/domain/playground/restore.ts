/**
 * Opening a share link: reads it (share-decode.ts), replays its actions on a fresh session of
 * the same seeded org, sends included, and rebuilds the request it carried. The response shown
 * is the answer to the last request the link replays: the simulator is deterministic, so it is
 * the answer the sharer saw. The full page loads this with `import()`, only when it opens with
 * `#s=...` or has a saved session to restore (saved-session.ts).
 */
import type { SimResponse } from '../okta-sim/index.ts';
import type { ScenarioSpec } from '../scenarios/index.ts';
import type { Action, RequestTuple } from './actions.ts';
import type { KeychainEntry } from './keychain.ts';
import { isMethod, type BuiltRequest } from './request.ts';
import { applyAction, recordAction, startSession, toSimRequest, type Session } from './session.ts';
import { decodeShare } from './share-decode.ts';

/**
 * Opens `#s=...`: the restored session and request with a notice for the reader, or, when the
 * link cannot be used, why (the caller then loads `fallback`). `find` looks a scenario up by id
 * (the full page may have to fetch the list first).
 */
export async function openShareLink(
  fragment: string,
  find: (id: string) => Promise<ScenarioSpec | undefined>,
  fallback: ScenarioSpec,
): Promise<
  { session: Session; request: BuiltRequest; response: SimResponse | null; notice: string } | { notice: string }
> {
  const decoded = decodeShare(fragment);
  if (!decoded.ok) return { notice: decoded.reason };
  const spec = await find(decoded.payload.scenario);
  if (!spec) return { notice: `The link names an unknown scenario; "${fallback.title}" is loaded instead.` };
  const { session, error, last } = await restoreSession(spec, decoded.payload.actions);
  return {
    session,
    request: fromTuple(decoded.payload.request, session.keychain),
    response: last,
    notice: error ?? 'Restored from a share link.',
  };
}

/**
 * Replays a share link's actions on a fresh session; stops at the first step that fails.
 * `last` is the response to the last request replayed, or null when the link sends none.
 */
export async function restoreSession(
  spec: ScenarioSpec,
  actions: readonly Action[],
): Promise<{ session: Session; error?: string; last: SimResponse | null }> {
  const { session } = await startSession(spec);
  let last: SimResponse | null = null;
  for (const [i, a] of actions.entries()) {
    try {
      if (a[0] === 'send') {
        const request = toSimRequest(session, fromTuple(a[2], session.keychain));
        for (let n = 0; n < a[1]; n++) last = await session.sim.handle(request);
        recordAction(session, a);
      } else await applyAction(session, a);
    } catch (e) {
      return {
        session,
        last,
        error: `Step ${i + 1} of the link (${a[0]}) could not be replayed: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  }
  return { session, last };
}

/** The reverse of `toTuple` (session.ts): `{key}` references become keychain values again. */
export function fromTuple(t: RequestTuple, keychain: readonly KeychainEntry[]): BuiltRequest {
  const [, path, authorization, headerText, body] = t.map((x) => fromTemplate(x, keychain));
  return {
    method: isMethod(t[0]) ? t[0] : 'GET',
    path: path ?? '',
    authorization: authorization ?? '',
    headerText: headerText ?? '',
    body: body ?? '',
  };
}

/** The reverse of `toTemplate` (keychain.ts): `{key}` becomes the value; unknown keys stay as typed. */
export function fromTemplate(text: string, keychain: readonly KeychainEntry[]): string {
  return text.replace(
    /\{([A-Za-z0-9-]{1,40})\}/g,
    (whole, key: string) => keychain.find((e) => e.key === key)?.value ?? whole,
  );
}
