/**
 * Path suggestions for the request builder: every endpoint the simulator serves, with real ids
 * from the current org in place of `{id}` so a suggestion works as picked.
 */

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
  const user = ids.userId ?? '{userId}';
  const out: PathSuggestion[] = [
    { path: '/api/v1/users', methods: 'GET, POST' },
    { path: '/api/v1/users/me', methods: 'GET' },
    { path: `/api/v1/users/${user}`, methods: 'GET, POST, PUT, DELETE' },
    ...['activate', 'deactivate', 'suspend', 'unsuspend'].map((a) => ({
      path: `/api/v1/users/${user}/lifecycle/${a}`,
      methods: 'POST',
    })),
    { path: '/api/v1/groups', methods: 'GET, POST' },
    { path: `/api/v1/groups/${ids.groupId ?? '{groupId}'}`, methods: 'GET' },
    { path: '/api/v1/logs', methods: 'GET' },
    { path: '/api/v1/api-tokens', methods: 'GET' },
    { path: `/api/v1/api-tokens/${ids.tokenId ?? '{apiTokenId}'}`, methods: 'GET, PUT, DELETE' },
    { path: '/api/v1/api-tokens/current', methods: 'DELETE' },
  ];
  return out;
}
