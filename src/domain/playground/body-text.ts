/**
 * A hint about the request body the reader typed, shown before sending. The simulator has the
 * last word (it answers 400 E0000003 for malformed JSON); this only explains what will happen.
 */

const MAX_BODY_TEXT = 100_000;

/**
 * Why the simulator will refuse the body of a POST or PUT, or `null` when it will read it (no
 * body, or well-formed JSON). GET and DELETE bodies are never sent, so the builder hides the
 * field for them instead.
 *
 * @example
 * bodyProblem('{"profile": {}}') // null
 * bodyProblem('{oops')          // 'Not well-formed JSON: expect Okta to answer 400 E0000003.'
 */
export function bodyProblem(text: string): string | null {
  if (!text.trim()) return null;
  if (text.length > MAX_BODY_TEXT) return `The body is longer than ${MAX_BODY_TEXT} characters.`;
  try {
    JSON.parse(text);
    return null;
  } catch {
    return 'Not well-formed JSON: expect Okta to answer 400 E0000003.';
  }
}

/** Whether a method sends the body field at all. */
export function methodSendsBody(method: string): boolean {
  const m = method.toUpperCase();
  return m !== 'GET' && m !== 'DELETE';
}
