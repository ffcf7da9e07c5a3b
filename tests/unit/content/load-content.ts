import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { readFactFiles, type RawFact } from '../../../src/loaders/fact-files.ts';

/** Root of the content folder, resolved from the repository root (Vitest's cwd). */
export const contentDir = join(process.cwd(), 'src/content');

export interface ContentFile {
  /** Path relative to the repository root, for messages. */
  file: string;
  /** File name without extension. */
  name: string;
  data: unknown;
  /** MDX body (lessons only). */
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Reads every YAML file in a content folder. */
export function readYamlFolder(folder: string): ContentFile[] {
  return walk(join(contentDir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      file: relative(process.cwd(), f),
      name: f
        .split('/')
        .pop()!
        .replace(/\.yaml$/, ''),
      data: parse(readFileSync(f, 'utf8')) as unknown,
      body: '',
    }));
}

/** Reads every lesson: its frontmatter as data and the MDX below it as body. */
export function readLessons(): ContentFile[] {
  return walk(join(contentDir, 'lessons'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const raw = readFileSync(f, 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
      if (!m) throw new Error(`${relative(process.cwd(), f)}: no frontmatter block`);
      return {
        file: relative(process.cwd(), f),
        name: f
          .split('/')
          .pop()!
          .replace(/\.mdx$/, ''),
        data: parse(m[1]!) as unknown,
        body: m[2]!,
      };
    });
}

/** Every fact as the build's loader reads it: `group` set from the file name, ids unique. */
export function readFacts(): RawFact[] {
  return readFactFiles(join(contentDir, 'facts'), process.cwd());
}

/** The source registry, `src/content/sources.yaml`. */
export function readSources(): unknown[] {
  return parse(readFileSync(join(contentDir, 'sources.yaml'), 'utf8')) as unknown[];
}
