import { describe, expect, it } from 'vitest';
import type { ScenarioSpec } from '../../../src/domain/scenarios/index.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';
import { predictMismatches } from '../../../src/utils/predict-check.ts';
import { readYamlFolder } from './load-content.ts';

/**
 * Every "predict the response" question states the outcome the simulator really produces. The
 * quiz page runs the same check during the build; this test gives authors the message without one.
 */
describe('predict questions agree with the simulator', () => {
  const scenarios = new Map<string, ScenarioSpec>();
  for (const f of readYamlFolder('scenarios')) {
    const parsed = scenarioSchema.safeParse(f.data);
    if (parsed.success) scenarios.set(f.name, parsed.data);
  }

  for (const f of readYamlFolder('quizzes')) {
    const quiz = quizSchema.safeParse(f.data);
    // A quiz that fails its schema is reported by content-files.test.ts.
    if (!quiz.success) continue;
    const count = quiz.data.questions.filter((q) => q.type === 'predict').length;
    it(`${f.file}: ${count} predict answers match the simulator`, async () => {
      expect(await predictMismatches(f.file, quiz.data, (id) => scenarios.get(id))).toEqual([]);
    });
  }
});

describe('predictMismatches', () => {
  const spec = (answer: string, scenario = 'revoked'): Parameters<typeof predictMismatches>[1] => ({
    chapter: 'c',
    questions: [
      {
        type: 'predict',
        id: 'q1',
        prompt: 'p',
        lesson: '/learn/a/b/',
        scenario,
        answer,
        options: [
          { outcome: '401 E0000011', explanation: 'e' },
          { outcome: '200', explanation: 'e' },
        ],
      },
    ],
  });
  const revoked: ScenarioSpec = {
    id: 'revoked',
    title: 'Revoked',
    description: 'A revoked token.',
    setup: [{ createToken: { name: 'CI', admin: 'super-admin', save: 'ci' } }, { revokeToken: { token: 'ci' } }],
    request: { method: 'GET', path: '/api/v1/users', authorization: 'SSWS {ci}' },
  };
  const load = (id: string) => (id === 'revoked' ? revoked : undefined);

  it('names the file, question, stated and simulated answers when they differ', async () => {
    const [message] = await predictMismatches('quizzes/x.yaml', spec('200'), load);
    expect(message).toContain('quizzes/x.yaml');
    expect(message).toContain('"q1"');
    expect(message).toContain('"200"');
    expect(message).toContain('"401 E0000011"');
  });

  it('says nothing when they agree', async () => {
    expect(await predictMismatches('quizzes/x.yaml', spec('401 E0000011'), load)).toEqual([]);
  });

  it('reports a scenario that does not exist', async () => {
    const [message] = await predictMismatches('quizzes/x.yaml', spec('200', 'nope'), load);
    expect(message).toMatch(/scenario "nope".*does not exist/);
  });
});
