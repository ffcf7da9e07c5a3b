import { z } from 'astro/zod';
import { slug, text } from './shared.ts';

/**
 * One glossary entry in `src/content/glossary.yaml`. Lessons link to `/glossary/#<id>`; the
 * glossary page lists, for each term, the lessons whose text links to it.
 */
export const glossaryEntrySchema = z.object({
  id: slug('id'),
  term: text('term', 80),
  /** One paragraph, plain text. */
  definition: text('definition', 900),
  /** Other names readers may search for. */
  aka: z.array(text('aka[]', 80)).default([]),
});
