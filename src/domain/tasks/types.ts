/**
 * Hands-on tasks: a playground scenario plus a goal written as checks over the org and the
 * requests the reader sent. Authors write the checks in the scenario's `goal.checks`
 * (src/schemas/scenario.ts validates them); `checks.ts` evaluates each kind over the playground
 * state, so a check is met because the simulated org says so, never because a page says so.
 */
import type { AdminRole } from '../okta-sim/index.ts';

/**
 * Which credential a check is about: a key the scenario saved (`ci`, `leaked`), `new` for any API
 * token the reader created, `access` for any access token, `none` for a request with no
 * Authorization header.
 */
export type CredentialRef = string;

/** Which requests a check looks at; every field left out matches any request. */
export interface RequestMatch {
  /** The credential the request carried (see {@link CredentialRef}). */
  token?: CredentialRef | undefined;
  /** `GET`, `POST`, ... */
  method?: string | undefined;
  /** The path without its query, e.g. `/api/v1/users`. */
  path?: string | undefined;
  /** The outcome label the response had, e.g. `200` or `401 E0000011`. */
  outcome?: string | undefined;
}

/** What every check carries: the sentence the reader sees in "Task checks". */
interface Said {
  /** One sentence a reader understands, saying what must be true. */
  text: string;
}

/** The latest request sent with `token` answered `outcome`. */
export interface AnswersCheck extends Said {
  type: 'answers';
  token: CredentialRef;
  outcome: string;
}

/** Some request matching `request` was sent (and answered as it says). */
export interface SentCheck extends Said {
  type: 'sent';
  request: RequestMatch;
}

/**
 * Both requests happened, `from` first, and no request sent between the first `from` and the
 * first `to` after it failed (status 400 or above).
 */
export interface NoFailureBetweenCheck extends Said {
  type: 'noFailureBetween';
  from: RequestMatch;
  to: RequestMatch;
}

/** A request matching `then` was sent after the first request matching `first`. */
export interface AfterCheck extends Said {
  type: 'after';
  first: RequestMatch;
  then: RequestMatch;
}

/** The user with this login holds an admin role, and none above `role` (see roles.ts). */
export interface MaxRoleCheck extends Said {
  type: 'maxRole';
  admin: string;
  role: AdminRole;
}

/** The latest write (POST, PUT, PATCH or DELETE) sent with `token` succeeded (2xx). */
export interface WroteCheck extends Said {
  type: 'wrote';
  token: CredentialRef;
}

/** The token is revoked, and every other token of its creator is still active. */
export interface RevokedOnlyCheck extends Said {
  type: 'revokedOnly';
  token: CredentialRef;
}

/** The token's status in the Admin Console (some token, for `new`). */
export interface TokenStatusCheck extends Said {
  type: 'tokenStatus';
  token: CredentialRef;
  status: 'ACTIVE' | 'EXPIRED' | 'REVOKED';
}

/** The System Log holds an event of this type (about this token, when one is named). */
export interface LogHasCheck extends Said {
  type: 'logHas';
  eventType: string;
  token?: CredentialRef | undefined;
}

/**
 * A service app holds exactly these Okta API scopes: the app named `app`, else the app whose
 * access token last answered 200.
 */
export interface AppScopesCheck extends Said {
  type: 'appScopes';
  scopes: string[];
  app?: string | undefined;
}

/** One assertion of a task's goal. */
export type TaskCheck =
  | AnswersCheck
  | SentCheck
  | NoFailureBetweenCheck
  | AfterCheck
  | MaxRoleCheck
  | WroteCheck
  | RevokedOnlyCheck
  | TokenStatusCheck
  | LogHasCheck
  | AppScopesCheck;

/** A scenario goal written as checks (the other kind of goal is one outcome label). */
export interface ChecksGoal {
  /** The goal in one sentence, shown above the checks. */
  text: string;
  checks: TaskCheck[];
}

/** What the grader needs of a task: its id, its chapter and its checks. */
export interface GradedTask {
  id: string;
  /** The chapter slug, for the exam's per-chapter breakdown. */
  chapter: string;
  checks: readonly TaskCheck[];
}

/** A graded task: the shape the practice exam's Part II records. */
export interface TaskResult {
  taskId: string;
  chapter: string;
  /** Every check is met. */
  met: boolean;
  checks: { sentence: string; met: boolean }[];
}
