/**
 * A tiny JSON tokenizer for the playground's response view. The island renders each token as a
 * text span with a class, so highlighting needs neither Shiki nor HTML strings.
 *
 * It never rejects input: anything that is not JSON comes back as `plain` text, and joining the
 * tokens' `text` always gives the input back exactly.
 */

/** What a run of text is; `plain` covers punctuation, whitespace and anything unrecognised. */
export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'plain';

export interface JsonToken {
  kind: JsonTokenKind;
  text: string;
}

// One alternative per kind; the sticky flag makes each match start where the last one ended.
// 1: a key (a string followed by a colon), 2: any other string (possibly unterminated),
// 3: number, 4: literal. Anything else is plain text.
const TOKEN =
  /("(?:[^"\\\n]|\\.)*")(?=\s*:)|("(?:[^"\\\n]|\\.)*"?)|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)\b|[^"\d\-tfn]+|[\s\S]/y;

/**
 * Splits JSON text into highlightable tokens. Adjacent plain text is merged, so a pretty-printed
 * body of N values gives about 2N tokens.
 *
 * @example
 * tokenizeJson('{"a": 1}')
 * // [{kind:'plain',text:'{'},{kind:'key',text:'"a"'},{kind:'plain',text:': '},{kind:'number',text:'1'},{kind:'plain',text:'}'}]
 */
export function tokenizeJson(text: string): JsonToken[] {
  const out: JsonToken[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text))) {
    const kind: JsonTokenKind = m[1] ? 'key' : m[2] ? 'string' : m[3] ? 'number' : m[4] ? 'literal' : 'plain';
    const last = out[out.length - 1];
    if (kind === 'plain' && last?.kind === 'plain') last.text += m[0];
    else out.push({ kind, text: m[0] });
  }
  return out;
}
