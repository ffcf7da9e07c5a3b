import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readProgressFile } from '../../../../src/domain/progress/import-file.ts';
import { emptyProgress } from '../../../../src/domain/progress/types.ts';

const now = Date.UTC(2026, 0, 1);

describe('readProgressFile', () => {
  it('reads an exported progress file', async () => {
    const text = JSON.stringify(emptyProgress());
    expect(await readProgressFile(text.length, () => text, now)).toEqual({
      ok: true,
      progress: emptyProgress(),
      migrated: false,
    });
  });

  it('refuses a file that is too large without reading it', async () => {
    let read = false;
    const result = await readProgressFile(
      MAX_IMPORT_BYTES + 1,
      () => {
        read = true;
        return '{}';
      },
      now,
    );
    expect(result).toEqual({ ok: false, code: 'too-large' });
    expect(read).toBe(false);
  });

  it.each([
    ['plain text', 'hello'],
    ['cut-off JSON', '{"version": 2,'],
    ['an empty file', ''],
  ])('says %s is not JSON', async (_name, text) => {
    expect(await readProgressFile(text.length, () => text, now)).toEqual({ ok: false, code: 'not-json' });
  });

  it.each([
    ['an object of another shape', '{"version":2}', 'progress.lessons is not valid'],
    ['a JSON array', '[1, 2]', 'progress is not valid'],
    ['a JSON string', '"progress"', 'progress is not valid'],
  ])('says %s is JSON but not progress, naming the field', async (_name, text, reason) => {
    expect(await readProgressFile(text.length, () => text, now)).toEqual({ ok: false, code: 'not-progress', reason });
  });

  it('migrates an older export', async () => {
    const text = JSON.stringify({ version: 1, visited: ['/learn/a/b/'], completed: [], quizBest: {} });
    const result = await readProgressFile(text.length, () => text, now);
    expect(result).toMatchObject({
      ok: true,
      migrated: true,
      progress: { lessons: { '/learn/a/b/': { visitedAt: now } } },
    });
  });
});
