/** The quiz domain's public edge: content types, grading, shuffling, scoring, exam and review. */
export { drawExam, EXAM_SIZE, examShares } from './exam';
export { gradeAnswer } from './grade';
export { correctAnswer, viewOptions, type ViewOption } from './options';
export { isDue, missedReview, nextReview, REVIEW_INTERVAL_DAYS, type ReviewState } from './review-schedule';
export { PASS_PERCENT, scoreByChapter, scoreResults, type Score } from './score';
export { optionOrder, seededRandom, shuffle } from './shuffle';
export * from './types';
