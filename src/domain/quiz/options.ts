import type { Question } from './types.ts';

/** An option as the quiz shows it, whatever the question type. */
export interface ViewOption {
  text: string;
  explanation: string;
  /** Choice questions: whether this option is (one of) the right answers. Order: always true. */
  correct: boolean;
}

/**
 * A question's options in authored order, in one shape for every type. True/false questions get
 * "True" and "False"; predict options show their label (or the bare outcome); order questions
 * list their steps.
 *
 * @example
 * viewOptions({ type: 'truefalse', answer: false, explanations: { true: 'No.', false: 'Yes.' }, id: 'x', prompt: 'p', lesson: '/learn/a/b/' })
 * // [{ text: 'True', explanation: 'No.', correct: false }, { text: 'False', explanation: 'Yes.', correct: true }]
 */
export function viewOptions(q: Question): ViewOption[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      // Already in this shape: shared, not copied (nothing changes a question's options).
      return q.options;
    case 'truefalse':
      return [
        { text: 'True', explanation: q.explanations.true, correct: q.answer },
        { text: 'False', explanation: q.explanations.false, correct: !q.answer },
      ];
    case 'predict':
      return q.options.map((o) => ({
        text: o.label ?? o.outcome,
        explanation: o.explanation,
        correct: o.outcome === q.answer,
      }));
    case 'order':
      return q.steps.map((s) => ({ ...s, correct: true }));
  }
}

/**
 * The right answer in the {@link Answer} encoding.
 *
 * @example
 * correctAnswer({ type: 'order', steps: [s, s, s], id: 'x', prompt: 'p', lesson: '/learn/a/b/' }) // [0, 1, 2]
 */
export function correctAnswer(q: Question): number[] {
  const options = viewOptions(q);
  if (q.type === 'order') return options.map((_, i) => i);
  return options.flatMap((o, i) => (o.correct ? [i] : []));
}
