import { getCollection, getEntry } from 'astro:content';
import type { Quiz } from '../domain/quiz/types.ts';
import type { ScenarioSpec } from '../domain/scenarios/index.ts';
import { getCourse } from './course.ts';
import { getFacts } from './facts.ts';
import { predictMismatches } from './predict-check.ts';
import { resolveQuizFacts } from './quiz-facts.ts';

let cached: Promise<Quiz[]> | undefined;

/**
 * Every chapter quiz in course order, each predict question checked against the simulator and
 * each question's fact ids resolved into links (title and status). Throws (failing the build)
 * with the file and question id when a question names an unknown fact, or with the stated and
 * simulated answers when they differ. Built once per build and shared by the quiz, review and
 * exam pages.
 */
export function getQuizzes(): Promise<Quiz[]> {
  cached ??= (async () => {
    const { chapters } = await getCourse();
    const order = new Map(chapters.map((c, i) => [c.slug, i]));
    const [entries, facts] = await Promise.all([getCollection('quizzes'), getFacts()]);
    const problems: string[] = [];
    const quizzes: Quiz[] = [];
    for (const entry of entries) {
      const file = entry.filePath ?? `src/content/quizzes/${entry.id}.yaml`;
      if (!order.has(entry.data.chapter)) problems.push(`${file}: chapter "${entry.data.chapter}" does not exist`);
      const resolved = resolveQuizFacts(file, entry.data, facts);
      problems.push(...resolved.problems);
      const load = async (id: string): Promise<ScenarioSpec | undefined> => (await getEntry('scenarios', id))?.data;
      problems.push(...(await predictMismatches(file, resolved.quiz, load)));
      quizzes.push(resolved.quiz);
    }
    if (problems.length > 0) throw new Error(`Quizzes have problems:\n${problems.join('\n')}`);
    return quizzes.sort((a, b) => (order.get(a.chapter) ?? 99) - (order.get(b.chapter) ?? 99));
  })();
  return cached;
}

/** Lesson URL (without `#…`) to lesson title, for "Revisit the lesson" links. */
export async function getLessonTitles(): Promise<Record<string, string>> {
  const { lessons } = await getCourse();
  return Object.fromEntries(lessons.map((l) => [l.url, l.entry.data.title]));
}
