import { z } from 'astro/zod';
import { text } from './shared.ts';
import { outcomeLabel } from './quiz.ts';

/**
 * One check of a hands-on task's goal (a scenario's `goal.checks`), matching `TaskCheck` in
 * src/domain/tasks/types.ts, which says what each kind means. `type` names the kind; `text` is
 * the sentence the reader sees under "Task checks".
 */
const role = z.enum(['SUPER_ADMIN', 'ORG_ADMIN', 'GROUP_ADMIN', 'GROUP_MEMBERSHIP_ADMIN', 'READ_ONLY_ADMIN']);

/** A scenario key (`ci`), `new` (a token the reader created), `access` (an access token) or `none`. */
const token = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
  error: 'token is a key the scenario saved (e.g. "ci"), or "new", "access" or "none"',
});

/** Which requests a check looks at; leave a field out to match any. */
const match = z.strictObject({
  token: token.optional(),
  method: z.enum(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']).optional(),
  path: z.string().startsWith('/', { error: 'path starts with "/", e.g. /api/v1/users' }).optional(),
  outcome: outcomeLabel.optional(),
});

const said = { text: text('checks[].text', 200) };

export const taskCheckSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...said, type: z.literal('answers'), token, outcome: outcomeLabel }),
  z.strictObject({ ...said, type: z.literal('sent'), request: match }),
  z.strictObject({ ...said, type: z.literal('noFailureBetween'), from: match, to: match }),
  z.strictObject({ ...said, type: z.literal('after'), first: match, then: match }),
  z.strictObject({ ...said, type: z.literal('maxRole'), admin: z.email(), role }),
  z.strictObject({ ...said, type: z.literal('wrote'), token }),
  z.strictObject({ ...said, type: z.literal('revokedOnly'), token }),
  z.strictObject({ ...said, type: z.literal('tokenStatus'), token, status: z.enum(['ACTIVE', 'EXPIRED', 'REVOKED']) }),
  z.strictObject({
    ...said,
    type: z.literal('logHas'),
    /** An event type from the facts collection, e.g. `system.api_token.revoke`. */
    eventType: z
      .string()
      .regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/, { error: 'eventType is dotted, e.g. system.api_token.revoke' }),
    token: token.optional(),
  }),
  z.strictObject({
    ...said,
    type: z.literal('appScopes'),
    scopes: z.array(z.string().regex(/^okta\.[A-Za-z]+\.(read|manage)(\.self)?$/)).min(1),
    app: z.string().optional(),
  }),
]);
