import { z } from 'astro/zod';
import { slug, text } from './shared.ts';

/**
 * A hands-on task: `src/content/tasks/<id>.yaml`. The task names a scenario whose goal is a list
 * of checks (`goal.checks`, src/schemas/task-check.ts); the simulator grades the end state.
 * /tasks/ lists the tasks; /tasks/<id>/ shows the brief, the playground and "Task checks".
 */
export const taskSchema = z.object({
  /** Must equal the file name; the page is /tasks/<id>/. */
  id: slug('id'),
  /**
   * What to do, as a title: "Rotate the CI token without downtime". At most 52 characters, so
   * the page title "Task: <title> · Token Lab" stays within the 70 the HTML check allows.
   */
  title: text('title', 52),
  /** The chapter slug the task practises (`src/content/chapters/<slug>.yaml`). */
  chapter: slug('chapter'),
  /** Position in the list of tasks, starting at 1. */
  order: z.number().int().min(1),
  /** A scenario id (`src/content/scenarios/<id>.yaml`) whose goal has `checks`. */
  scenario: slug('scenario'),
  /** The situation and the job, in two to five sentences. */
  brief: text('brief', 900),
  /** Hints shown on request, in order; each a sentence. */
  hints: z.array(text('hints[]', 300)).max(4).default([]),
  /** Ids of the facts the brief and the checks rest on (`src/content/facts/*.yaml`). */
  facts: z.array(slug('facts[]')).min(1, { error: 'facts lists at least one fact id the task rests on' }),
  /** Minutes a prepared reader needs, for the timed exam part. */
  minutes: z.number().int().min(1).max(30),
});
