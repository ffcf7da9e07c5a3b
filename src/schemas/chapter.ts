import { z } from 'astro/zod';
import { objectives, slug, text } from './shared.ts';

/**
 * A chapter of the course: `src/content/chapters/<slug>.yaml`.
 * Lessons join a chapter by naming its slug in their `chapter` field.
 */
export const chapterSchema = z.object({
  /** URL segment: `/learn/<slug>/`. Must equal the file name. */
  slug: slug('slug'),
  /** Position in the course, starting at 1. */
  order: z.number({ error: 'order must be a whole number such as 1' }).int().min(1),
  /** Shown in navigation and on the chapter page. */
  title: text('title', 80),
  /** One or two sentences shown on the course outline. */
  summary: text('summary', 300),
  /** What the reader can do after the chapter. */
  objectives,
});
