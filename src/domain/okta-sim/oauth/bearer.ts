/**
 * The Bearer branch of the pipeline, loaded with `import()` the first time a request carries
 * `Authorization: Bearer …`. Loading it registers the Bearer checks' trace sentences.
 */
import { registerCheckText } from '../trace-checks.ts';
import { BEARER_TEXT } from './bearer-text.ts';

registerCheckText(BEARER_TEXT);

export { authorizeBearer, type BearerDenial } from './authorize-bearer.ts';
export { verifyBearer, type BearerResult } from './verify-bearer.ts';
