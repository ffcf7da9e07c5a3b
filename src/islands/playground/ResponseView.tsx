/**
 * The response: its status with the check that decided it, headers, body and the verification
 * trace. The status line can take focus (`tabIndex={-1}`), so a send on a phone can move the
 * reader straight to the answer.
 */
import type { SimResponse } from '../../domain/okta-sim/index.ts';
import { decidedBy } from '../../domain/playground/announce.ts';
import { JsonView } from './JsonView.tsx';
import { TraceList } from './TraceList.tsx';

export function ResponseView({ res, uid }: { res: SimResponse | null; uid: string }) {
  const label = `${uid}-status-label`;
  return (
    <div class="pg-response">
      <h3 id={`${uid}-response-h`}>Response</h3>
      <p class="pg-status-line" id={`${uid}-status`} tabIndex={-1}>
        <span id={label}>Response status</span>{' '}
        <output aria-labelledby={label} aria-live="off" class={res ? (res.status < 300 ? 'is-ok' : 'is-bad') : ''}>
          {res ? `${res.status} ${res.statusText}` : 'Nothing sent yet'}
        </output>
        {res && <span class="pg-decided">{decidedBy(res)}</span>}
      </p>
      {res && (
        <>
          <details class="pg-more" open>
            <summary>Headers ({Object.keys(res.headers).length})</summary>
            <dl class="pg-headers">
              {Object.entries(res.headers).map(([k, v]) => (
                <div>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          </details>
          {res.body === null ? (
            <p class="pg-note">No body.</p>
          ) : (
            <JsonView text={JSON.stringify(res.body, null, 2)} label="Response body" />
          )}
          <h4>Verification trace</h4>
          <TraceList trace={res.trace} uid={uid} />
        </>
      )}
    </div>
  );
}
