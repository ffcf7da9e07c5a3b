/** Network conditions on API tokens: which caller addresses a condition allows, and which conditions are valid. */
import { describe, expect, it } from 'vitest';
import type { ApiTokenNetwork } from '../../../../src/domain/okta-sim/index.ts';
import type { ZoneRecord } from '../../../../src/domain/okta-sim/org/state.ts';
import { networkAllows, networkProblem } from '../../../../src/domain/okta-sim/ssws/network.ts';

const ZONES: ZoneRecord[] = [
  { id: 'nzoOffice', name: 'Office', gateways: ['203.0.113.0/24'] },
  { id: 'nzoBuild', name: 'Build servers', gateways: ['198.51.100.0/24', '192.0.2.7/32'] },
  { id: 'nzoBroken', name: 'Broken', gateways: ['10.0.0.0/33', 'not-an-ip/8', '10.0.0.0/-1'] },
];

const inOffice: ApiTokenNetwork = { connection: 'ZONE', include: ['nzoOffice'] };
const notInOffice: ApiTokenNetwork = { connection: 'ZONE', exclude: ['nzoOffice'] };
const inAnyZone: ApiTokenNetwork = { connection: 'ZONE', include: ['ALL_ZONES'] };
const inNoZone: ApiTokenNetwork = { connection: 'ZONE', exclude: ['ALL_ZONES'] };

describe('networkAllows', () => {
  it.each([
    ['an address inside the zone', '203.0.113.7', true],
    ['the first address of the range', '203.0.113.0', true],
    ['the last address of the range', '203.0.113.255', true],
    ['surrounding spaces', ' 203.0.113.7 ', true],
    ['the next range', '203.0.114.0', false],
    // 203.0.112.256 would be 203.0.113.0 if the octet were allowed to carry over.
    ['an octet over 255', '203.0.112.256', false],
    ['three octets', '203.0.113', false],
    ['five octets', '203.0.113.7.1', false],
    ['an octet of four digits', '203.0.113.0007', false],
    ['an IPv6 address', '2001:db8::1', false],
    ['an empty address', '', false],
  ])('include Office: %s (%j) is allowed: %s', (_, ip, allowed) => {
    expect(networkAllows(inOffice, ip, ZONES)).toBe(allowed);
  });

  it.each([
    ['an address in the zone', '203.0.113.7', false],
    ['an address in another zone', '198.51.100.1', true],
    ['an address in no zone', '192.0.2.10', true],
    ['a malformed address, which is in no zone', '999.1.1.1', true],
  ])('exclude Office: %s (%j) is allowed: %s', (_, ip, allowed) => {
    expect(networkAllows(notInOffice, ip, ZONES)).toBe(allowed);
  });

  it.each([
    ['203.0.113.7', true, false],
    ['198.51.100.200', true, false],
    ['192.0.2.7', true, false],
    ['192.0.2.8', false, true],
    ['10.1.2.3', false, true],
  ])('ALL_ZONES: %s is in some zone: %s', (ip, inSome, inNone) => {
    expect(networkAllows(inAnyZone, ip, ZONES)).toBe(inSome);
    expect(networkAllows(inNoZone, ip, ZONES)).toBe(inNone);
  });

  it('applies include and exclude together', () => {
    const both: ApiTokenNetwork = { connection: 'ZONE', include: ['ALL_ZONES'], exclude: ['nzoBuild'] };
    expect(networkAllows(both, '203.0.113.7', ZONES)).toBe(true);
    expect(networkAllows(both, '198.51.100.1', ZONES)).toBe(false);
    expect(networkAllows(both, '192.0.2.10', ZONES)).toBe(false);
  });

  it('allows any address, even a malformed one, when the token may be used ANYWHERE', () => {
    expect(networkAllows({ connection: 'ANYWHERE' }, 'nonsense', ZONES)).toBe(true);
  });

  it('matches no address against a gateway with an impossible prefix length or address', () => {
    const broken: ApiTokenNetwork = { connection: 'ZONE', include: ['nzoBroken'] };
    expect(networkAllows(broken, '10.0.0.1', ZONES)).toBe(false);
  });
});

describe('networkProblem', () => {
  it.each([
    ['anywhere', { connection: 'ANYWHERE' }],
    ['a known zone', { connection: 'ZONE', include: ['nzoOffice'] }],
    ['ALL_ZONES excluded', { connection: 'ZONE', exclude: ['ALL_ZONES'] }],
    ['both lists', { connection: 'ZONE', include: ['ALL_ZONES'], exclude: ['nzoBuild'] }],
  ])('accepts %s', (_, network) => {
    expect(networkProblem(network, ZONES)).toBeUndefined();
  });

  it.each([
    ['no condition', undefined, 'network: must be an object'],
    ['null', null, 'network: must be an object'],
    ['a string', 'ANYWHERE', 'network: must be an object'],
    ['another connection', { connection: 'SOMEWHERE' }, 'network.connection: must be ANYWHERE or ZONE'],
    [
      'an unknown zone',
      { connection: 'ZONE', include: ['nzoNope'] },
      'network.include: must list known zone ids or ALL_ZONES',
    ],
    [
      'a list that is not one',
      { connection: 'ZONE', exclude: 'nzoOffice' },
      'network.exclude: must list known zone ids or ALL_ZONES',
    ],
    ['a ZONE with no lists', { connection: 'ZONE' }, 'network: a ZONE condition needs include or exclude'],
    [
      'a ZONE with empty lists',
      { connection: 'ZONE', include: [], exclude: [] },
      'network: a ZONE condition needs include or exclude',
    ],
  ])('refuses %s', (_, network, problem) => {
    expect(networkProblem(network, ZONES)).toBe(problem);
  });
});
