import { getCollection, type CollectionEntry } from 'astro:content';
import type { ScenarioSpec } from '../domain/scenarios/index.ts';
import type { GradedTask } from '../domain/tasks/types.ts';
import { getCourse, type ChapterRef } from './course.ts';
import { getFacts } from './facts.ts';

/** A task ready for its page: the file, its scenario, what the grader needs and its chapter. */
export interface TaskView {
  entry: CollectionEntry<'tasks'>;
  url: string;
  scenario: ScenarioSpec;
  graded: GradedTask;
  chapter: ChapterRef;
}

/**
 * Every hands-on task in course order (chapter, then `order`), each resolved to its scenario and
 * chapter. Fails the build, naming the task, when a scenario, chapter or fact id is unknown or the
 * scenario's goal is not a list of checks.
 */
export async function getTasks(): Promise<TaskView[]> {
  const course = await getCourse();
  const scenarios = new Map((await getCollection('scenarios')).map((s) => [s.id, s.data]));
  const facts = await getFacts();
  const tasks = (await getCollection('tasks')).map((entry) => {
    const t = entry.data;
    const where = `src/content/tasks/${t.id}.yaml`;
    const scenario = scenarios.get(t.scenario);
    const chapter = course.chapters.find((c) => c.slug === t.chapter);
    if (!scenario) throw new Error(`${where}: no scenario "${t.scenario}" in src/content/scenarios/.`);
    if (!chapter) throw new Error(`${where}: no chapter "${t.chapter}" in src/content/chapters/.`);
    if (!scenario.goal || !('checks' in scenario.goal))
      throw new Error(`${where}: the scenario "${t.scenario}" has no goal.checks to grade the task by.`);
    const unknown = t.facts.filter((id) => !facts.has(id));
    if (unknown.length) throw new Error(`${where}: unknown fact ids ${unknown.join(', ')}.`);
    const graded: GradedTask = { id: t.id, chapter: t.chapter, checks: scenario.goal.checks };
    return { entry, url: `/tasks/${t.id}/`, scenario, graded, chapter };
  });
  const rank = (t: TaskView) => t.chapter.entry.data.order * 1000 + t.entry.data.order;
  return tasks.sort((a, b) => rank(a) - rank(b));
}
