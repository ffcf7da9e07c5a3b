/** `/api/v1/users` read operations. */
import { findUser } from '../org/queries.ts';
import { userView } from '../org/views.ts';
import { paginate } from './paginate.ts';
import { invalid, notFound, ok, okPage, type OpHandler } from './types.ts';

/**
 * `GET /api/v1/users`: like Okta, leaves out DEPROVISIONED users unless a `filter` asks for a
 * status; supports `q` (prefix of first name, last name or email), `filter=status eq "…"` and
 * `limit` (default and maximum 200) with `after` (paginate.ts).
 */
export const listUsers: OpHandler = (input) => {
  const { query } = input;
  const status = /^status eq "([A-Z_]+)"$/.exec(query['filter'] ?? '')?.[1];
  if (query['filter'] !== undefined && !status)
    return invalid(['filter: The simulator supports only status eq "STATUS"']);
  const q = query['q']?.toLowerCase();
  const users = input.core.state.users.filter(
    (u) =>
      (status ? u.status === status : u.status !== 'DEPROVISIONED') &&
      (!q || ['firstName', 'lastName', 'email'].some((k) => u.profile[k]?.toLowerCase().startsWith(q))),
  );
  const { items, page } = paginate(users, query, { fallback: 200, max: 200 }, (u) => u.id);
  return okPage(
    items.map((u) => userView(input.core, u)),
    page,
  );
};

/** `GET /api/v1/users/me`: the caller. A service app has no user, so nothing is found. */
export const getMe: OpHandler = (input) =>
  input.principal.kind === 'api-token' ? ok(userView(input.core, input.principal.user)) : notFound('me', 'User');

/** `GET /api/v1/users/{idOrLogin}`. */
export const getUser: OpHandler = (input) => {
  const id = input.params['id'] ?? '';
  const user = findUser(input.core, id);
  return user ? ok(userView(input.core, user)) : notFound(id, 'User');
};
