/**
 * Builds a request's trace: checks are recorded in pipeline order, and whatever the request
 * never reached is appended as `skip` when the response is built.
 */
import { CHECK_INFO, checkSummary, SSWS_PATH, type TraceCheck } from './trace-checks.ts';
import type { Basis, TraceStep } from '../types.ts';

export class TraceBuilder {
  /** The steps recorded so far; always a prefix of `path`. */
  readonly steps: TraceStep[] = [];
  /** The checks of the branch this request takes; switches to the Bearer list on `Bearer`. */
  path: readonly TraceCheck[] = SSWS_PATH;

  /** Records a passed check; `basis` defaults to the check's own basis. */
  pass(check: TraceCheck, detail?: string, basis?: Basis): void {
    this.add(check, 'pass', detail, basis);
  }

  /** Records the failed check that decides the response. */
  fail(check: TraceCheck, detail?: string, basis?: Basis): void {
    this.add(check, 'fail', detail, basis);
  }

  /** The full trace: recorded steps, then every remaining check of the branch as `skip`. */
  finish(): TraceStep[] {
    for (let i = this.steps.length; i < this.path.length; i++) {
      const check = this.path[i] as TraceCheck;
      this.steps.push({ check, outcome: 'skip', summary: checkSummary(check, 'skip'), basis: CHECK_INFO[check][1] });
    }
    return this.steps;
  }

  private add(check: TraceCheck, outcome: 'pass' | 'fail', detail?: string, basis?: Basis): void {
    const step: TraceStep = {
      check,
      outcome,
      summary: checkSummary(check, outcome),
      basis: basis ?? CHECK_INFO[check][1],
    };
    // Details may quote the request (a path, a kid); keep a hostile 200 KB value out of the UI.
    if (detail !== undefined) step.detail = detail.length > 300 ? `${detail.slice(0, 299)}…` : detail;
    this.steps.push(step);
  }
}
