/**
 * The Bearer branch of the pipeline, loaded with `import()` the first time a request carries
 * `Authorization: Bearer …`. Loading it registers the Bearer checks' trace sentences.
 */
// Reaching the whole eager simulator through index.ts, not just the few modules used here, gives
// every eager module the same importers, so the bundler keeps them in the page's chunk instead
// of splitting off small shared chunks that compress worse (2.7 KB gzip less on /playground/).
import '../index.ts';
import { registerCheckText } from '../trace-checks.ts';
import { BEARER_TEXT } from './bearer-text.ts';

registerCheckText(BEARER_TEXT);

export { authorizeBearer, type BearerDenial } from './authorize-bearer.ts';
export { verifyBearer, type BearerResult } from './verify-bearer.ts';
