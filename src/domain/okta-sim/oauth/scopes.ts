/**
 * The OAuth scopes that let a Bearer token call each operation. Scopes follow
 * `okta.<resource>.<read|manage>`, and `manage` also covers reads (fact okta-scope-naming). Only the
 * Bearer branch needs this table, so it loads with that branch.
 */
import type { OpName } from '../pipeline/routes.ts';

const read = (resource: string) => [`okta.${resource}.read`, `okta.${resource}.manage`];
const manage = (resource: string) => [`okta.${resource}.manage`];

/** Any one of these scopes lets a Bearer token through; empty means "SSWS only". */
export const OP_SCOPES: Record<OpName, readonly string[]> = {
  listUsers: read('users'),
  createUser: manage('users'),
  getMe: ['okta.users.read.self', ...read('users')],
  getUser: read('users'),
  updateUser: manage('users'),
  replaceUser: manage('users'),
  deleteUser: manage('users'),
  lifecycle: manage('users'),
  listGroups: read('groups'),
  createGroup: manage('groups'),
  getGroup: read('groups'),
  listLogs: ['okta.logs.read'],
  listTokens: read('apiTokens'),
  getToken: read('apiTokens'),
  revokeToken: manage('apiTokens'),
  revokeCurrentToken: [],
  updateToken: manage('apiTokens'),
};
