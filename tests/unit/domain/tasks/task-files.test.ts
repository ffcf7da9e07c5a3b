/**
 * The task files: at least eight, every chapter covered, each naming a scenario whose goal is a
 * list of checks, every fact id in the facts collection, and every System Log event a check
 * names spelled as the facts collection spells it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checksOf, scenario, taskFile } from './solve.ts';

const IDS = readdirSync('src/content/tasks')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const FACT_FILES = readdirSync('src/content/facts').filter((f) => f.endsWith('.yaml'));
const FACTS = FACT_FILES.flatMap(
  (f) => parse(readFileSync(`src/content/facts/${f}`, 'utf8')) as { id: string; statement: string }[],
);
const CHAPTERS = readdirSync('src/content/chapters').map((f) => f.replace(/\.yaml$/, ''));

describe('task files', () => {
  it('are at least eight and cover every chapter', () => {
    expect(IDS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(IDS.map((id) => taskFile(id).chapter))).toEqual(new Set(CHAPTERS));
  });

  it.each(IDS)('%s names its file, a scenario with checks, and known facts', (id) => {
    const task = taskFile(id);
    expect(task.id).toBe(id);
    expect(checksOf(scenario(task.scenario)).length).toBeGreaterThan(0);
    const known = new Set(FACTS.map((f) => f.id));
    expect(task.facts.filter((f) => !known.has(f))).toEqual([]);
  });

  it('name only System Log event types the facts collection names', () => {
    const events = IDS.flatMap((id) => checksOf(scenario(taskFile(id).scenario))).flatMap((c) =>
      c.type === 'logHas' ? [c.eventType] : [],
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(FACTS.some((f) => f.statement.includes(`\`${e}\``))).toBe(true);
  });
});
