/** `/api/v1/api-tokens` operations: list, get, revoke. */
import type { SimCore } from '../org/sim-core.ts';
import type { TokenRecord } from '../org/state.ts';
import { tokenTarget } from '../org/system-log.ts';
import { tokenMetadata, tokenUsable } from '../org/views.ts';
import { logApiEvent } from './log-api-event.ts';
import { paginate } from './paginate.ts';
import { notFound, ok, okPage, type OpHandler, type OpInput } from './types.ts';

/** A token that still exists from the API's point of view (not revoked, not expired). */
export function liveToken(core: SimCore, id: string): TokenRecord | undefined {
  const t = core.state.tokens.find((x) => x.id === id);
  return t && tokenUsable(core, t) ? t : undefined;
}

/** Marks a token revoked and logs `system.api_token.revoke`. */
function revoke(input: OpInput, t: TokenRecord) {
  t.revoked = input.core.state.now;
  logApiEvent(input, 'system.api_token.revoke', 'Revoke API token', tokenTarget(t));
  return ok(null, 204);
}

/**
 * `GET /api/v1/api-tokens`: metadata of every live token, never a value. The 2023 spec lists
 * `after` and `limit` for it (source management-spec-2023); its page sizes are not documented, so the lab
 * borrows the users list's 200 (an assumption; a seeded org never has that many tokens).
 */
export const listTokens: OpHandler = ({ core, query }) => {
  const live = core.state.tokens.filter((t) => tokenUsable(core, t));
  const { items, page } = paginate(live, query, { fallback: 200, max: 200 }, (t) => t.id);
  return okPage(items.map(tokenMetadata), page);
};

/** `GET /api/v1/api-tokens/{id}`. */
export const getToken: OpHandler = ({ core, params }) => {
  const id = params['id'] ?? '';
  const t = liveToken(core, id);
  return t ? ok(tokenMetadata(t)) : notFound(id, 'ApiToken');
};

/** `DELETE /api/v1/api-tokens/{id}`: 204. */
export const revokeToken: OpHandler = (input) => {
  const id = input.params['id'] ?? '';
  const t = liveToken(input.core, id);
  return t ? revoke(input, t) : notFound(id, 'ApiToken');
};

/** `DELETE /api/v1/api-tokens/current`: revokes the token that authenticated this call; 204. */
export const revokeCurrentToken: OpHandler = (input) =>
  input.principal.kind === 'api-token' ? revoke(input, input.principal.token) : notFound('current', 'ApiToken');
