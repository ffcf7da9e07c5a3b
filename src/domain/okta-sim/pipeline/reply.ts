/** One response in the making: the trace and headers a request collects, and how it ends. */
import { httpDate } from './dates.ts';
import { errorBody, OKTA_ERRORS, STATUS_TEXT, type OktaErrorCode } from './errors.ts';
import { newId } from '../org/ids.ts';
import type { OrgState } from '../org/state.ts';
import { TraceBuilder } from './trace.ts';
import type { JsonValue, SimResponse } from '../types.ts';

/** Collects the response headers and trace of one request, and builds its response. */
export interface Reply {
  trace: TraceBuilder;
  headers: Record<string, string>;
  requestId: string;
  /** The response, with the trace finished; a body makes it JSON. */
  send(status: number, body: JsonValue | null): SimResponse;
  /** An Okta error body; the status comes from the error catalogue. */
  error(code: OktaErrorCode, arg?: string, causes?: string[]): SimResponse;
}

/** Starts the response to one request: a fresh request id, the `Date` header, an empty trace. */
export function reply(state: OrgState): Reply {
  const trace = new TraceBuilder();
  const requestId = newId(state.rng, 'req', 26);
  const headers: Record<string, string> = { Date: httpDate(state.now), 'X-Okta-Request-Id': requestId };
  const send = (status: number, body: JsonValue | null): SimResponse => {
    if (body !== null) headers['Content-Type'] = 'application/json';
    return { status, statusText: STATUS_TEXT[status] ?? '', headers, body, trace: trace.finish() };
  };
  return {
    trace,
    headers,
    requestId,
    send,
    error: (code, arg = '', causes = []) =>
      send(OKTA_ERRORS[code][0], errorBody(code, newId(state.rng, 'oae', 25), arg, causes)),
  };
}
