import { z } from 'astro/zod';
import { slug, text } from './shared.ts';

/** A 40-character git commit id. */
const commit = z.string().regex(/^[0-9a-f]{40}$/, {
  error: 'commit must be the full 40-character commit id, e.g. "468de9c511b5e4009bb5f06c25cbf4b85fecb8d0"',
});

const https = (what: string) =>
  z.url({ error: `${what} must be a full https:// URL` }).startsWith('https://', {
    error: `${what} must start with https://`,
  });

/**
 * One document that facts cite: an entry of `src/content/sources.yaml`. Facts name it by `id`,
 * so each URL is written once.
 */
export const sourceSchema = z
  .object({
    /** Stable kebab-case id that facts use in `sources[].source`. */
    id: slug('id'),
    /** What the reader sees as the link text, e.g. "Okta Developer: Create an API token". */
    title: text('title', 200),
    /** The page a reader opens: Okta's rendered page if there is one, otherwise the GitHub file at `commit`. */
    url: https('url'),
    /** For GitHub files: the commit whose text was read. */
    commit: commit.optional(),
    /** For GitHub files with a rendered `url`: the file at `commit`, so the exact text stays reachable. */
    permalink: https('permalink').optional(),
    /** For web pages: the day the text was last checked, as YYYY-MM-DD. */
    retrieved: z
      .preprocess(
        // Astro's YAML parser turns an unquoted 2026-12-03 into a Date; keep the day as text.
        (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
        z.iso.date({ error: 'retrieved must be a date such as 2026-12-03' }),
      )
      .optional(),
  })
  .refine((s) => s.commit !== undefined || s.retrieved !== undefined, {
    error: 'a source needs `commit: <40 hex digits>` (GitHub files) or `retrieved: YYYY-MM-DD` (web pages)',
    path: ['retrieved'],
  })
  .refine((s) => s.commit === undefined || (s.permalink ?? s.url).includes(s.commit), {
    error: 'the URL of a pinned source must contain its commit: set `permalink` (or `url`) to the file at that commit',
    path: ['permalink'],
  });

export type Source = z.infer<typeof sourceSchema>;
