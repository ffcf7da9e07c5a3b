/**
 * The words of an item: the situation as sentences a reader can reason from, and each option's
 * response and deciding check. Everything here is derived from the situation and the
 * simulator's outcome; no answer is written by hand.
 */
import { checkLabel, type AdminRole } from '../okta-sim/index.ts';
import { logsShare } from './neighbours.ts';
import { bodyText, MISSING_USER_ID, type SimOutcome } from './simulate.ts';
import { PLACE_IP, usesAccessToken, type HeaderKind, type NetworkRule, type Situation } from './situation.ts';

const ROLE_NAME: Record<AdminRole, string> = {
  SUPER_ADMIN: 'super admin',
  ORG_ADMIN: 'org admin',
  GROUP_ADMIN: 'group admin',
  GROUP_MEMBERSHIP_ADMIN: 'group membership admin',
  READ_ONLY_ADMIN: 'read-only admin',
};

const NETWORK: Record<NetworkRule, string> = {
  anywhere: 'it may be used from any IP',
  'office-only': 'it may be used only from the Office zone (203.0.113.0/24)',
  'any-zone':
    'it may be used from any network zone defined in Okta: Office (203.0.113.0/24) and Build servers (198.51.100.0/24)',
  'not-build-servers': 'it may be used from anywhere except the Build servers zone (198.51.100.0/24)',
};

const HEADER: Record<HeaderKind, string> = {
  ssws: 'Authorization: SSWS <the token>',
  'ssws-lowercase': 'Authorization: ssws <the token>',
  'ssws-typo': 'Authorization: SSWS <the token, with its last character mistyped>',
  'ssws-access-token': "Authorization: SSWS <the service app's access token>",
  'bearer-api-token': 'Authorization: Bearer <the API token>',
  'bearer-access-token': "Authorization: Bearer <the service app's access token>",
  basic: 'Authorization: Basic c2FtOnNlY3JldA==',
  none: 'No Authorization header.',
};

const PATH_WORDS: Record<string, string> = {
  '{ownToken}': '<the id of "Nightly sync">',
  '{otherToken}': '<the id of "Support bot", a token a super admin created>',
  '{user}': "<Noah Kim's user id>",
  '{missingUser}': MISSING_USER_ID,
};

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const list = (items: readonly string[]) => items.join(' and ');

/** The sentences that set the scene: who made the token, its history, the app, earlier calls. */
export function describeContext(s: Situation): string[] {
  const lines: string[] = [];
  const bearerOnly = s.request.header === 'bearer-access-token';
  if (!bearerOnly) {
    const role = s.creator.role ? `holds the ${ROLE_NAME[s.creator.role]} role` : 'holds no admin role any more';
    lines.push(`Sam Taylor created the API token "Nightly sync". Today Sam ${role} and is ${s.creator.status}.`);
    const { createdDaysAgo, lastUsedDaysAgo } = s.token;
    lines.push(
      lastUsedDaysAgo === null
        ? `The token was created ${days(createdDaysAgo)} ago and has not been used since.`
        : `The token was created ${days(createdDaysAgo)} ago; its last successful call was ${days(lastUsedDaysAgo)} ago.`,
    );
    lines.push(`Its network condition: ${NETWORK[s.token.network]}.`);
    if (s.token.revoked) lines.push('A super admin revoked it on the Tokens page.');
  }
  if (s.app && usesAccessToken(s)) {
    const role = s.app.role ? `holds the ${ROLE_NAME[s.app.role]} role` : 'holds no admin role';
    lines.push(
      `The service app "Reporting service" was granted ${list(s.app.granted)} and ${role}. It got an access token for ${list(s.app.requested)} with client credentials.`,
    );
  }
  if (s.burst.count > 0 || s.request.path === '/api/v1/logs') {
    const share = `In the lab, /api/v1/logs allows 120 calls a minute for the whole org; this token's share is ${s.token.ratePercent}% (${logsShare(s.token.ratePercent)} calls).`;
    const earlier =
      s.burst.count > 0
        ? ` The same call was already sent ${s.burst.count === 1 ? 'once' : `${s.burst.count} times`}, in a burst that began ${s.burst.secondsAgo} seconds ago.`
        : ' No call was sent with it in the last minute.';
    lines.push(bearerOnly ? earlier.trim() : share + earlier);
  }
  return lines;
}

/** The request as a reader would see it in a log: line, header, body, and where it comes from. */
export function describeRequest(s: Situation): string[] {
  const { method, path, header, body, from } = s.request;
  const shownPath = Object.entries(PATH_WORDS).reduce((p, [key, words]) => p.replace(key, words), path);
  const lines = [`${method} ${shownPath}`, HEADER[header]];
  const text = bodyText(body, path);
  if (method === 'POST' || method === 'PUT' || text !== undefined) {
    if (text === undefined) lines.push('No body, and no Content-Length header.');
    else if (text === '') lines.push('An empty body (Content-Length: 0).');
    else lines.push(`Body: ${text}`);
  }
  lines.push(`Sent from ${PLACE_IP[from]}.`);
  return lines;
}

/** An option's response: status, reason, and Okta's error code and summary or the Bearer error. */
export function responseText(o: SimOutcome): string {
  const head = `${o.status} ${o.statusText}`;
  if (o.errorCode) return `${head}, ${o.errorCode}: "${o.errorSummary ?? ''}"`;
  const bearerError = o.label.split(' ')[1];
  return bearerError ? `${head}, ${bearerError}` : head;
}

/** The check that decided an outcome, in words. */
export function decidedByText(o: SimOutcome): string {
  return o.failed ? `refused at the check "${checkLabel(o.failed.check)}"` : 'every check passes';
}
