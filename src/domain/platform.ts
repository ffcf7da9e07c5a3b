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

/**
 * The WebCrypto calls the domain makes: the simulator's own RS256 keys (okta-sim/oauth/webcrypto.ts)
 * and the keys clients sign with, RS and ES families (okta-sim/oauth/jws-verify.ts). An algorithm
 * is a name (`'RSASSA-PKCS1-v1_5'`) or WebCrypto's parameter object (`{ name: 'ECDSA', hash }`).
 */
interface Subtle {
  importKey(format: 'jwk', key: object, algorithm: object, extractable: boolean, usages: string[]): Promise<object>;
  sign(algorithm: string | object, key: object, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: string | object, key: object, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

export interface Platform {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (
    label: 'utf-8',
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => { decode(bytes: Uint8Array): string };
  atob(base64: string): string;
  btoa(binary: string): string;
  crypto: { subtle: Subtle };
}

/**
 * The global object, seen through {@link Platform}.
 *
 * @example
 * platform.btoa('hi') // 'aGk='
 */
export const platform = globalThis as unknown as Platform;

/** The Fetch API's `Response` constructor, typed by the caller (okta-sim/fetch.ts). */
export function responseConstructor<R>(): R {
  return (globalThis as unknown as { Response: R }).Response;
}
