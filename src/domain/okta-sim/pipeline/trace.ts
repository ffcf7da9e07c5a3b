/**
 * Builds a request's trace: checks are recorded in pipeline order, and whatever the request
 * never reached is appended as `skip` when the response is built.
 */
import type { TraceStep } from '../types.ts';
import { factBasis, type FactId } from './fact-basis.ts';
import {
  CHECK_INFO,
  checkSummary,
  SKIP_FACT,
  SSWS_PATH,
  type CheckSentences,
  type TraceCheck,
} from './trace-checks.ts';

/** Details may quote the request (a path, a kid); this keeps a hostile 200 KB value out of the UI. */
const MAX_DETAIL = 300;

export class TraceBuilder {
  /** The steps recorded so far; always a prefix of `path`. */
  readonly steps: TraceStep[] = [];
  /** The checks of the branch this request takes: SSWS until {@link useBranch} says otherwise. */
  private path: readonly TraceCheck[] = SSWS_PATH;
  /** Sentences of the checks that ship with the branch, beside the table's own. */
  private sentences: CheckSentences = {};

  /**
   * Switches to another authentication branch: its list of checks, and the sentences of the
   * checks that only it runs. The Bearer branch calls this, so its sentences travel with its
   * lazily loaded chunk instead of being registered in a shared table.
   */
  useBranch(path: readonly TraceCheck[], sentences: CheckSentences): void {
    this.path = path;
    this.sentences = sentences;
  }

  /** Records a passed check; `fact` names a sub-case's fact instead of the check's own. */
  pass(check: TraceCheck, detail?: string, fact?: FactId): void {
    this.add(check, 'pass', detail, fact ?? CHECK_INFO[check][1]);
  }

  /** Records the failed check that decides the response; `fact` as for {@link pass}. */
  fail(check: TraceCheck, detail?: string, fact?: FactId): void {
    this.add(check, 'fail', detail, fact ?? CHECK_INFO[check][2]);
  }

  /** The full trace: recorded steps, then every remaining check of the branch as `skip`. */
  finish(): TraceStep[] {
    for (let i = this.steps.length; i < this.path.length; i++) {
      const check = this.path[i] as TraceCheck;
      const summary = checkSummary(check, 'skip');
      this.steps.push({ check, outcome: 'skip', summary, fact: SKIP_FACT, basis: factBasis(SKIP_FACT) });
    }
    return this.steps;
  }

  private add(check: TraceCheck, outcome: 'pass' | 'fail', detail: string | undefined, fact: FactId): void {
    const step: TraceStep = {
      check,
      outcome,
      summary: checkSummary(check, outcome, this.sentences),
      fact,
      basis: factBasis(fact),
    };
    if (detail !== undefined) step.detail = detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL - 1)}…` : detail;
    this.steps.push(step);
  }
}
