import { missedReview, nextReview } from '../quiz/review-schedule.ts';
import { emptyProgress, MAX_EXAMS, type Progress, type ProgressAction, type QuizProgress } from './types.ts';

/**
 * Applies one action to progress and returns the new value. Never mutates its input; returns the
 * same object when nothing changed, so callers can skip a save.
 *
 * @example
 * const p = reduceProgress(emptyProgress(), { type: 'goal-met', scenario: 'b-revoke-current', at: 1 });
 * p.goals['b-revoke-current'] // 1
 */
export function reduceProgress(state: Progress, action: ProgressAction): Progress {
  switch (action.type) {
    case 'lesson-visited': {
      if (state.lessons[action.lesson]) return state;
      return { ...state, lessons: { ...state.lessons, [action.lesson]: { visitedAt: action.at } } };
    }
    case 'lesson-completed': {
      const prev = state.lessons[action.lesson];
      if (prev?.completedAt !== undefined) return state;
      const lesson = { visitedAt: prev?.visitedAt ?? action.at, completedAt: action.at };
      return { ...state, lessons: { ...state.lessons, [action.lesson]: lesson } };
    }
    case 'goal-met': {
      // Meeting a lesson's exercise goal completes the lesson, even if the goal was met before
      // (in the free playground, or another lesson with the same scenario).
      const withLesson = action.lesson
        ? reduceProgress(state, { type: 'lesson-completed', lesson: action.lesson, at: action.at })
        : state;
      if (withLesson.goals[action.scenario] !== undefined) return withLesson;
      return { ...withLesson, goals: { ...withLesson.goals, [action.scenario]: action.at } };
    }
    case 'quiz-attempt': {
      const prev = state.quizzes[action.chapter];
      // Cross-multiplied so 4/5 and 8/10 compare as equal without floating point.
      const better = !prev || action.score * prev.bestTotal > prev.bestScore * action.total;
      const quiz: QuizProgress = {
        attempts: (prev?.attempts ?? 0) + 1,
        bestScore: better ? action.score : prev.bestScore,
        bestTotal: better ? action.total : prev.bestTotal,
        lastScore: action.score,
        lastTotal: action.total,
        lastAt: action.at,
      };
      const keys = action.missed.map((id) => `${action.chapter}/${id}`);
      return {
        ...state,
        quizzes: { ...state.quizzes, [action.chapter]: quiz },
        review: withMissed(state, keys, action.at),
      };
    }
    case 'review-answer': {
      const item = state.review[action.question];
      if (!item) return state;
      const next = nextReview(item, action.correct, action.at);
      const review = { ...state.review };
      if (next) review[action.question] = next;
      else delete review[action.question];
      return { ...state, review };
    }
    case 'exam-result': {
      const { score, total, seconds, byChapter, at } = action;
      const exams = [...state.exams, { at, score, total, seconds, byChapter }].slice(-MAX_EXAMS);
      return { ...state, exams, review: withMissed(state, action.missed, at) };
    }
    case 'quiz-layout':
      return state.prefs.quizLayout === action.layout
        ? state
        : { ...state, prefs: { ...state.prefs, quizLayout: action.layout } };
    case 'import':
      return action.progress;
    case 'reset':
      return emptyProgress();
  }
}

/** Review with every key in `keys` (re)started at the first step. */
function withMissed(state: Progress, keys: readonly string[], at: number): Progress['review'] {
  if (keys.length === 0) return state.review;
  const review = { ...state.review };
  for (const key of keys) review[key] = missedReview(at);
  return review;
}
