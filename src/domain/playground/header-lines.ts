/**
 * Parses the request builder's "Other headers" text: one `Name: value` per line. Reader input,
 * so every line is checked and nothing throws; the Authorization header has its own field.
 */

import { hasControlChar } from './text-checks.ts';

export interface HeaderLineError {
  /** 1-based line number. */
  line: number;
  message: string;
}

export interface ParsedHeaderLines {
  headers: [name: string, value: string][];
  errors: HeaderLineError[];
}

/** Header names are RFC 9110 tokens. */
const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export const MAX_HEADER_LINES = 30;
const MAX_HEADER_TEXT = 8_000;

/**
 * @example
 * parseHeaderLines('Accept: application/json\nX-Bad header')
 * // { headers: [['Accept', 'application/json']], errors: [{ line: 2, message: 'Write "Name: value" ...' }] }
 */
export function parseHeaderLines(text: string): ParsedHeaderLines {
  const out: ParsedHeaderLines = { headers: [], errors: [] };
  if (text.length > MAX_HEADER_TEXT) {
    out.errors.push({ line: 1, message: `Headers are limited to ${MAX_HEADER_TEXT} characters.` });
    return out;
  }
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    if (!raw.trim()) continue;
    if (out.headers.length >= MAX_HEADER_LINES) {
      // Reported once, on the first line past the limit; the lines after it are not read.
      out.errors.push({ line: i + 1, message: `At most ${MAX_HEADER_LINES} headers.` });
      break;
    }
    const colon = raw.indexOf(':');
    const name = colon > 0 ? raw.slice(0, colon).trim() : '';
    const value = raw.slice(colon + 1).trim();
    const message = !NAME.test(name)
      ? 'Write "Name: value"; a header name has no spaces.'
      : name.toLowerCase() === 'authorization'
        ? 'Put the Authorization header in its own field above.'
        : hasControlChar(value)
          ? 'A header value cannot contain control characters.'
          : '';
    if (message) out.errors.push({ line: i + 1, message });
    else out.headers.push([name, value]);
  }
  return out;
}

/** The reverse: one `Name: value` line per header. */
export function formatHeaderLines(headers: readonly (readonly [string, string])[]): string {
  return headers.map(([n, v]) => `${n}: ${v}`).join('\n');
}
