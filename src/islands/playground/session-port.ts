/**
 * The full playground's saved session in sessionStorage, under one namespaced, versioned key. The
 * shape, its checks and the migration policy live with the domain code that writes and reads it
 * (src/domain/playground/saved-state.ts); this is only the storage call, wrapped so that a
 * browser which refuses storage (private mode, full quota) leaves a page that works and simply
 * forgets on reload.
 */
import type { PersistPort } from '../../domain/playground/saved-state.ts';

const SAVED_KEY = 'tokenlab:playground:v1';

export const sessionPort: PersistPort = {
  load() {
    try {
      return sessionStorage.getItem(SAVED_KEY);
    } catch {
      return null;
    }
  },
  save(text) {
    try {
      sessionStorage.setItem(SAVED_KEY, text);
    } catch {
      // Storage is off or full: nothing is kept, and nothing else changes.
    }
  },
};
