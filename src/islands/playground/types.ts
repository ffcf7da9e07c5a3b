/**
 * What the playground's parts share: the session, the request being built and the actions. The
 * island itself implements it (PlaygroundIsland.ts) and passes itself to its parts as `api`.
 */
import type { ConsoleAction } from '../../domain/playground/actions.ts';
import type { ActionResult, Session } from '../../domain/playground/session.ts';
import type { BuiltRequest } from '../../domain/playground/request.ts';

export interface PlaygroundApi {
  /** Prefix for element ids, unique per island on the page. */
  uid: string;
  /** Null until the scenario has loaded. */
  session: Session | null;
  req: BuiltRequest;
  /** Replaces the request being built. */
  setReq: (r: BuiltRequest) => void;
  /** Runs a console action; resolves to null (and shows why) when the console refuses it. */
  act: (a: ConsoleAction, done: (r: ActionResult) => string) => Promise<ActionResult | null>;
  /** Sends a request (the builder's by default). */
  send: (r?: BuiltRequest) => Promise<void>;
  /** Announces text in the polite live region. */
  say: (text: string) => void;
}
