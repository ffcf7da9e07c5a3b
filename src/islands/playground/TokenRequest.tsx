/**
 * What "Issue access token" stands for: the `POST /oauth2/v1/token` request the app sends, its
 * client assertion decoded, and Okta's answer (token-exchange.ts says what is shown as the app
 * would send it and what comes from the simulator). Loaded with the service-app panel.
 */
import type { AssertionClaim, TokenExchange } from '../../domain/playground/token-exchange.ts';
import { ClaimTable } from './ClaimTable.tsx';

const rule = (r: AssertionClaim) => r.rule;

export function TokenRequest({ x, app, uid }: { x: TokenExchange; app: string; uid: string }) {
  const h = `${uid}-tokreq-h`;
  const form = x.form.map(([k, v]) => `${k}=${v}`).join('\n&');
  const answer = { ...x.response, access_token: `${x.response.access_token.slice(0, 24)}…` };
  return (
    <section class="pg-once" aria-labelledby={h}>
      <h4 id={h}>Token request for {app}</h4>
      <p>The app sends this to the org authorization server, which answers with the access token:</p>
      <pre class="pg-json" tabIndex={0} aria-label="Token request">
        <code>{`POST ${x.url}\nContent-Type: application/x-www-form-urlencoded\nAccept: application/json\n\n${form}`}</code>
      </pre>
      <p>
        The client assertion is a JWT the app signs with its private key. The lab registers no key for the app and its
        authorization server checks no assertion, so here are the parts the app would sign:
      </p>
      <ClaimTable caption="Client assertion: header" rows={x.assertionHeader} noteHeading="Rule" note={rule} />
      <ClaimTable caption="Client assertion: claims" rows={x.assertionClaims} noteHeading="Rule" note={rule} />
      <pre class="pg-json" tabIndex={0} aria-label="Token response">
        <code>{`200 OK\n${JSON.stringify(answer, null, 2)}`}</code>
      </pre>
      <p class="pg-note">
        Access tokens with Okta's scopes live one hour. The full token is saved in your app's keychain and selected in
        "Credential".
      </p>
    </section>
  );
}
