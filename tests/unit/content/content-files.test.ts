import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import { lessonSchema } from '../../../src/schemas/lesson.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';
import { formatIssues } from '../../../src/schemas/format-issues.ts';
import { readLessons, readYamlFolder } from './load-content.ts';

/**
 * Every content file passes its schema. Astro checks this during the build too; running it here
 * gives authors the same messages in a second, without a build.
 */
describe('content files', () => {
  const cases = [
    ['chapters', readYamlFolder('chapters'), chapterSchema],
    ['quizzes', readYamlFolder('quizzes'), quizSchema],
    ['scenarios', readYamlFolder('scenarios'), scenarioSchema],
    ['lessons', readLessons(), lessonSchema],
  ] as const;

  for (const [kind, files, schema] of cases) {
    for (const f of files) {
      it(`${f.file} is a valid ${kind.slice(0, -1)}`, () => {
        const result = schema.safeParse(f.data);
        expect(result.success ? '' : formatIssues(f.file, result.error)).toBe('');
      });
    }
  }

  it('names each chapter, quiz and scenario file after its slug', () => {
    for (const f of readYamlFolder('chapters')) expect((f.data as { slug: string }).slug).toBe(f.name);
    for (const f of readYamlFolder('quizzes')) expect((f.data as { chapter: string }).chapter).toBe(f.name);
    for (const f of readYamlFolder('scenarios')) expect((f.data as { id: string }).id).toBe(f.name);
  });

  it('puts every lesson in an existing chapter folder that matches its chapter field', () => {
    const chapters = new Set(readYamlFolder('chapters').map((c) => c.name));
    for (const l of readLessons()) {
      const folder = l.file.split('/').at(-2);
      const chapter = (l.data as { chapter: string }).chapter;
      expect(chapters.has(chapter), `${l.file}: unknown chapter "${chapter}"`).toBe(true);
      expect(folder, `${l.file}: lives in folder "${folder}" but says chapter "${chapter}"`).toBe(chapter);
    }
  });
});
