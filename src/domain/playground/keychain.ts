/**
 * The reader's "app keychain": the credentials their pretend app has saved. Okta shows an API
 * token's value once, so the playground saves it here at creation; access and ID tokens issued
 * to service apps land here too. Lives in memory only, never in storage or share links.
 */
import { decodeJwtParts, jwtKind } from '../jwt/decode.ts';
import type { ScenarioStep } from '../scenarios/index.ts';
import { parseAuthorization } from './authorization.ts';

/** `ssws`: an API token value; `access` / `id`: JWTs from the org authorization server. */
export type KeyKind = 'ssws' | 'access' | 'id';

export interface KeychainEntry {
  /** Stable reference used in share links (`{key}`), e.g. `ci` from a scenario or `T1`. */
  key: string;
  /** What the reader sees: the token's name, or the app's name for access and ID tokens. */
  label: string;
  kind: KeyKind;
  value: string;
  /** The API token's id, for tokens the reader created in this session. */
  tokenId?: string;
}

/** The "Credential" select: `none`, `custom`, or `key:<key>`. */
export type CredentialChoice = 'none' | 'custom' | `key:${string}`;

const KIND_TEXT: Record<KeyKind, string> = { ssws: 'API token', access: 'Access token', id: 'ID token' };

/** Option text for an entry in the Credential select, e.g. `API token: CI pipeline`. */
export function entryText(e: KeychainEntry): string {
  return `${KIND_TEXT[e.kind]}: ${e.label}`;
}

/**
 * The header a keychain entry is sent with: API tokens as `SSWS`, JWTs as `Bearer` (an ID token
 * too: sending it is the mistake the lesson shows).
 *
 * @example
 * headerFor({ key: 'ci', label: 'ci', kind: 'ssws', value: '00lab.x' }) // 'SSWS 00lab.x'
 */
export function headerFor(e: KeychainEntry): string {
  return `${e.kind === 'ssws' ? 'SSWS' : 'Bearer'} ${e.value}`;
}

/** The select value matching a header: a saved entry sent the usual way, no header, or custom. */
export function choiceForHeader(header: string, keychain: readonly KeychainEntry[]): CredentialChoice {
  if (!header.trim()) return 'none';
  const e = keychain.find((k) => headerFor(k) === header.trim());
  return e ? `key:${e.key}` : 'custom';
}

/** The entry whose value appears in a header, even under another scheme (`Bearer 00lab...`). */
export function entryInHeader(header: string, keychain: readonly KeychainEntry[]): KeychainEntry | undefined {
  const { credential } = parseAuthorization(header);
  return credential ? keychain.find((k) => k.value === credential) : undefined;
}

/**
 * Guesses what a scenario's keychain value is: a JWT is an access token or an ID token by
 * {@link jwtKind}; anything that does not decode as a JWT is an API token.
 *
 * @example
 * kindOfValue('00lab.x') // 'ssws'
 */
export function kindOfValue(value: string): KeyKind {
  const decoded = decodeJwtParts(value);
  return decoded.ok ? jwtKind(decoded.jwt.payload) : 'ssws';
}

/**
 * What the reader calls each saved key of a scenario: the name of the token the setup step
 * created, or of the app a JWT was issued to. Keys (`ro`, `ci`) stay the references in links.
 */
function labelsOf(setup: readonly ScenarioStep[]): Map<string, string> {
  const apps = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const step of setup) {
    if ('createToken' in step) labels.set(step.createToken.save, step.createToken.name);
    if ('createServiceApp' in step) apps.set(step.createServiceApp.save, step.createServiceApp.name);
    if ('createWebApp' in step) apps.set(step.createWebApp.save, step.createWebApp.name);
    const issued =
      'issueAccessToken' in step ? step.issueAccessToken : 'issueIdToken' in step ? step.issueIdToken : null;
    const app = issued && apps.get(issued.app);
    if (issued && app) labels.set(issued.save, app);
  }
  return labels;
}

/**
 * Builds entries from a scenario's `{ key: value }` keychain, keeping its order; each is
 * labelled by what its setup step named (see `labelsOf`), else by its key.
 *
 * @example
 * fromScenarioKeychain({ ro: '00lab.x' }, [{ createToken: { name: 'Reports', admin: 'read-only-admin', save: 'ro' } }])
 * // [{ key: 'ro', label: 'Reports', kind: 'ssws', value: '00lab.x' }]
 */
export function fromScenarioKeychain(
  keychain: Record<string, string>,
  setup: readonly ScenarioStep[] = [],
): KeychainEntry[] {
  const labels = labelsOf(setup);
  return Object.entries(keychain).map(([key, value]) => ({
    key,
    label: labels.get(key) ?? key,
    kind: kindOfValue(value),
    value,
  }));
}

/**
 * Replaces every keychain value in text by `{key}`, longest values first. Share links and
 * history use this so they hold references, never values.
 *
 * @example
 * toTemplate('SSWS 00lab.x', [{ key: 'ci', label: 'ci', kind: 'ssws', value: '00lab.x' }]) // 'SSWS {ci}'
 */
export function toTemplate(text: string, keychain: readonly KeychainEntry[]): string {
  let out = text;
  for (const e of [...keychain].sort((a, b) => b.value.length - a.value.length)) {
    if (e.value) out = out.split(e.value).join(`{${e.key}}`);
  }
  return out;
}
