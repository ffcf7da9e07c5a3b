/**
 * The JWT inspector, loaded with `import()` the first time a Bearer token is on screen, so
 * pages that only teach SSWS never download it.
 */
import { Component } from 'preact';
import type { OktaSim } from '../../domain/okta-sim/index.ts';
import { decodeForInspector, verdicts, type ClaimRow, type Verdicts } from '../../domain/playground/jwt-inspect.ts';

function Rows({ rows, caption }: { rows: ClaimRow[]; caption: string }) {
  return (
    <table class="pg-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
          <th scope="col">Meaning</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <th scope="row">
              <code>{r.name}</code>
            </th>
            <td>
              <code class="pg-wrap">{r.value}</code>
              {r.when && (
                <>
                  <br />
                  <small>{r.when}</small>
                </>
              )}
            </td>
            <td>{r.meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Props {
  token: string;
  sim: OktaSim;
  /** Changes whenever the org does (clock, revocations), which can change the verdict. */
  version: number;
}

/** A class component, so the OAuth chunk does not pull in `preact/hooks`. */
export default class JwtInspector extends Component<Props, { v: Verdicts | null }> {
  override state = { v: null as Verdicts | null };
  /** The props the verdicts in progress (or shown) were asked for; null once unmounted. */
  private asked: Props | null = null;

  override componentDidMount(): void {
    this.check();
  }

  override componentDidUpdate(): void {
    this.check();
  }

  override componentWillUnmount(): void {
    this.asked = null;
  }

  /** Asks for new verdicts when the token or the org changed; a late answer to old props is dropped. */
  private check(): void {
    const p = this.props;
    const a = this.asked;
    if (a && a.token === p.token && a.sim === p.sim && a.version === p.version) return;
    this.asked = p;
    this.setState({ v: null });
    void verdicts(p.sim, p.token).then((v) => this.asked === p && this.setState({ v }));
  }

  override render({ token, sim }: Props, { v }: { v: Verdicts | null }) {
    const view = decodeForInspector(token, sim.now());
    return (
      <section class="pg-jwt" aria-label="JWT inspector">
        <h3>JWT inspector</h3>
        {!view.ok ? (
          <p>{view.reason}</p>
        ) : (
          <>
            <p>
              This is{' '}
              {view.kind === 'access'
                ? 'an access token'
                : 'probably an ID token: it proves a sign-in and must never be sent to an API'}
              . Anyone can decode these parts; only the signature proves who made them.
            </p>
            <dl class="pg-verdicts">
              <dt>Signature</dt>
              <dd class={v ? (v.signature.ok ? 'is-ok' : 'is-bad') : ''}>{v ? v.signature.text : 'Checking…'}</dd>
              <dt>Accepted by Okta</dt>
              <dd class={v ? (v.accepted.ok ? 'is-ok' : 'is-bad') : ''}>{v ? v.accepted.text : 'Checking…'}</dd>
            </dl>
            <div class="pg-scroll">
              <Rows rows={view.header} caption="Header" />
            </div>
            <div class="pg-scroll">
              <Rows rows={view.claims} caption="Claims" />
            </div>
          </>
        )}
      </section>
    );
  }
}
