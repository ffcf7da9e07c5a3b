import { describe, expect, it } from 'vitest';

// Astro 7 and Vitest 5 need Node >= 22.12. The project pins Node 24 through the `node`
// devDependency; `npm ci --ignore-scripts` silently drops that binary and falls back to the
// system Node, so this test turns that mistake into a clear failure.
describe('runtime', () => {
  it('runs on Node 22.12 or newer', () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12), `Node ${process.versions.node} is too old`).toBe(true);
  });

  it('has WebCrypto, which the simulator relies on', () => {
    expect(typeof globalThis.crypto?.subtle?.digest).toBe('function');
  });
});
