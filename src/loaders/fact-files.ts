/**
 * Loads the facts collection: every `src/content/facts/<group>.yaml` is a YAML list of facts,
 * and its file name is the group of each fact in it. Astro's `file()` loader reads one file and
 * `glob()` makes one entry per file; neither gives "one list per group", hence this loader.
 * Fact ids must be unique across all files: a duplicate fails the build and names both files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';

/** One fact as written, before schema validation, with the file it came from. */
export interface RawFact {
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: Record<string, unknown>;
}

/**
 * Turns parsed group files into facts: sets `group` from the file name and checks that every
 * fact has an id that no other fact uses. Throws one message listing every problem.
 *
 * @example
 * collectFacts([{ file: 'src/content/facts/rate-limits.yaml', data: [{ id: 'bucket', ... }] }])
 * // [{ id: 'bucket', file: 'src/content/facts/rate-limits.yaml', data: { id: 'bucket', group: 'rate-limits', ... } }]
 */
export function collectFacts(files: readonly { file: string; data: unknown }[]): RawFact[] {
  const facts: RawFact[] = [];
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, data } of files) {
    const group = file
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, '');
    if (!Array.isArray(data)) {
      problems.push(`${file}: must be a YAML list of facts, each starting with "- id: ..."`);
      continue;
    }
    data.forEach((item: unknown, i) => {
      const entry = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
      const id = typeof entry['id'] === 'string' ? entry['id'] : '';
      const other = seen.get(id);
      if (!id) problems.push(`${file}: fact ${i + 1} has no id: add "id: <kebab-case-id>"`);
      else if (other) problems.push(`${file}: fact id "${id}" is already used in ${other}: give one of them a new id`);
      else {
        seen.set(id, file);
        facts.push({ id, file, data: { ...entry, group } });
      }
    });
  }
  if (problems.length > 0) throw new Error(`Facts collection:\n${problems.join('\n')}`);
  return facts;
}

/** Reads and parses every `*.yaml` in `dir`; `root` makes the paths in messages relative. */
export function readFactFiles(dir: string, root: string): RawFact[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: relative(root, join(dir, f)), data: parse(readFileSync(join(dir, f), 'utf8')) as unknown }));
  return collectFacts(files);
}

/** The Astro loader for `src/content/facts/`; reloads in `astro dev` when a group file changes. */
export function factFiles(folder = 'src/content/facts'): Loader {
  return {
    name: 'token-lab:fact-files',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, folder);
      const sync = async () => {
        const facts = readFactFiles(dir, root);
        context.store.clear();
        for (const fact of facts) {
          const data = await context.parseData({ id: fact.id, data: fact.data, filePath: fact.file });
          context.store.set({ id: fact.id, data, filePath: fact.file, digest: context.generateDigest(data) });
        }
      };
      await sync();
      context.watcher?.add(dir);
      context.watcher?.on('change', (changed) => {
        if (changed.startsWith(dir)) void sync();
      });
    },
  };
}
