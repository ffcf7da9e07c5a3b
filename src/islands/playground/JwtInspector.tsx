/**
 * The JWT inspector, loaded with `import()` the first time a Bearer JWT is in the header (see
 * PlaygroundFull.tsx), so pages that only teach SSWS never download it.
 */
import { useEffect, useState } from 'preact/hooks';
import { decodeForInspector, type ClaimRow, type Verdicts } from '../../domain/playground/jwt-inspect.ts';
import { now } from '../../domain/playground/selectors.ts';
import { ClaimTable } from './ClaimTable.tsx';
import type { PanelProps } from './types.ts';
import { useStore } from './use-store.ts';

const meaning = (r: ClaimRow) => r.meaning;

export function JwtInspector({ store, token }: PanelProps & { token: string }) {
  // The verdicts can change whenever the org does (clock, revocations), so they are asked for again.
  const org = useStore(store, (s) => s.org);
  const time = useStore(store, now);
  const [v, setV] = useState<Verdicts | null>(null);
  useEffect(() => {
    let current = true;
    setV(null);
    if (!org) return;
    void store.verdicts(token).then((answer) => current && setV(answer));
    // A late answer for an older token or org is dropped.
    return () => {
      current = false;
    };
  }, [store, token, org]);

  if (!org) return null;
  const view = decodeForInspector(token, time);
  return (
    <section class="pg-jwt" aria-label="JWT inspector">
      <h3>JWT inspector</h3>
      {!view.ok ? (
        <p>{view.reason}</p>
      ) : (
        <>
          <p>
            {view.kind === 'not-okta'
              ? `This token is signed with ${view.alg}, so it is not an Okta access token: Okta signs access tokens with RS256.`
              : view.kind === 'access'
                ? 'This is an access token.'
                : 'This is probably an ID token: it proves a sign-in and must never be sent to an API.'}{' '}
            Anyone can decode these parts; only the signature proves who made them.
          </p>
          <dl class="pg-verdicts">
            <dt>Signature</dt>
            <dd class={v ? (v.signature.ok ? 'is-ok' : 'is-bad') : ''}>{v ? v.signature.text : 'Checking…'}</dd>
            <dt>Accepted by Okta</dt>
            <dd class={v ? (v.accepted.ok ? 'is-ok' : 'is-bad') : ''}>{v ? v.accepted.text : 'Checking…'}</dd>
          </dl>
          <ClaimTable caption="Header" rows={view.header} noteHeading="Meaning" note={meaning} />
          <ClaimTable caption="Claims" rows={view.claims} noteHeading="Meaning" note={meaning} />
        </>
      )}
    </section>
  );
}
