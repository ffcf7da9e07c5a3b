/**
 * Operation handlers by name. Reads and token revocation ship with the simulator; user, group
 * and token-network writes, and the System Log with its paging rules, are loaded with `import()`
 * on the first request that needs them (see write-handlers.ts), which keeps read-only lessons small.
 */
import type { OpName } from '../pipeline/routes.ts';
import { getToken, listTokens, revokeCurrentToken, revokeToken } from './api-tokens.ts';
import { getGroup, listGroups } from './groups.ts';
import type { OpHandler } from './types.ts';
import { getMe, getUser, listUsers } from './users.ts';

export const STATIC_HANDLERS: Partial<Record<OpName, OpHandler>> = {
  listUsers,
  getMe,
  getUser,
  listGroups,
  getGroup,
  listTokens,
  getToken,
  revokeToken,
  revokeCurrentToken,
};
