import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { factFiles } from './loaders/fact-files.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { factSchema } from './schemas/fact.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { quizSchema } from './schemas/quiz.ts';
import { scenarioSchema } from './schemas/scenario.ts';
import { sourceSchema } from './schemas/source.ts';
import { taskSchema } from './schemas/task.ts';

/** Content is data: every collection is validated by its schema in `src/schemas/`. */
export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/chapters' }),
    schema: chapterSchema,
  }),
  lessons: defineCollection({
    // `<chapter>/<NN>-<slug>.mdx`; the id keeps the folder, the route drops the number.
    loader: glob({ pattern: '**/*.mdx', base: './src/content/lessons' }),
    schema: lessonSchema,
  }),
  quizzes: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/quizzes' }),
    schema: quizSchema,
  }),
  scenarios: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/scenarios' }),
    schema: scenarioSchema,
  }),
  // Hands-on tasks: a scenario whose goal is a list of checks, and the brief around it.
  tasks: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/tasks' }),
    schema: taskSchema,
  }),
  // The evidence: one YAML list of facts per chapter (`src/content/facts/<chapter>.yaml`), and
  // the documents they cite (`src/content/sources.yaml`). /facts/ shows both.
  facts: defineCollection({
    loader: factFiles(),
    schema: factSchema,
  }),
  sources: defineCollection({
    loader: file('./src/content/sources.yaml'),
    schema: sourceSchema,
  }),
  glossary: defineCollection({
    loader: file('./src/content/glossary.yaml'),
    schema: glossaryEntrySchema,
  }),
};
