/** Shared setup for the simulator tests: a seeded org with one token per seeded admin. */
import {
  createOktaSim,
  SEEDED_ADMINS,
  type OktaSim,
  type SimRequest,
  type SimResponse,
} from '../../../../src/domain/okta-sim/index.ts';
import { outcomeLabel } from '../../../../src/domain/outcome.ts';

export type Handle = keyof typeof SEEDED_ADMINS;

export const DAY = 86_400_000;

/** The id of a seeded admin. */
export function adminId(sim: OktaSim, handle: Handle): string {
  const user = sim.console.listUsers().find((u) => u.login === SEEDED_ADMINS[handle]);
  if (!user) throw new Error(`no seeded admin ${handle}`);
  return user.id;
}

/** The id of any seeded user by login. */
export function userId(sim: OktaSim, login: string): string {
  const user = sim.console.listUsers().find((u) => u.login === login);
  if (!user) throw new Error(`no user ${login}`);
  return user.id;
}

/** Creates a token as `handle` and returns its value and id. */
export async function tokenFor(sim: OktaSim, handle: Handle, opts: { rateLimitPercent?: number } = {}) {
  const { token, value } = await sim.console.createApiToken({
    name: `${handle} token`,
    adminId: adminId(sim, handle),
    ...opts,
  });
  return { value, id: token.id };
}

/** Sends a request with an optional Authorization header. */
export function send(
  sim: OktaSim,
  method: string,
  url: string,
  authorization?: string,
  extra: Partial<SimRequest> = {},
): Promise<SimResponse> {
  return sim.handle({
    method,
    url,
    ...(authorization === undefined ? {} : { headers: { Authorization: authorization } }),
    ...extra,
  });
}

export const label = outcomeLabel;

/** The service app + access token pair most Bearer tests use. */
export async function appToken(
  sim: OktaSim,
  scopes: string[],
  role: Parameters<OktaSim['console']['createServiceApp']>[0]['role'] = 'READ_ONLY_ADMIN',
  granted = scopes,
) {
  const app = sim.console.createServiceApp({ name: 'Reporting service', grantedScopes: granted, role });
  const at = await sim.console.issueAccessToken({ clientId: app.clientId, scopes });
  return { app, at };
}

export const newSim = (seed = 'test') => createOktaSim({ seed });
