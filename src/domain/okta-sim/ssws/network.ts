/**
 * Network conditions on API tokens (facts token-network-restriction, token-network-api-shape): `ANYWHERE`, or `ZONE` with zones to
 * include and/or exclude, where `ALL_ZONES` means "any network zone defined in Okta".
 */
import type { ZoneRecord } from '../org/state.ts';
import type { ApiTokenNetwork } from '../types.ts';

function ipv4(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip.trim());
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const part = Number(m[i]);
    if (part > 255) return undefined;
    n = n * 256 + part;
  }
  return n;
}

function inCidr(ip: number, cidr: string): boolean {
  const [base = '', bitsText = '32'] = cidr.split('/');
  const start = ipv4(base);
  const bits = Number(bitsText);
  if (start === undefined || !(bits >= 0 && bits <= 32)) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(ip / size) === Math.floor(start / size);
}

/** Zones (by id) that contain `ip`. IPv6 and malformed addresses are in no zone. */
function zonesOf(ip: string, zones: readonly ZoneRecord[]): string[] {
  const n = ipv4(ip);
  if (n === undefined) return [];
  return zones.filter((z) => z.gateways.some((g) => inCidr(n, g))).map((z) => z.id);
}

/** Whether a call from `ip` satisfies a token's network condition. */
export function networkAllows(network: ApiTokenNetwork, ip: string, zones: readonly ZoneRecord[]): boolean {
  if (network.connection === 'ANYWHERE') return true;
  const hit = zonesOf(ip, zones);
  const matches = (list: string[]) => list.some((id) => (id === 'ALL_ZONES' ? hit.length > 0 : hit.includes(id)));
  if (network.include?.length && !matches(network.include)) return false;
  if (network.exclude?.length && matches(network.exclude)) return false;
  return true;
}

/** Why a network condition is invalid, or `undefined` if it is fine. */
export function networkProblem(network: unknown, zones: readonly ZoneRecord[]): string | undefined {
  const n = network as { connection?: unknown; include?: unknown; exclude?: unknown } | null;
  if (!n || typeof n !== 'object') return 'network: must be an object';
  if (n.connection === 'ANYWHERE') return undefined;
  if (n.connection !== 'ZONE') return 'network.connection: must be ANYWHERE or ZONE';
  const known = (v: unknown) => v === 'ALL_ZONES' || zones.some((z) => z.id === v);
  for (const key of ['include', 'exclude'] as const) {
    const list = n[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || !list.every(known)) return `network.${key}: must list known zone ids or ALL_ZONES`;
  }
  const inc = n.include as unknown[] | undefined;
  const exc = n.exclude as unknown[] | undefined;
  if (!inc?.length && !exc?.length) return 'network: a ZONE condition needs include or exclude';
  return undefined;
}
