import { z } from 'astro/zod';
import { objectives, slug, source, text } from './shared.ts';

/**
 * Frontmatter of a lesson: `src/content/lessons/<chapter>/<NN>-<lesson-slug>.mdx`.
 * The URL is `/learn/<chapter>/<lesson-slug>/`.
 */
export const lessonSchema = z.object({
  title: text('title', 90),
  /** One sentence for the outline, search results and the page description. */
  summary: text('summary', 240),
  /** The slug of the chapter this lesson belongs to. */
  chapter: slug('chapter'),
  /** Position inside the chapter, starting at 1. */
  order: z.number({ error: 'order must be a whole number such as 1' }).int().min(1),
  /** Shown in the "You will learn" box at the top of the lesson. */
  objectives,
  /** Reading time in minutes. Leave it out to have it computed from the word count. */
  minutes: z.number().int().min(1).max(60).optional(),
  /** Ids of the playground scenarios (`src/content/scenarios/<id>.yaml`) the lesson embeds. */
  scenarios: z.array(slug('scenarios[]')).default([]),
  /**
   * Extra sources to list. The Sources list is generated from the facts the lesson cites with
   * `<Cite id="…" />`; add a page here only if no cited fact names it.
   */
  sources: z.array(source).default([]),
});
