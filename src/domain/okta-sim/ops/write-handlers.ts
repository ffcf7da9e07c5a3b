/**
 * User, group and token-network write handlers, and the System Log (its polling and time rules
 * make it the largest read): the lazily loaded half of the operation table.
 */
import type { OpName } from '../pipeline/routes.ts';
import { updateToken } from './api-tokens-write.ts';
import { createGroup } from './groups-write.ts';
import { listLogs } from './logs.ts';
import type { OpHandler } from './types.ts';
import { createUser, deleteUser, lifecycle, replaceUser, updateUser } from './users-write.ts';

export const WRITE_HANDLERS: Partial<Record<OpName, OpHandler>> = {
  createUser,
  updateUser,
  replaceUser,
  deleteUser,
  lifecycle,
  createGroup,
  updateToken,
  listLogs,
};
