/** Method, path, credential, headers and body; "Send request" submits. */
import { looksLikeJwt, parseAuthorization } from '../../domain/playground/authorization.ts';
import { bodyProblem, methodSendsBody } from '../../domain/playground/body-text.ts';
import { parseHeaderLines } from '../../domain/playground/header-lines.ts';
import { entryText } from '../../domain/playground/keychain.ts';
import { METHODS, isMethod, type BuiltRequest } from '../../domain/playground/request.ts';
import { withMethod } from '../../domain/playground/sample-body.ts';
import { credentialChoice, keychain, paths, requestHoldsRealToken } from '../../domain/playground/selectors.ts';
import { Field } from './Field.tsx';
import type { PanelProps } from './types.ts';
import { useStore } from './use-store.ts';

type Text = 'path' | 'authorization' | 'headerText' | 'body';

export function RequestBuilder({ store, uid }: PanelProps) {
  const req = useStore(store, (s) => s.request);
  const loaded = useStore(store, (s) => s.org !== null);
  const saved = useStore(store, keychain);
  const choice = useStore(store, credentialChoice);
  const suggestions = useStore(store, paths);
  const real = useStore(store, requestHoldsRealToken);
  /** The request with some fields changed. */
  const edit = (patch: Partial<BuiltRequest>) => store.setRequest({ ...req, ...patch });
  const id = (s: string) => `${uid}-${s}`;
  const auth = parseAuthorization(req.authorization);
  /** Props shared by the free-text fields: monospace, no spellcheck, an edit of `key`. */
  const text = (key: Text, max: number) => ({
    id: id(key),
    class: 'pg-mono',
    maxLength: max,
    spellcheck: false,
    value: req[key],
    onInput: (e: { currentTarget: { value: string } }) => edit({ [key]: e.currentTarget.value }),
  });

  return (
    <form
      class="pg-builder"
      onSubmit={(e) => {
        e.preventDefault();
        void store.send();
      }}
    >
      <div class="pg-row">
        <Field id={id('method')} label="Method">
          <select
            id={id('method')}
            value={req.method}
            onChange={(e) => {
              // A write gets a sample JSON body, so it reaches the checks it is about (not 411 or 400).
              const m = e.currentTarget.value;
              if (isMethod(m)) store.setRequest(withMethod(req, m));
            }}
          >
            {METHODS.map((m) => (
              <option>{m}</option>
            ))}
          </select>
        </Field>
        <Field id={id('path')} label="Path">
          <input type="text" {...text('path', 2000)} class="pg-grow" list={id('paths')} autoComplete="off" />
          <datalist id={id('paths')}>
            {suggestions.map((s) => (
              <option value={s.path}>{s.methods}</option>
            ))}
          </datalist>
        </Field>
      </div>
      <Field id={id('cred')} label="Credential">
        <select
          id={id('cred')}
          value={choice}
          onChange={(e) => {
            if (store.chooseCredential(e.currentTarget.value)) document.getElementById(id('authorization'))?.focus();
          }}
        >
          <option value="none">No Authorization header</option>
          {saved.map((e) => (
            <option value={`key:${e.key}`}>{entryText(e)}</option>
          ))}
          <option value="custom">Custom value</option>
        </select>
      </Field>
      <Field
        id={id('authorization')}
        label="Authorization header"
        hint="The exact header value. Leave it empty to send no Authorization header."
      >
        <input
          type="text"
          {...text('authorization', 4000)}
          autoComplete="off"
          aria-describedby={id('authorization-hint')}
        />
      </Field>
      {auth.credential && auth.kind === 'ssws' && (
        <p class="pg-note">
          An SSWS value is opaque: nothing can be decoded from it. Okta hashes it and looks the hash up.
        </p>
      )}
      {auth.credential && auth.kind === 'bearer' && !looksLikeJwt(auth.credential) && (
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
        <Field id={id('headerText')} label="Other headers" hint="One Name: value per line.">
          <textarea {...text('headerText', 4000)} rows={2} aria-describedby={id('headerText-hint')} />
        </Field>
        {parseHeaderLines(req.headerText).errors.map((er) => (
          <p class="pg-error">
            Line {er.line}: {er.message}
          </p>
        ))}
      </details>
      {methodSendsBody(req.method) && (
        <Field id={id('body')} label="Body" hint={bodyProblem(req.body) ?? 'JSON. Leave empty to send no body.'}>
          <textarea {...text('body', 20000)} rows={5} aria-describedby={id('body-hint')} />
        </Field>
      )}
      <button type="submit" class="btn btn-primary" disabled={!loaded}>
        Send request
      </button>
    </form>
  );
}
