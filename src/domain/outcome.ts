/**
 * Outcome labels: the short, canonical names quizzes and playground goals use for a response.
 *
 * - an Okta error body: `"<status> <errorCode>"`, e.g. `"401 E0000011"`;
 * - a Bearer error: `"<status> <error>"` from `WWW-Authenticate`, e.g. `"403 insufficient_scope"`;
 * - anything else: `"<status>"`, e.g. `"200"`.
 *
 * The domain never matches on `errorSummary` or other prose, only on these stable codes.
 */

/** The parts of a response a label depends on (a `SimResponse` fits). */
export interface LabelledResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * The canonical label of a response.
 *
 * @example
 * outcomeLabel({ status: 401, headers: {}, body: { errorCode: 'E0000011' } }); // '401 E0000011'
 * outcomeLabel({ status: 403, headers: { 'WWW-Authenticate': 'Bearer error="insufficient_scope"' }, body: null }); // '403 insufficient_scope'
 * outcomeLabel({ status: 204, headers: {}, body: null }); // '204'
 */
export function outcomeLabel(response: LabelledResponse): string {
  let wwwAuthenticate: string | undefined;
  for (const key in response.headers) {
    if (key.toLowerCase() === 'www-authenticate') wwwAuthenticate = response.headers[key];
  }
  const bearerError = wwwAuthenticate && /(?:^|[\s,])error="([^"]+)"/.exec(wwwAuthenticate)?.[1];
  if (bearerError) return `${response.status} ${bearerError}`;
  const body = response.body as { errorCode?: unknown } | null;
  if (body && typeof body === 'object' && typeof body.errorCode === 'string')
    return `${response.status} ${body.errorCode}`;
  return String(response.status);
}

/**
 * Whether a response has the given label; surrounding and repeated spaces in `label` are ignored.
 *
 * @example
 * matchesOutcome(response, '401 E0000011');
 */
export function matchesOutcome(response: LabelledResponse, label: string): boolean {
  return outcomeLabel(response) === label.trim().replace(/\s+/g, ' ');
}
