/**
 * The plain request and response of the lab's Fetch face (fetch.ts), before they become Web
 * `Request` and `Response` objects: the shapes the token endpoint and the DPoP checks work on.
 */
import { httpDate } from './pipeline/dates.ts';
import { type SimCore } from './org/sim-core.ts';
import { STATUS_TEXT } from './pipeline/errors.ts';
import { newId } from './org/ids.ts';
import type { LabTraceStep } from './lab-trace.ts';
import type { JsonValue } from './types.ts';

/** A request as the Fetch face read it: an absolute URL, lower-case header names, the body text. */
export interface LabRequest {
  method: string;
  /** Absolute URL: its origin is the org's origin for links, `htu` and `aud`. */
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  ip: string | undefined;
}

/** A response with its lab trace (lab steps first, then the pipeline's steps). */
export interface LabResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: JsonValue | null;
  trace: LabTraceStep[];
}

/** `Date` in simulated time and a fresh `X-Okta-Request-Id`, as every Okta response carries. */
export function labHeaders(core: SimCore): Record<string, string> {
  return { Date: httpDate(core.state.now), 'X-Okta-Request-Id': newId(core.state.rng, 'req', 26) };
}

/** A JSON response (or an empty one for `body === null`). */
export function labResponse(
  status: number,
  headers: Record<string, string>,
  body: JsonValue | null,
  trace: LabTraceStep[],
): LabResponse {
  if (body !== null) headers['Content-Type'] = 'application/json';
  return { status, statusText: STATUS_TEXT[status] ?? (status === 501 ? 'Not Implemented' : ''), headers, body, trace };
}
