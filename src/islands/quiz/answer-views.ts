/**
 * The views a quiz needs only once the reader has answered: feedback, the ✓/✗ marks and the
 * chapter quiz's results screen. They are one chunk that the page does not load up front (the quiz
 * page is held to 15 KB of JavaScript): see load-answer-views.ts.
 */
export { Feedback, mark } from './Feedback.tsx';
export { Results } from './Results.tsx';
