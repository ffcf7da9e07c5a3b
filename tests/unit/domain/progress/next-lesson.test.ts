import { describe, expect, it } from 'vitest';
import { nextLesson } from '../../../../src/domain/progress/next-lesson.ts';
import { reduceProgress } from '../../../../src/domain/progress/reducer.ts';
import { emptyProgress, type ProgressAction } from '../../../../src/domain/progress/types.ts';

const t0 = Date.UTC(2026, 0, 1);
const course = ['/learn/a/one/', '/learn/a/two/', '/learn/b/three/', '/learn/b/four/'];
const after = (actions: [ProgressAction['type'] & ('lesson-visited' | 'lesson-completed'), number][]) =>
  actions.reduce(
    (p, [type, i], n) => reduceProgress(p, { type, lesson: course[i]!, at: t0 + n * 1000 }),
    emptyProgress(),
  );

describe('nextLesson', () => {
  it.each([
    ['nothing before the reader has opened a lesson', [], undefined],
    ['the lesson the reader is in, until it is completed', [['lesson-visited', 1]], 1],
    ['the lesson after the one just completed', [['lesson-completed', 0]], 1],
    [
      'the first open lesson after the last one completed, skipping completed ones',
      [
        ['lesson-completed', 2],
        ['lesson-completed', 0],
        ['lesson-completed', 1],
      ],
      3,
    ],
    [
      'an open lesson earlier in the course when everything after the last one is done',
      [
        ['lesson-completed', 3],
        ['lesson-completed', 2],
      ],
      0,
    ],
    [
      'the most recently opened lesson, wherever it is in the course',
      [
        ['lesson-completed', 0],
        ['lesson-visited', 3],
      ],
      3,
    ],
    ['nothing once every lesson is completed', [0, 1, 2, 3].map((i) => ['lesson-completed', i]), undefined],
  ] as const)('gives %s', (_name, actions, expected) => {
    const p = after(actions as unknown as Parameters<typeof after>[0]);
    expect(nextLesson(p, course)).toBe(expected === undefined ? undefined : course[expected]);
  });

  it('ignores lessons no longer in the course', () => {
    const p = reduceProgress(emptyProgress(), { type: 'lesson-completed', lesson: '/learn/gone/old/', at: t0 });
    expect(nextLesson(p, course)).toBeUndefined();
  });
});
