/** The contract between the request pipeline and the operation handlers. */
import type { SimCore } from '../org/sim-core.ts';
import type { Principal } from '../policy/principal.ts';
import type { JsonValue } from '../types.ts';

export interface OpInput {
  core: SimCore;
  principal: Principal;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  /** The parsed JSON body for operations that read one. */
  body: Record<string, JsonValue> | undefined;
  requestId: string;
  ip: string;
}

/**
 * What a handler decided. Handlers look up the resource first (`not-found` becomes a
 * `resource-exists` failure) and validate the request after (`invalid` becomes `body-valid`).
 */
export type OpResult =
  | { kind: 'ok'; status: 200 | 204; body: JsonValue | null; page?: OpPage }
  | { kind: 'not-found'; what: string }
  | { kind: 'invalid'; causes: string[] };

export type OpHandler = (input: OpInput) => OpResult;

/** A list page (see paginate.ts): the cursor of the next page, and what the lab assumed. */
export interface OpPage {
  next?: string;
  note?: string;
}

export const ok = (body: JsonValue | null, status: 200 | 204 = 200): OpResult => ({ kind: 'ok', status, body });

/** One page of a list; the pipeline turns `page` into the `Link` header. */
export const okPage = (body: JsonValue[], page: OpPage): OpResult => ({ kind: 'ok', status: 200, body, page });
export const notFound = (id: string, type: string): OpResult => ({
  kind: 'not-found',
  what: `Resource not found: ${id} (${type})`,
});
export const invalid = (causes: string[]): OpResult => ({ kind: 'invalid', causes });
