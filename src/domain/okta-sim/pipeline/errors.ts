/**
 * The Okta error codes the simulator answers with, each from a fact of the inside-a-request
 * group (error-body-shape and the fact of each code, such as permission-denied-403-e0000006).
 * `errorSummary` templates use `{0}` as Okta's catalogue does.
 */
import type { JsonValue, OktaErrorBody } from '../types.ts';

export const OKTA_ERRORS = {
  E0000001: [400, 'Api validation failed: {0}'],
  E0000003: [400, 'The request body was not well-formed.'],
  E0000005: [403, 'Invalid session'],
  E0000006: [403, 'You do not have permission to perform the requested action'],
  E0000007: [404, 'Not found: {0}'],
  E0000009: [500, 'Internal Server Error'],
  E0000011: [401, 'Invalid token provided'],
  E0000022: [405, 'The endpoint does not support the provided HTTP method'],
  E0000047: [429, 'API call exceeded rate limit due to too many requests.'],
} as const satisfies Record<string, readonly [number, string]>;

export type OktaErrorCode = keyof typeof OKTA_ERRORS;

/** Reason phrases for the statuses the simulator produces. */
export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  411: 'Length Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Okta's five-field error body. */
export function errorBody(
  code: OktaErrorCode,
  errorId: string,
  arg = '',
  causes: string[] = [],
): OktaErrorBody & JsonValue {
  return {
    errorCode: code,
    errorSummary: OKTA_ERRORS[code][1].replace('{0}', arg),
    errorLink: code,
    errorId,
    errorCauses: causes.map((errorSummary) => ({ errorSummary })),
  };
}
