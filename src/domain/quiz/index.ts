/** The quiz domain's public edge: content types, grading, shuffling, scoring, exam and review. */
export { drawExam, EXAM_SIZE, examShares } from './exam.ts';
export { gradeAnswer } from './grade.ts';
export { correctAnswer, viewOptions, type ViewOption } from './options.ts';
export { isDue, missedReview, nextReview, REVIEW_INTERVAL_DAYS, type ReviewState } from './review-schedule.ts';
export { PASS_PERCENT, scoreByChapter, scoreResults, type Score } from './score.ts';
export { optionOrder, seededRandom, shuffle } from './shuffle.ts';
export * from './types.ts';
