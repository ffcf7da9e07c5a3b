/**
 * Path suggestions for the request builder: every endpoint the simulator serves (its `ROUTES`
 * table), with real ids from the current org in place of `:id` so a suggestion works as picked.
 */
import { ROUTES } from '../okta-sim/index.ts';

export interface PathSuggestion {
  path: string;
  /** Methods the endpoint accepts, shown next to the path. */
  methods: string;
}

/**
 * @example
 * pathSuggestions({ userId: '00u1', groupId: '00g1', tokenId: '00T1' })[0] // { path: '/api/v1/users', methods: 'GET, POST' }
 */
export function pathSuggestions(ids: {
  userId?: string | undefined;
  groupId?: string | undefined;
  tokenId?: string | undefined;
}): PathSuggestion[] {
  // The id for `:id`, by the collection the path is under (`/api/v1/<collection>/:id`).
  const idFor: Record<string, string> = {
    users: ids.userId ?? '{userId}',
    groups: ids.groupId ?? '{groupId}',
    'api-tokens': ids.tokenId ?? '{apiTokenId}',
  };
  const methods = new Map<string, string[]>();
  for (const r of ROUTES) {
    const path = r.path.replace(':id', idFor[r.path.split('/')[3] ?? ''] ?? ':id');
    methods.set(path, [...(methods.get(path) ?? []), r.method]);
  }
  return [...methods].map(([path, m]) => ({ path, methods: m.join(', ') }));
}
