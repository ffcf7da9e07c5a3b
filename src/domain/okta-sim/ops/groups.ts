/** `/api/v1/groups` read operations. */
import { groupView } from '../org/views.ts';
import { paginate } from './paginate.ts';
import { notFound, ok, okPage, type OpHandler } from './types.ts';

/** `GET /api/v1/groups`: supports `q` (name prefix), `limit` and `after` (paginate.ts). */
export const listGroups: OpHandler = ({ core, query }) => {
  const q = query['q']?.toLowerCase();
  const groups = core.state.groups.filter((g) => !q || g.name.toLowerCase().startsWith(q));
  const { items, page } = paginate(groups, query, { fallback: 10_000, max: 10_000 }, (g) => g.id);
  return okPage(
    items.map((g) => groupView(core, g)),
    page,
  );
};

/** `GET /api/v1/groups/{id}`. */
export const getGroup: OpHandler = ({ core, params }) => {
  const id = params['id'] ?? '';
  const group = core.state.groups.find((g) => g.id === id);
  return group ? ok(groupView(core, group)) : notFound(id, 'UserGroup');
};
