/**
 * Shared setup for the conformance tests: a lab server on a free loopback port, driven over
 * real HTTP by Okta's own Node SDK (`@okta/okta-sdk-nodejs` 8) or by plain `fetch`.
 */
import okta from '@okta/okta-sdk-nodejs';
import { startLabServer, type LabServer, type LabServerOptions } from '../../src/lab/server.ts';

export const { Client } = okta;

/** Starts a lab on 127.0.0.1 with a free port; quiet unless a log is given. */
export function startLab(options: LabServerOptions = {}): Promise<LabServer> {
  return startLabServer({ port: 0, host: '127.0.0.1', ...options });
}

/** Calls a control endpoint and returns its JSON (throws on a non-2xx answer). */
export async function lab<T = unknown>(server: LabServer, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}/__lab/${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} /__lab/${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** The id of a seeded admin by login. */
export async function adminId(server: LabServer, login: string): Promise<string> {
  const admins = await lab<{ id: string; login: string }[]>(server, 'GET', 'admins');
  const found = admins.find((a) => a.login === login);
  if (!found) throw new Error(`no admin ${login}`);
  return found.id;
}

/** Creates a lab token for `login` through the control endpoint. */
export async function tokenFor(server: LabServer, login: string, extra: Record<string, unknown> = {}) {
  return lab<{ id: string; value: string }>(server, 'POST', 'tokens', {
    name: `${login} token`,
    adminId: await adminId(server, login),
    ...extra,
  });
}

/** An SSWS client of Okta's SDK against the lab, with its cache off so every call reaches the org. */
export function sswsClient(server: LabServer, token: string, extra: Record<string, unknown> = {}) {
  return new Client({ orgUrl: server.url, token, cacheMiddleware: null, ...extra });
}

/** Collects a Collection (SDK pagination) into an array, stopping after `max` items. */
export async function collect<T>(collection: AsyncIterable<T | null>, max = 1000): Promise<T[]> {
  const out: T[] = [];
  for await (const item of collection) {
    if (item === null) break;
    out.push(item);
    if (out.length >= max) break;
  }
  return out;
}

export const SUPER = 'alex.rivera@example.com';
export const ORG_ADMIN = 'priya.shah@example.com';
export const READ_ONLY = 'jordan.lee@example.com';
