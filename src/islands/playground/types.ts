/** What the playground's parts share: the session, the request being built and the actions. */
import type { Action } from '../../domain/playground/actions';
import type { ActionResult, Session } from '../../domain/playground/session';
import type { BuiltRequest } from '../../domain/playground/request';

export interface PlaygroundApi {
  /** Prefix for element ids, unique per island on the page. */
  uid: string;
  /** Null until the scenario has loaded. */
  session: Session | null;
  req: BuiltRequest;
  setReq: (r: BuiltRequest | ((prev: BuiltRequest) => BuiltRequest)) => void;
  /** Runs a console action; resolves to null (and shows why) when the console refuses it. */
  act: (a: Action, done: (r: ActionResult) => string) => Promise<ActionResult | null>;
  /** Sends a request (the builder's by default). */
  send: (r?: BuiltRequest) => Promise<void>;
  /** Announces text in the polite live region. */
  say: (text: string) => void;
}
