/** `/api/v1/groups` read operations. */
import { groupView } from '../org/views.ts';
import { limitOf, notFound, ok, type OpHandler } from './types.ts';

/** `GET /api/v1/groups`: supports `q` (name prefix) and `limit`. */
export const listGroups: OpHandler = ({ core, query }) => {
  const q = query['q']?.toLowerCase();
  const groups = core.state.groups.filter((g) => !q || g.name.toLowerCase().startsWith(q));
  return ok(groups.slice(0, limitOf(query, 10_000, 10_000)).map((g) => groupView(core, g)));
};

/** `GET /api/v1/groups/{id}`. */
export const getGroup: OpHandler = ({ core, params }) => {
  const id = params['id'] ?? '';
  const group = core.state.groups.find((g) => g.id === id);
  return group ? ok(groupView(core, group)) : notFound(id, 'UserGroup');
};
