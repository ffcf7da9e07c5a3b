/** The request as the builder holds it: plain strings, exactly what the reader typed. */

export const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;
export type Method = (typeof METHODS)[number];

export interface BuiltRequest {
  method: Method;
  path: string;
  /** Exact Authorization header value; empty means the header is not sent. */
  authorization: string;
  /** Other headers, `Name: value` per line (see header-lines.ts). */
  headerText: string;
  /** Raw body text; ignored for GET and DELETE. */
  body: string;
}

/** Default headers for writes: Okta's examples send JSON with both headers. */
export const DEFAULT_HEADER_TEXT = 'Accept: application/json\nContent-Type: application/json';

export function isMethod(m: string): m is Method {
  return (METHODS as readonly string[]).includes(m);
}
