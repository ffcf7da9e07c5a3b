/**
 * Test helpers: a playground store on a task's scenario, and the checks of a task, read from
 * the content files as the pages read them.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createPlaygroundStore, type PlaygroundStore } from '../../../../src/domain/playground/store.ts';
import type { ScenarioSpec } from '../../../../src/domain/scenarios/index.ts';
import type { GradedTask, TaskCheck } from '../../../../src/domain/tasks/types.ts';

export const scenario = (id: string) => parse(readFileSync(`src/content/scenarios/${id}.yaml`, 'utf8')) as ScenarioSpec;

export interface TaskFile {
  id: string;
  title: string;
  chapter: string;
  scenario: string;
  facts: string[];
}

export const taskFile = (id: string) => parse(readFileSync(`src/content/tasks/${id}.yaml`, 'utf8')) as TaskFile;

/** The checks of a scenario's goal (empty when its goal is an outcome). */
export function checksOf(spec: ScenarioSpec): TaskCheck[] {
  return spec.goal && 'checks' in spec.goal ? spec.goal.checks : [];
}

/** A task as the grader takes it. */
export function graded(id: string): GradedTask {
  const t = taskFile(id);
  return { id: t.id, chapter: t.chapter, checks: checksOf(scenario(t.scenario)) };
}

/** A started store on a scenario. */
export async function storeOn(id: string): Promise<PlaygroundStore> {
  const spec = scenario(id);
  const store = createPlaygroundStore({ scenarios: [spec], initial: spec.id });
  await store.start();
  return store;
}

/** Sends the request being built, after selecting a saved credential by key (`ci`, `T1`, `A1`). */
export async function sendWith(store: PlaygroundStore, key: string, patch: { method?: string; path?: string } = {}) {
  store.chooseCredential(key === 'none' ? 'none' : `key:${key}`);
  const r = store.getState().request;
  store.setRequest({ ...r, ...patch, method: (patch.method ?? r.method) as typeof r.method });
  await store.send();
}

export const TOKEN_FORM = { name: 'CI next', creator: '', percent: 50, zone: '' };
