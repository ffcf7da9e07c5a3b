/**
 * The trace of the lab's Fetch face (fetch.ts): the checks that only a client's own code meets
 * (the token endpoint, DPoP proofs, the lab's own rules), recorded before the request reaches
 * the Management API pipeline, whose steps (trace-checks.ts) follow. The playground's pipeline
 * never runs these, so they keep their own closed set of codes here.
 *
 * Each check names the fact it rests on, and its basis is derived from that fact's status by
 * the pipeline's own `factBasis`, so a lab badge cannot drift from the evidence either. `lab`
 * marks a rule of the lab itself (refusing real tokens, answering 501 for what it does not
 * simulate): it cites no fact because it claims nothing about Okta.
 */
import { factBasis, type FactId } from './pipeline/fact-basis.ts';
import type { Basis, TraceStep } from './types.ts';

/** A basis, or `lab` for the lab's own rules. */
export type LabBasis = Basis | 'lab';

/** One step of a lab trace: a pipeline step, or one of {@link LAB_CHECKS}. */
export interface LabTraceStep extends Omit<TraceStep, 'check' | 'basis' | 'fact'> {
  check: string;
  basis: LabBasis;
  /** The fact the step rests on (`/facts/#<id>`); absent only on the lab's own rules. */
  fact?: string;
}

type Row = readonly [label: string, fact: FactId | 'lab', pass: string, fail: string];

/** Every lab check: label, the fact it rests on (or `lab`), and its pass and fail sentences. */
export const LAB_CHECKS = {
  'lab-token-only': [
    'Lab tokens only',
    'lab',
    'The Authorization header holds no value shaped like a real Okta API token.',
    'The Authorization header holds what looks like a real Okta API token; the lab refuses it and never stores or logs it.',
  ],
  'lab-simulated': [
    'Simulated endpoint',
    'lab',
    'The lab simulates this endpoint and method.',
    'The lab does not simulate this endpoint or method, so it answers 501 rather than guess what Okta would do.',
  ],
  'token-request': [
    'Token request',
    'service-app-client-credentials',
    'A form-encoded POST asking for the client_credentials grant, the only grant service apps use.',
    'The request is not a form-encoded POST for the client_credentials grant.',
  ],
  'client-auth': [
    'Client authentication',
    'service-app-private-key-jwt',
    'The client authenticates with a private_key_jwt client assertion, as Okta requires for Okta API scopes.',
    'The client sent no client assertion, or tried another method; Okta API scopes need private_key_jwt.',
  ],
  'client-assertion': [
    'Client assertion',
    'client-assertion-claims',
    "The assertion is signed by one of the app's registered keys, with iss = sub = client id, aud = this token endpoint, a valid exp and an unused jti.",
    'The client assertion failed a check: its signature, iss, sub, aud, exp, iat or jti.',
  ],
  'dpop-proof': [
    'DPoP proof',
    'dpop-proof',
    'One DPoP header holds a JWT typed dpop+jwt, signed with an allowed algorithm by the public key in its jwk header.',
    'The DPoP proof is missing, doubled, malformed, of the wrong type or algorithm, or its signature does not verify.',
  ],
  'dpop-request-match': [
    'Proof matches request',
    'dpop-proof',
    "The proof's htm and htu name this request's method and URL.",
    "The proof's htm or htu names another method or URL than this request's.",
  ],
  'dpop-freshness': [
    'Proof is fresh',
    'dpop-proof-max-age',
    "The proof's iat is recent: not in the future and not more than five minutes old.",
    "The proof's iat is missing, in the future, or more than five minutes old.",
  ],
  'dpop-nonce': [
    'DPoP nonce',
    'dpop-nonce-lifetime',
    'The proof carries a nonce the authorization server issued in the last three days.',
    'The proof carries no current nonce: Okta answers 400 use_dpop_nonce with a fresh DPoP-Nonce header.',
  ],
  'dpop-replay': [
    'Proof used once',
    'dpop-proof-single-use',
    "The proof's jti has not been seen before.",
    "The proof's jti was already used: a DPoP proof is accepted only once.",
  ],
  'dpop-ath': [
    'Proof names the token',
    'dpop-proof',
    "The proof's ath is the SHA-256 hash of the access token it travels with.",
    'The proof has no ath, or its ath is not the hash of this access token.',
  ],
  'dpop-binding': [
    'Token bound to key',
    'dpop-token-binding',
    "The access token's cnf.jkt is the thumbprint of the key that signed the proof.",
    'The access token is not DPoP-bound, is bound to another key, or a bound token came without the DPoP scheme.',
  ],
  'token-scope': [
    'Requested scopes',
    'scopes-and-roles-tabs',
    'Every requested scope is an Okta API scope granted to the app.',
    'No scope was requested, or a requested scope was not granted to the app.',
  ],
  'token-issued': [
    'Token issued',
    'okta-scoped-token-one-hour',
    'The org authorization server issued a one-hour access token with the granted scopes.',
    'No token was issued.',
  ],
} as const satisfies Record<string, Row>;

export type LabCheck = keyof typeof LAB_CHECKS;

/** Records lab steps; the same shape as the pipeline's TraceBuilder, without skipped steps. */
export class LabTrace {
  readonly steps: LabTraceStep[] = [];

  /** Records a passed check; `fact` names another fact for a sub-case the check's own does not cover. */
  pass(check: LabCheck, detail?: string, fact?: FactId): void {
    this.add(check, 'pass', detail, fact);
  }

  /** Records a failed check; `fact` as for {@link pass}. */
  fail(check: LabCheck, detail?: string, fact?: FactId): void {
    this.add(check, 'fail', detail, fact);
  }

  private add(check: LabCheck, outcome: 'pass' | 'fail', detail?: string, override?: FactId): void {
    const [, rowFact, pass, fail] = LAB_CHECKS[check];
    const fact = override ?? (rowFact === 'lab' ? undefined : rowFact);
    const step: LabTraceStep = {
      check,
      outcome,
      summary: outcome === 'pass' ? pass : fail,
      basis: fact === undefined ? 'lab' : factBasis(fact),
    };
    if (fact !== undefined) step.fact = fact;
    if (detail !== undefined) step.detail = detail.length > 300 ? `${detail.slice(0, 299)}…` : detail;
    this.steps.push(step);
  }
}

/** Checks that grant access: on success, the trace header names the last of these that passed. */
const GRANTING = new Set(['creator-role', 'principal-role', 'token-issued']);

/**
 * The step that decided a response: the first failure, or on success the check that granted it
 * (or the last step that passed).
 */
function decidingStep(steps: readonly LabTraceStep[]): LabTraceStep | undefined {
  const failed = steps.find((s) => s.outcome === 'fail');
  if (failed) return failed;
  const passed = steps.filter((s) => s.outcome === 'pass');
  return [...passed].reverse().find((s) => GRANTING.has(s.check)) ?? passed[passed.length - 1];
}

/**
 * The value of the `X-Token-Lab-Trace` header: the deciding check, its outcome and its basis.
 *
 * @example
 * traceHeader(steps) // 'token-not-revoked; outcome=fail; basis=observed'
 */
export function traceHeader(steps: readonly LabTraceStep[]): string {
  const step = decidingStep(steps);
  return step ? `${step.check}; outcome=${step.outcome}; basis=${step.basis}` : 'none; outcome=pass; basis=lab';
}
