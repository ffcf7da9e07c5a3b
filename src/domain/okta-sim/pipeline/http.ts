/** Small, allocation-light helpers for reading a simulated HTTP request. */

/** Splits a path or full URL into a path and decoded query parameters; the host is ignored. */
export function parseUrl(url: string): { path: string; query: Record<string, string> } {
  let rest = url.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  let path = q >= 0 ? rest.slice(0, q) : rest;
  if (!path.startsWith('/')) path = '/' + path;
  // One trailing slash is tolerated (`/api/v1/users/`), as most HTTP routers do.
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  // A null-prototype object: a query key such as `__proto__` or `toString` stays plain data.
  const query = Object.create(null) as Record<string, string>;
  if (q >= 0) {
    for (const pair of rest.slice(q + 1).split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const key = decode(eq >= 0 ? pair.slice(0, eq) : pair);
      if (!(key in query)) query[key] = decode(eq >= 0 ? pair.slice(eq + 1) : '');
    }
  }
  return { path, query };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** A request header by case-insensitive name. */
export function getHeader(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const key in headers) {
    if (key.length === name.length && key.toLowerCase() === name) {
      const value = headers[key];
      return typeof value === 'string' ? value : undefined;
    }
  }
  return undefined;
}
