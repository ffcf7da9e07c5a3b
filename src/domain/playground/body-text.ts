/**
 * A hint about the request body the reader typed, shown before sending. The simulator has the
 * last word (it answers 400 E0000003 for malformed JSON); this only explains what will happen.
 */

export type BodyHint =
  { kind: 'none' } | { kind: 'json' } | { kind: 'malformed'; message: string } | { kind: 'ignored'; message: string };

export const MAX_BODY_TEXT = 100_000;

/**
 * @example
 * describeBody('POST', '{"profile": {}}') // { kind: 'json' }
 * describeBody('POST', '{oops')          // { kind: 'malformed', message: 'Not well-formed JSON...' }
 */
export function describeBody(method: string, text: string): BodyHint {
  if (!text.trim()) return { kind: 'none' };
  const m = method.toUpperCase();
  if (m === 'GET' || m === 'DELETE') {
    return { kind: 'ignored', message: `A ${m} request carries no body here; it will not be sent.` };
  }
  if (text.length > MAX_BODY_TEXT) {
    return { kind: 'malformed', message: `The body is longer than ${MAX_BODY_TEXT} characters.` };
  }
  try {
    JSON.parse(text);
    return { kind: 'json' };
  } catch {
    return { kind: 'malformed', message: 'Not well-formed JSON: expect Okta to answer 400 E0000003.' };
  }
}

/** Whether a method sends the body field at all. */
export function methodSendsBody(method: string): boolean {
  const m = method.toUpperCase();
  return m !== 'GET' && m !== 'DELETE';
}
