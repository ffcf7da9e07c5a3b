import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citedIds } from '../../../src/utils/citations.ts';
import { contentDir, readLessons, readYamlFolder } from './load-content.ts';

/** The course issue's measurable promises, checked on the content files. */
const lessons = readLessons();
const quizzes = readYamlFolder('quizzes');
const chapters = readYamlFolder('chapters');
const glossary = parse(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as { id: string }[];

/** Words of prose: no frontmatter, imports, component tags or fenced code. */
function proseWords(body: string): number {
  return body
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][^>]*\/>/g, '')
    .replace(/<\/?[A-Z][^>]*>/g, '')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

describe('the course', () => {
  it('has seven chapters, each with lessons and a quiz', () => {
    expect(chapters).toHaveLength(7);
    for (const c of chapters) {
      expect(lessons.filter((l) => (l.data as { chapter: string }).chapter === c.name).length, c.name).toBeGreaterThan(
        0,
      );
      expect(
        quizzes.some((q) => q.name === c.name),
        `${c.name} has a quiz`,
      ).toBe(true);
    }
  });

  it.each(lessons.map((l) => [l.file, l] as const))(
    '%s has 600-1,500 words, a playground, a recap, sources and glossary links',
    (_f, l) => {
      const words = proseWords(l.body);
      expect(words, 'prose words').toBeGreaterThanOrEqual(600);
      expect(words, 'prose words').toBeLessThanOrEqual(1500);
      expect(l.body).toMatch(/<Playground scenario="[a-z0-9-]+"/);
      expect(l.body).toMatch(/^## Recap$/m);
      expect(l.body).toMatch(/\]\(\/glossary\/#[a-z0-9-]+\)/);
      // The Sources list is generated from cited facts, plus any frontmatter sources.
      const sources = ((l.data as { sources?: unknown[] }).sources?.length ?? 0) + citedIds(l.body).length;
      expect(sources, 'sources: cite a fact or list a source').toBeGreaterThan(0);
      expect(l.body).not.toMatch(/lorem ipsum|\bTODO\b|\bTBD\b|coming soon/i);
    },
  );

  it('never shows a string shaped like a real Okta API token (00 + 40 URL-safe characters)', () => {
    for (const l of lessons) expect(l.body, l.file).not.toMatch(/\b00[A-Za-z0-9_-]{40}\b/);
  });

  it('has at least 8 questions per quiz, 60 in all, and two predict questions per quiz from chapter 2 on', () => {
    let total = 0;
    for (const q of quizzes) {
      const questions = (q.data as { questions: { type: string }[] }).questions;
      total += questions.length;
      expect(questions.length, q.file).toBeGreaterThanOrEqual(8);
      const order = (chapters.find((c) => c.name === q.name)!.data as { order: number }).order;
      if (order >= 2) expect(questions.filter((x) => x.type === 'predict').length, q.file).toBeGreaterThanOrEqual(2);
    }
    expect(total).toBeGreaterThanOrEqual(60);
  });

  it('asks the classic exam question on the role of API tokens in chapter 1', () => {
    const q = quizzes.find((x) => x.name === 'tokens-at-a-glance')!;
    const text = JSON.stringify(q.data);
    for (const option of [
      /authenticate API requests/i,
      /authorize user accounts/i,
      /encrypt user passwords/i,
      /reports/i,
    ]) {
      expect(text).toMatch(option);
    }
  });

  it('defines at least 30 glossary terms, and every glossary link points at one', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
    const ids = new Set(glossary.map((g) => g.id));
    for (const l of lessons) {
      for (const m of l.body.matchAll(/\/glossary\/#([a-z0-9-]+)/g))
        expect(ids.has(m[1]!), `${l.file}: #${m[1]}`).toBe(true);
    }
  });
});
