/**
 * The one place that touches `localStorage`. Every access can throw: storage disabled by policy,
 * private modes, a full quota. Each function catches that and reports it by value, so a caller
 * decides what a failure means (keep going in memory, tell the reader). Keys are namespaced
 * `tokenlab:…`; the module that owns a key documents its value.
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
