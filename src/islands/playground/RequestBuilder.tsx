/** Method, path, credential, headers and body; "Send request" submits. */
import { looksLikeRealOktaToken } from '../../domain/okta-sim/index';
import { looksLikeJwt, parseAuthorization } from '../../domain/playground/authorization';
import { describeBody, methodSendsBody } from '../../domain/playground/body-text';
import { pathSuggestions } from '../../domain/playground/endpoints';
import { parseHeaderLines } from '../../domain/playground/header-lines';
import { choiceForHeader, entryText, headerFor } from '../../domain/playground/keychain';
import { METHODS, isMethod } from '../../domain/playground/request';
import { Field } from './Field';
import type { PlaygroundApi } from './types';

export function RequestBuilder({
  api,
  custom,
  setCustom,
}: {
  api: PlaygroundApi;
  custom: boolean;
  setCustom: (c: boolean) => void;
}) {
  const { uid, session, req, setReq } = api;
  const keychain = session?.keychain ?? [];
  const id = (s: string) => `${uid}-${s}`;
  const choice = custom && !req.authorization.trim() ? 'custom' : choiceForHeader(req.authorization, keychain);
  const users = session?.sim.console.listUsers() ?? [];
  const tokens = session?.sim.console.listApiTokens() ?? [];
  const suggestions = pathSuggestions({
    userId: users[5]?.id ?? users[0]?.id,
    groupId: session?.groupId,
    tokenId: tokens[tokens.length - 1]?.id,
  });
  const real = looksLikeRealOktaToken(`${req.path} ${req.authorization} ${req.headerText} ${req.body}`);
  const hasBody = methodSendsBody(req.method);
  const bodyHint = describeBody(req.method, req.body);
  const headerErrors = parseHeaderLines(req.headerText).errors;
  const auth = parseAuthorization(req.authorization);

  const pick = (v: string) => {
    setCustom(v === 'custom');
    const entry = keychain.find((e) => `key:${e.key}` === v);
    if (entry) setReq({ ...req, authorization: headerFor(entry) });
    else if (v === 'none') setReq({ ...req, authorization: '' });
    else document.getElementById(id('auth'))?.focus();
  };

  return (
    <form
      class="pg-builder"
      onSubmit={(e) => {
        e.preventDefault();
        void api.send();
      }}
    >
      <div class="pg-row">
        <Field id={id('method')} label="Method">
          <select
            id={id('method')}
            value={req.method}
            onChange={(e) => {
              const m = e.currentTarget.value;
              if (isMethod(m)) setReq({ ...req, method: m });
            }}
          >
            {METHODS.map((m) => (
              <option>{m}</option>
            ))}
          </select>
        </Field>
        <Field id={id('path')} label="Path">
          <input
            type="text"
            id={id('path')}
            class="pg-grow"
            value={req.path}
            list={id('paths')}
            maxLength={2000}
            spellcheck={false}
            autoComplete="off"
            onInput={(e) => setReq({ ...req, path: e.currentTarget.value })}
          />
          <datalist id={id('paths')}>
            {suggestions.map((s) => (
              <option value={s.path}>{s.methods}</option>
            ))}
          </datalist>
        </Field>
      </div>
      <Field id={id('cred')} label="Credential">
        <select id={id('cred')} value={choice} onChange={(e) => pick(e.currentTarget.value)}>
          <option value="none">No Authorization header</option>
          {keychain.map((e) => (
            <option value={`key:${e.key}`}>{entryText(e)}</option>
          ))}
          <option value="custom">Custom value</option>
        </select>
      </Field>
      <Field
        id={id('auth')}
        label="Authorization header"
        hint="The exact header value. Leave it empty to send no Authorization header."
      >
        <input
          type="text"
          id={id('auth')}
          class="pg-mono"
          value={req.authorization}
          maxLength={4000}
          spellcheck={false}
          autoComplete="off"
          aria-describedby={id('auth-hint')}
          onInput={(e) => setReq({ ...req, authorization: e.currentTarget.value })}
        />
      </Field>
      {auth.kind === 'ssws' && auth.credential && (
        <p class="pg-note">
          An SSWS value is opaque: nothing can be decoded from it. Okta hashes it and looks the hash up.
        </p>
      )}
      {auth.kind === 'bearer' && auth.credential && !looksLikeJwt(auth.credential) && (
        <p class="pg-note">
          This Bearer value is not a JWT (three parts separated by dots), so it cannot be an access token.
        </p>
      )}
      {real && (
        <div class="pg-warn" role="alert">
          <strong>This looks like a real Okta API token.</strong> Nothing here leaves your browser, and the playground
          keeps it out of history and share links. If it is real, treat it as exposed: revoke it in your org (Security
          &gt; API &gt; Tokens) and create a new one.
        </div>
      )}
      <details class="pg-more">
        <summary>Other headers</summary>
        <Field id={id('headers')} label="Other headers" hint="One Name: value per line.">
          <textarea
            id={id('headers')}
            class="pg-mono"
            rows={2}
            maxLength={4000}
            value={req.headerText}
            spellcheck={false}
            aria-describedby={id('headers-hint')}
            onInput={(e) => setReq({ ...req, headerText: e.currentTarget.value })}
          />
        </Field>
        {headerErrors.map((er) => (
          <p class="pg-error">
            Line {er.line}: {er.message}
          </p>
        ))}
      </details>
      {hasBody && (
        <Field
          id={id('body')}
          label="Body"
          hint={bodyHint.kind === 'malformed' ? bodyHint.message : 'JSON. Leave empty to send no body.'}
        >
          <textarea
            id={id('body')}
            class="pg-mono"
            rows={5}
            maxLength={20000}
            value={req.body}
            spellcheck={false}
            aria-describedby={id('body-hint')}
            onInput={(e) => setReq({ ...req, body: e.currentTarget.value })}
          />
        </Field>
      )}
      <button type="submit" class="btn btn-primary" disabled={!session}>
        Send request
      </button>
    </form>
  );
}
