import { getCollection, getEntry } from 'astro:content';
import type { Quiz } from '../domain/quiz/types.ts';
import type { ScenarioSpec } from '../domain/scenarios/index.ts';
import type { Quiz as QuizContent } from '../schemas/quiz.ts';
import { getCourse } from './course.ts';
import { predictMismatches } from './predict-check.ts';

/**
 * Compile-time proof that the quiz schema's output fits the domain's plain types: if a schema
 * field changes shape, this line stops type-checking.
 */
const toDomain = (quiz: QuizContent): Quiz => quiz;

let cached: Promise<Quiz[]> | undefined;

/**
 * Every chapter quiz in course order, each predict question checked against the simulator.
 * Throws (failing the build) with the file, question id, stated and simulated answers when they
 * differ. Built once per build and shared by the quiz, review and exam pages.
 */
export function getQuizzes(): Promise<Quiz[]> {
  cached ??= (async () => {
    const { chapters } = await getCourse();
    const order = new Map(chapters.map((c, i) => [c.slug, i]));
    const entries = await getCollection('quizzes');
    const problems: string[] = [];
    for (const entry of entries) {
      const file = entry.filePath ?? `src/content/quizzes/${entry.id}.yaml`;
      if (!order.has(entry.data.chapter)) problems.push(`${file}: chapter "${entry.data.chapter}" does not exist`);
      const load = async (id: string): Promise<ScenarioSpec | undefined> => (await getEntry('scenarios', id))?.data;
      problems.push(...(await predictMismatches(file, toDomain(entry.data), load)));
    }
    if (problems.length > 0) throw new Error(`Quiz answers disagree with the simulator:\n${problems.join('\n')}`);
    return entries
      .map((e) => toDomain(e.data))
      .sort((a, b) => (order.get(a.chapter) ?? 99) - (order.get(b.chapter) ?? 99));
  })();
  return cached;
}

/** Lesson URL (without `#…`) to lesson title, for "Revisit the lesson" links. */
export async function getLessonTitles(): Promise<Record<string, string>> {
  const { lessons } = await getCourse();
  return Object.fromEntries(lessons.map((l) => [l.url, l.entry.data.title]));
}
