/**
 * Scenario types: the plain objects lesson authors write as YAML in
 * `src/content/scenarios/<id>.yaml` (validated by `src/schemas/scenario.ts`). Optional fields
 * accept `undefined` so a schema's parsed output can be passed in as it is.
 */
import type { AdminRole, ConsoleUserStatus } from '../okta-sim/index.ts';
import type { ChecksGoal } from '../tasks/types.ts';

/** A handle of a seeded admin (`super-admin`, `org-admin`, ...) or one saved by `createAdmin`. */
export type AdminHandle = string;

/** One setup step: an object with exactly one key naming the console action. */
export type ScenarioStep =
  /** Creates an API token as `admin` and saves its value in the keychain under `save`. */
  | { createToken: { name: string; admin: AdminHandle; save: string; rateLimitPercent?: number | undefined } }
  /** Revokes a saved token in the Admin Console. */
  | { revokeToken: { token: string } }
  /** Sends one successful `GET /api/v1/users/me` with a saved token (restarts its 30 days). */
  | { useToken: { token: string } }
  /** Moves the clock forward. */
  | {
      advanceTime: {
        days?: number | undefined;
        hours?: number | undefined;
        minutes?: number | undefined;
        seconds?: number | undefined;
      };
    }
  | { setUserStatus: { admin: AdminHandle; status: ConsoleUserStatus } }
  | { setAdminRole: { admin: AdminHandle; role: AdminRole | null } }
  /** Creates an active admin; `save` becomes an admin handle for later steps. */
  | { createAdmin: { login: string; role: AdminRole; save: string } }
  /** Creates a service app; `save` becomes an app handle for later steps. */
  | { createServiceApp: { name: string; scopes: string[]; role: AdminRole | null; save: string } }
  /** Issues an access token to a saved app; the JWT is saved in the keychain. */
  | { issueAccessToken: { app: string; scopes: string[]; save: string; ttlSeconds?: number | undefined } }
  /** Creates an OpenID Connect web app that users sign in to; `save` becomes an app handle. */
  | { createWebApp: { name: string; save: string } }
  /** Issues an ID token for `admin` signing in to a saved web app; the JWT is saved in the keychain. */
  | { issueIdToken: { app: string; admin: AdminHandle; save: string } }
  /** Sends the scenario's request `count` times (e.g. to use up a rate limit). */
  | { burst: { count: number } };

/** The request a scenario prepares. `{key}` placeholders are filled from the keychain. */
export interface ScenarioRequest {
  method: string;
  /** Path and query, e.g. `/api/v1/users?limit=2`. */
  path: string;
  /** The exact Authorization header value, e.g. `SSWS {ci}`; omit to send none. */
  authorization?: string | undefined;
  /** Raw body. */
  body?: string | undefined;
  /** Caller IP for network-zone checks. */
  ip?: string | undefined;
}

/** A playground scenario. */
export interface ScenarioSpec {
  /** Kebab-case; equals the file name. */
  id: string;
  title: string;
  /** One to three sentences shown above the playground. */
  description: string;
  /** Seed of the simulated org; defaults to `id`. */
  seed?: string | undefined;
  /** Run in order on the freshly seeded org. */
  setup?: ScenarioStep[] | undefined;
  request: ScenarioRequest;
  /** One outcome to reach, or a hands-on task's checks (src/domain/tasks/). */
  goal?: { outcome: string; text: string } | ChecksGoal | undefined;
}
