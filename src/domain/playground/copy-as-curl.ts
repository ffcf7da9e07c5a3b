/**
 * "Copy as curl" for the request being built in a playground store: the command, or why not
 * (also said aloud by the store) while the request holds something shaped like a real Okta
 * token. Only the full page's tools use it, so the lesson embeds do not load the curl builder.
 */
import { DEFAULT_ORG_URL } from '../okta-sim/index.ts';
import { methodSendsBody } from './body-text.ts';
import { toCurl } from './curl.ts';
import { parseHeaderLines } from './header-lines.ts';
import { keychain, requestHoldsRealToken } from './selectors.ts';
import type { PlaygroundStore } from './store-api.ts';

export type CurlResult = { ok: true; text: string } | { ok: false; reason: string };

const REAL = 'Copy as curl is off while the request holds something shaped like a real Okta token.';

/**
 * @example
 * curlFor(store, false)
 * // { ok: true, text: `curl 'https://tokenlab.okta.example/api/v1/users' \\\n  -H "Authorization: SSWS $OKTA_API_TOKEN"` }
 */
export function curlFor(store: PlaygroundStore, reveal: boolean): CurlResult {
  const state = store.getState();
  if (!state.org) return { ok: false, reason: 'The playground has not loaded yet.' };
  if (requestHoldsRealToken(state)) {
    store.say(REAL);
    return { ok: false, reason: REAL };
  }
  const req = state.request;
  const text = toCurl(
    {
      method: req.method,
      url: DEFAULT_ORG_URL + (req.path.startsWith('/') ? req.path : `/${req.path}`),
      authorization: req.authorization,
      headers: parseHeaderLines(req.headerText).headers,
      body: methodSendsBody(req.method) && req.body ? req.body : undefined,
    },
    {
      reveal,
      secrets: keychain(state).map((e) => ({
        value: e.value,
        variable: e.kind === 'ssws' ? 'OKTA_API_TOKEN' : 'OKTA_ACCESS_TOKEN',
      })),
    },
  );
  return { ok: true, text };
}
