/**
 * Practice seeds. A seed is a short string of letters, digits, `-` and `_`; it picks the template
 * (by its prefix, `rate-share-812`, or by a hash for any other seed) and every parameter, so a
 * link with `?seed=` shows the same item to everyone.
 */
import { seededRandom } from '../quiz/shuffle.ts';
import { TEMPLATES, type Template } from './templates.ts';

/** What a seed may contain: what survives a URL unescaped, and not too long to read aloud. */
const SEED = /^[A-Za-z0-9_-]{1,64}$/;

/** A seed the reader asked for, made usable; `note` says what changed, for the page to show. */
export interface NormalisedSeed {
  seed: string;
  note: string | null;
}

/**
 * A usable seed from a `?seed=` value: kept as it is when valid, otherwise stripped of the
 * characters a seed cannot have and cut to 64; `null` when nothing usable is left (the page
 * then picks a fresh seed and says why).
 *
 * @example
 * normaliseSeed('rate-share-12') // { seed: 'rate-share-12', note: null }
 * normaliseSeed('a b<c>') // { seed: 'abc', note: '…' }
 * normaliseSeed('<>') // null
 */
export function normaliseSeed(raw: string): NormalisedSeed | null {
  if (SEED.test(raw)) return { seed: raw, note: null };
  const seed = raw.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64);
  if (!seed) return null;
  return { seed, note: 'Seeds use only letters, digits, "-" and "_", at most 64 of them, so the seed was shortened.' };
}

/**
 * The template a seed belongs to.
 *
 * @example
 * templateOf('network-zone-7').id // 'network-zone'
 */
export function templateOf(seed: string): Template {
  const named = TEMPLATES.find((t) => seed.startsWith(`${t.id}-`));
  if (named) return named;
  return TEMPLATES[Math.floor(seededRandom(seed)() * TEMPLATES.length)]!;
}

/**
 * A seed of a template from a number (the page draws the number).
 *
 * @example
 * seedOf('auth-scheme', 42) // 'auth-scheme-42'
 */
export function seedOf(templateId: string, n: number): string {
  return `${templateId}-${n}`;
}
