import { z } from 'astro/zod';
import { slug, text } from './shared.ts';

/**
 * How sure the course is of a fact:
 * - `confirmed`: stated in Okta's own docs, API specification, help, knowledge base or code;
 * - `observed`: seen in real responses that Okta staff or users posted, not written down as a rule;
 * - `contested`: Okta sources disagree; the fact records each side;
 * - `unconfirmed`: no source states it (Okta does not document it).
 */
export const FACT_STATUSES = ['confirmed', 'observed', 'contested', 'unconfirmed'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** One place a source backs a fact: which source, and the words that back it. */
export const citationSchema = z.object({
  /** The id of an entry in `src/content/sources.yaml`. */
  source: slug('sources[].source'),
  /** The exact words from the source, copied, never paraphrased. Leave it out if you have none. */
  quote: text('sources[].quote', 600).optional(),
  /** Where in the source: a heading, schema, example or operation, e.g. "securitySchemes.apiToken". */
  section: text('sources[].section', 200).optional(),
});

/** One side of a contested fact: what it claims, and which sources say so. */
const sideSchema = z.object({
  claim: text('sides[].claim', 400),
  sources: z.array(citationSchema).min(1, { error: 'each side needs at least one source: who says so?' }),
});

/**
 * One fact about Okta: an entry in `src/content/facts/<group>.yaml`, a list of facts. The file
 * name is the fact's `group` (a chapter slug), so entries do not repeat it. Lessons cite a fact
 * with `<Cite id="…" />`; `/facts/#<id>` shows it with its sources.
 */
export const factSchema = z
  .object({
    /** Stable kebab-case id, unique across all groups. Never rename one that lessons cite. */
    id: slug('id'),
    /** The chapter whose /facts/ section lists it; set from the file name. */
    group: slug('group'),
    /** A short name: the fact's heading on /facts/ and the accessible name of its citations. */
    title: text('title', 90),
    /** The fact itself, in one or two sentences. */
    statement: text('statement', 480),
    status: z.enum(FACT_STATUSES, {
      error: 'status must be one of: confirmed, observed, contested, unconfirmed (see src/schemas/fact.ts)',
    }),
    /** The sources that back the statement. Only an `unconfirmed` fact may have none. */
    sources: z.array(citationSchema).default([]),
    /** `contested` only: each claim the sources make, with its sources (two or more). */
    sides: z.array(sideSchema).optional(),
    /** `contested` only: the number of the side the simulator follows, starting at 1. */
    simulatorFollows: z.number().int().min(1).optional(),
    /** `contested` only: why the simulator follows that side. */
    why: text('why', 600).optional(),
    /** What the simulator does where Okta is silent (mostly for `unconfirmed` facts). */
    simulator: text('simulator', 400).optional(),
  })
  .refine((f) => f.status === 'unconfirmed' || f.status === 'contested' || f.sources.length > 0, {
    error: 'a confirmed or observed fact needs at least one entry in sources; with no source, set status: unconfirmed',
    path: ['sources'],
  })
  .refine((f) => f.status !== 'contested' || (f.sides?.length ?? 0) >= 2, {
    error: 'a contested fact needs `sides`: two or more, each with a claim and its sources',
    path: ['sides'],
  })
  .refine((f) => f.status !== 'contested' || (f.simulatorFollows !== undefined && f.why !== undefined), {
    error: 'a contested fact needs `simulatorFollows` (the side number the simulator follows) and `why`',
    path: ['simulatorFollows'],
  })
  .refine((f) => f.simulatorFollows === undefined || f.simulatorFollows <= (f.sides?.length ?? 0), {
    error: 'simulatorFollows must be the number of one of the sides (1 for the first)',
    path: ['simulatorFollows'],
  })
  .refine(
    (f) =>
      f.status === 'contested' || (f.sides === undefined && f.simulatorFollows === undefined && f.why === undefined),
    {
      error: 'only a contested fact has sides, simulatorFollows and why: set status: contested or remove them',
      path: ['status'],
    },
  );

export type Fact = z.infer<typeof factSchema>;
export type Citation = z.infer<typeof citationSchema>;
