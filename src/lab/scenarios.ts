/**
 * The playground's scenarios (YAML in `src/content/scenarios/`, run by `src/domain/scenarios/`),
 * read from disk for `--scenario <id>` and `POST /__lab/scenario/<id>`. The site validates every
 * file against its schema at build time, so the lab parses them as they are; a step that does
 * not work still fails with the runner's own message.
 *
 * Where: next to this module in the built bundle (`dist-lab/scenarios/`, see
 * scripts/build-lab.mjs), else the content folder of a clone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ScenarioSpec } from '../domain/scenarios/index.ts';

const FOLDERS = [new URL('./scenarios/', import.meta.url), new URL('../content/scenarios/', import.meta.url)];

function folder(): URL {
  const found = FOLDERS.find((f) => existsSync(f));
  if (!found) throw new Error('Token Lab cannot find its scenarios folder.');
  return found;
}

/** Every scenario id, sorted. */
export function scenarioIds(): string[] {
  return readdirSync(folder())
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** The scenario with this id, or `undefined` if there is none (ids are lowercase words and hyphens). */
export function loadScenario(id: string): ScenarioSpec | undefined {
  if (!/^[a-z0-9][a-z0-9-]{0,80}$/.test(id)) return undefined;
  const file = new URL(`${id}.yaml`, folder());
  if (!existsSync(file)) return undefined;
  return parse(readFileSync(file, 'utf8')) as ScenarioSpec;
}
