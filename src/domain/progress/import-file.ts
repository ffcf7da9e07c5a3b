import type { Progress } from './types.ts';
import { parseProgress } from './validate.ts';

/** The largest progress file an import reads. Real progress stays far below it. */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * Why an imported file was refused, as a closed set of codes the page turns into words:
 * `too-large` (over {@link MAX_IMPORT_BYTES}), `not-json` (the text does not parse as JSON),
 * `not-progress` (JSON, but not the shape of Token Lab progress; `reason` names the first field
 * that failed).
 */
export type ImportResult =
  | { ok: true; progress: Progress; migrated: boolean }
  | { ok: false; code: 'too-large' | 'not-json' }
  | { ok: false; code: 'not-progress'; reason: string };

/**
 * Reads an imported file: its size in bytes first (so a huge file is never read), then its text.
 *
 * @example
 * readProgressFile(12, () => 'hello', now)         // { ok: false, code: 'not-json' }
 * readProgressFile(13, () => '{"version":2}', now) // { ok: false, code: 'not-progress', reason: 'progress.lessons is not valid' }
 */
export async function readProgressFile(
  size: number,
  text: () => Promise<string> | string,
  now: number,
): Promise<ImportResult> {
  if (size > MAX_IMPORT_BYTES) return { ok: false, code: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(await text());
  } catch {
    return { ok: false, code: 'not-json' };
  }
  const parsed = parseProgress(data, now);
  return parsed.ok ? parsed : { ok: false, code: 'not-progress', reason: parsed.reason };
}
