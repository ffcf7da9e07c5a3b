/**
 * The Web-platform globals the domain uses, typed in one place.
 *
 * Why this module exists: the domain compiles with `lib: ["ES2023"]` and no DOM or Node types
 * (its tsconfig proves it is framework-free), and those libraries are where `TextEncoder`,
 * `TextDecoder`, `atob`, `btoa` and `crypto.subtle` are declared. A global `declare var` would
 * clash with lib.dom's declarations when the whole project is type-checked, so the domain reads
 * them from `globalThis` through the narrow interface below, here and nowhere else. Browsers
 * and Node >= 20 provide all of them.
 */

/** The WebCrypto calls the simulator's RS256 code makes (see okta-sim/oauth/webcrypto.ts). */
export interface SubtleSubset {
  importKey(
    format: 'jwk',
    key: object,
    algorithm: { name: string; hash: string },
    extractable: boolean,
    usages: string[],
  ): Promise<object>;
  sign(algorithm: string, key: object, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: string, key: object, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

export interface Platform {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (
    label: 'utf-8',
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => { decode(bytes: Uint8Array): string };
  atob(base64: string): string;
  btoa(binary: string): string;
  crypto: { subtle: SubtleSubset };
}

/**
 * The global object, seen through {@link Platform}.
 *
 * @example
 * platform.btoa('hi') // 'aGk='
 */
export const platform = globalThis as unknown as Platform;

/**
 * WebCrypto verification with the caller's own algorithm parameters (the RS and ES families a
 * client may sign with): the lab's client assertions and DPoP proofs (okta-sim/oauth/jws-verify.ts).
 */
export interface VerifySubtle {
  importKey(format: 'jwk', key: object, algorithm: object, extractable: boolean, usages: string[]): Promise<object>;
  verify(algorithm: object, key: object, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

/** {@link VerifySubtle} on the platform's `crypto.subtle`. */
export function verifySubtle(): VerifySubtle {
  return (globalThis as unknown as { crypto: { subtle: VerifySubtle } }).crypto.subtle;
}

/** The Fetch API's `Response` constructor, typed by the caller (okta-sim/fetch.ts). */
export function responseConstructor<R>(): R {
  return (globalThis as unknown as { Response: R }).Response;
}
