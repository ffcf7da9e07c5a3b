/**
 * "Copy as curl": the request the reader built, as a shell command they could adapt for their own
 * org. By default every credential is replaced by an environment variable (`$OKTA_API_TOKEN` for
 * SSWS, `$OKTA_ACCESS_TOKEN` for Bearer), so a copied command never carries a token value.
 */
import { parseAuthorization } from './authorization.ts';

export interface CurlInput {
  method: string;
  /** Full URL: the org URL plus the path. */
  url: string;
  /** The Authorization header value; empty means none. */
  authorization: string;
  /** Other headers, in order. */
  headers: readonly (readonly [string, string])[];
  /** Raw body, or undefined for none. */
  body?: string | undefined;
}

/** A known secret (keychain value) and the variable that stands for it. */
export interface CurlSecret {
  value: string;
  variable: string;
}

export interface CurlOptions {
  /** Show credential values instead of variables (the reader asked for them). */
  reveal?: boolean;
  /** Values to replace wherever they appear (path, headers, body) unless `reveal`. */
  secrets?: readonly CurlSecret[];
}

/** An argument as literal text and variable references, quoted as one shell word. */
type Part = string | { variable: string };

/** Variable for a credential sent with a scheme. */
function variableFor(scheme: string): string {
  return /^(bearer|dpop)$/i.test(scheme) ? 'OKTA_ACCESS_TOKEN' : 'OKTA_API_TOKEN';
}

/**
 * Builds a POSIX-shell curl command.
 *
 * @example
 * toCurl({ method: 'GET', url: 'https://tokenlab.okta.example/api/v1/users', authorization: 'SSWS 00LAB.x', headers: [] })
 * // curl 'https://tokenlab.okta.example/api/v1/users' \
 * //   -H "Authorization: SSWS $OKTA_API_TOKEN"
 */
export function toCurl(req: CurlInput, options: CurlOptions = {}): string {
  const secrets = options.reveal ? [] : (options.secrets ?? []).filter((s) => s.value.length > 0);
  const hide = (text: string): Part[] => splitSecrets(text, secrets);
  const method = req.method.toUpperCase();
  const args: Part[][] = [];
  if (method !== 'GET') args.push(['-X'], [method]);
  args.push(hide(req.url));
  const auth = parseAuthorization(req.authorization);
  if (auth.kind !== 'none') {
    const head = `Authorization: ${auth.scheme ? auth.scheme + ' ' : ''}`;
    const cred: Part[] =
      options.reveal || !auth.credential ? [auth.credential] : [{ variable: variableFor(auth.scheme) }];
    args.push(['-H'], [head, ...cred]);
  }
  for (const [name, value] of req.headers) args.push(['-H'], hide(`${name}: ${value}`));
  if (req.body !== undefined) args.push(['--data-raw'], hide(req.body));
  // Options and their values go on one line; each option after the first starts a continued line.
  return `curl${args
    .map(quoteWord)
    .map((w, i) => (i > 0 && w.startsWith('-') ? ` \\\n  ${w}` : ` ${w}`))
    .join('')}`;
}

/** Splits text around secret values, longest first, so one secret never hides inside another. */
function splitSecrets(text: string, secrets: readonly CurlSecret[]): Part[] {
  let parts: Part[] = [text];
  for (const s of [...secrets].sort((a, b) => b.value.length - a.value.length)) {
    parts = parts.flatMap((p) => {
      if (typeof p !== 'string' || !p.includes(s.value)) return [p];
      const out: Part[] = [];
      p.split(s.value).forEach((piece, i) => {
        if (i > 0) out.push({ variable: s.variable });
        if (piece) out.push(piece);
      });
      return out;
    });
  }
  return parts;
}

/** Text in single quotes, where nothing expands; a `'` inside becomes `'\''`. */
function singleQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Characters that never need quoting in a POSIX shell word. */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Literal text that can sit inside double quotes unchanged (no expansion, no history `!`). */
const DQ_SAFE = /^[^"\\$`!]*$/;

/**
 * Quotes one shell word. Pure literals use single quotes (or none when safe); words with
 * variables use double quotes when the literal text allows it, else single-quoted literals
 * glued to double-quoted variables (`'a$b'"$VAR"`), which is correct in every POSIX shell.
 */
export function quoteWord(parts: readonly Part[]): string {
  const hasVar = parts.some((p) => typeof p !== 'string');
  if (!hasVar) {
    const text = (parts as string[]).join('');
    return SAFE.test(text) ? text : singleQuote(text);
  }
  if (parts.every((p) => typeof p !== 'string' || DQ_SAFE.test(p))) {
    let out = '"';
    parts.forEach((p, i) => {
      if (typeof p === 'string') out += p;
      else {
        const next = parts[i + 1];
        const glued = typeof next === 'string' && /^\w/.test(next);
        out += glued ? `\${${p.variable}}` : `$${p.variable}`;
      }
    });
    return out + '"';
  }
  return parts.map((p) => (typeof p === 'string' ? singleQuote(p) : `"$${p.variable}"`)).join('');
}
