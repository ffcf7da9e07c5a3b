/**
 * The one place that touches `localStorage` and `sessionStorage`. Every access can throw: storage
 * disabled by policy, private modes, a full quota (even naming the global can throw a
 * SecurityError). Each function catches that and reports it by value, so a caller decides what a
 * failure means (keep going in memory, tell the reader). Keys are namespaced `tokenlab:…`; the
 * module that owns a key documents its value.
 *
 * `read`, `write` and `remove` use localStorage, which lasts until the reader clears it; the
 * `…Session` functions use sessionStorage, which lasts as long as the tab, across reloads and
 * Back. They are separate functions, not a parameter, so the site script that every page loads
 * carries only the ones it uses.
 *
 * The one exception is theme-init.js: it is inlined into <head> as a classic script before any
 * module runs, so it keeps its own try/catch.
 */

/** The value stored under `key`, or `null` when there is none or storage cannot be read. */
export function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` under `key`. Returns false when storage refuses the write. */
export function write(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes `key`. A key that cannot be removed is left behind; its owner must tolerate that. */
export function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing else to do: the caller's next write or read decides what the leftover means.
  }
}

/** {@link read} for this tab's sessionStorage. */
export function readSession(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/** {@link write} for this tab's sessionStorage. */
export function writeSession(key: string, value: string): boolean {
  try {
    sessionStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** {@link remove} for this tab's sessionStorage. */
export function removeSession(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // As for remove(): a leftover is checked again on the next read.
  }
}
