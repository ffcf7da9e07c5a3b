import { z } from 'astro/zod';

/** A kebab-case slug: lowercase letters, digits and single hyphens. */
export const slug = (what: string) =>
  z
    .string({ error: `${what} is required: write a kebab-case slug such as "a-tokens-life"` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `${what} must be kebab-case (lowercase letters, digits and hyphens), for example "a-tokens-life"`,
    });

/** A non-empty line of prose. */
export const text = (what: string, max = 400) =>
  z
    .string({ error: `${what} is required: write it as plain text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} is longer than ${max} characters: shorten it` });

/** Learning objectives: short sentences that finish "You will be able to ...". */
export const objectives = z
  .array(text('each objective', 200), {
    error: 'objectives must be a list of sentences, for example ["Explain what SSWS means"]',
  })
  .min(1, { error: 'objectives needs at least one entry: what will the reader be able to do?' })
  .max(8, { error: 'objectives has more than 8 entries: keep the list short' });

/**
 * A link to a lesson section on this site, such as
 * `/learn/inside-a-request/how-okta-checks-a-token/#the-checks-in-order`.
 */
export const lessonLink = z
  .string({ error: 'lesson is required: link the lesson section this question tests' })
  .regex(/^\/learn\/[a-z0-9-]+\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, {
    error: 'lesson must be a site path like "/learn/<chapter>/<lesson>/#<heading-id>" (trailing slash before #)',
  });

/** An external source the lesson cites beyond its facts' sources (normally an Okta page in src/content/sources.yaml). */
export const source = z.object({
  title: text('sources[].title', 200),
  url: z.url({ error: 'sources[].url must be a full https:// URL' }),
});
