import { z } from 'astro/zod';
import { slug, text } from './shared.ts';
import { outcomeLabel } from './quiz.ts';
import { taskCheckSchema } from './task-check.ts';

const name = z.string().trim().min(1).max(80);
const handle = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
  error: 'a saved name (admin handle, token or app key) is lowercase letters, digits and hyphens',
});
const role = z.enum(['SUPER_ADMIN', 'ORG_ADMIN', 'GROUP_ADMIN', 'GROUP_MEMBERSHIP_ADMIN', 'READ_ONLY_ADMIN']);
const scopes = z.array(z.string().regex(/^okta\.[A-Za-z]+\.(read|manage)(\.self)?$/)).min(1);

/** One setup step: an object with exactly one key naming the console action. */
const step = z.union([
  z.strictObject({
    createToken: z.strictObject({
      name,
      admin: handle,
      save: handle,
      rateLimitPercent: z.number().int().min(5).max(100).optional(),
    }),
  }),
  z.strictObject({ revokeToken: z.strictObject({ token: handle }) }),
  z.strictObject({ useToken: z.strictObject({ token: handle }) }),
  z.strictObject({
    advanceTime: z
      .strictObject({
        days: z.number().nonnegative().optional(),
        hours: z.number().nonnegative().optional(),
        minutes: z.number().nonnegative().optional(),
        seconds: z.number().nonnegative().optional(),
      })
      .refine((t) => Object.keys(t).length > 0, { error: 'advanceTime needs days, hours, minutes or seconds' }),
  }),
  z.strictObject({
    setUserStatus: z.strictObject({ admin: handle, status: z.enum(['ACTIVE', 'SUSPENDED', 'DEACTIVATED']) }),
  }),
  z.strictObject({ setAdminRole: z.strictObject({ admin: handle, role: role.nullable() }) }),
  z.strictObject({ createAdmin: z.strictObject({ login: z.email(), role, save: handle }) }),
  z.strictObject({ createServiceApp: z.strictObject({ name, scopes, role: role.nullable(), save: handle }) }),
  z.strictObject({
    issueAccessToken: z.strictObject({
      app: handle,
      scopes,
      save: handle,
      ttlSeconds: z.number().int().positive().optional(),
    }),
  }),
  z.strictObject({ createWebApp: z.strictObject({ name, save: handle }) }),
  z.strictObject({ issueIdToken: z.strictObject({ app: handle, admin: handle, save: handle }) }),
  z.strictObject({ burst: z.strictObject({ count: z.number().int().min(1).max(5000) }) }),
]);

/**
 * A playground scenario: `src/content/scenarios/<id>.yaml`. It sets up the simulated org with
 * console steps, prepares one request, and may set a goal. The domain's `runScenario` runs it.
 */
export const scenarioSchema = z.object({
  /** Must equal the file name. */
  id: slug('id'),
  title: text('title', 80),
  /** Shown above the playground: what is going on and what to try. */
  description: text('description', 600),
  /** Seed for ids and token values; defaults to the id. */
  seed: z.string().optional(),
  setup: z.array(step, { error: 'setup is a list of steps such as "- createToken: {...}"' }).default([]),
  request: z.object({
    method: z.enum(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']),
    path: z.string().startsWith('/', { error: 'request.path must start with "/", e.g. /api/v1/users' }),
    /** The exact Authorization header value; `{key}` is replaced from the keychain. Omit for none. */
    authorization: z.string().optional(),
    body: z.string().optional(),
    ip: z.string().optional(),
  }),
  /**
   * Either one outcome to reach (`outcome`, the playground ticks "Goal met"), or a hands-on
   * task's goal as a list of `checks` the simulator grades over the org and the requests sent.
   */
  goal: z
    .union([
      z.strictObject({ outcome: outcomeLabel, text: text('goal.text', 200) }),
      z.strictObject({
        text: text('goal.text', 200),
        checks: z.array(taskCheckSchema).min(1, { error: 'goal.checks needs at least one check' }),
      }),
    ])
    .optional(),
});
