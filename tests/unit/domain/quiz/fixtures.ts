import type { Question, Quiz } from '../../../../src/domain/quiz/index.ts';

const lesson = '/learn/inside-a-request/how-okta-checks-a-token/#the-checks-in-order';
const opt = (text: string, correct = false) => ({ text, correct, explanation: `${text} because.` });

export const single: Question = {
  type: 'single',
  id: 'single',
  prompt: 'Which header?',
  lesson,
  options: [opt('Authorization', true), opt('X-Token'), opt('Cookie')],
};
export const multiple: Question = {
  type: 'multiple',
  id: 'multiple',
  prompt: 'Which are true?',
  lesson,
  options: [opt('A', true), opt('B'), opt('C', true), opt('D')],
};
export const trueFalse: Question = {
  type: 'truefalse',
  id: 'tf',
  prompt: 'Tokens never expire.',
  lesson,
  answer: false,
  explanations: { true: 'No: idle tokens expire.', false: 'Right: idle tokens expire.' },
};
export const predict: Question = {
  type: 'predict',
  id: 'predict',
  prompt: 'What comes back?',
  lesson,
  scenario: 'b-revoke-current',
  answer: '401 E0000011',
  options: [
    { outcome: '200', explanation: 'Revoked tokens do not work.' },
    { outcome: '401 E0000011', label: '401 E0000011 Invalid token provided', explanation: 'Right.' },
    { outcome: '403 E0000006', explanation: 'That is a permission problem.' },
  ],
};
export const order: Question = {
  type: 'order',
  id: 'order',
  prompt: 'Put the checks in order.',
  lesson,
  steps: [
    { text: 'Read the header', explanation: 'First.' },
    { text: 'Find the token', explanation: 'Second.' },
    { text: 'Check the role', explanation: 'Third.' },
    { text: 'Check the rate limit', explanation: 'Fourth.' },
  ],
};

/** A quiz of `n` single-choice questions for chapter `chapter`. */
export function quizOf(chapter: string, n: number): Quiz {
  return {
    chapter,
    questions: Array.from({ length: n }, (_, i) => ({ ...single, id: `q${i + 1}` })),
  };
}
