/** The domain's errors share one shape: a stable code to match on, a name, and a message for people. */
import { describe, expect, it } from 'vitest';
import { ConsoleError } from '../../../src/domain/okta-sim/index.ts';
import { ScenarioError } from '../../../src/domain/scenarios/index.ts';
import { CodedError } from '../../../src/domain/coded-error.ts';

describe('CodedError', () => {
  it.each([
    ['ConsoleError', new ConsoleError('duplicate', 'A user with login a@example.com already exists.'), 'duplicate'],
    ['ScenarioError', new ScenarioError('unknown-step', 'unknown step ["fly"]'), 'unknown-step'],
  ] as const)('a %s carries its code, its own name and the message', (name, error, code) => {
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.name).toBe(name);
    expect(String(error)).toBe(`${name}: ${error.message}`);
  });

  it('keeps the kinds apart', () => {
    expect(new ConsoleError('invalid', 'x')).not.toBeInstanceOf(ScenarioError);
    expect(new ScenarioError('request-refused', 'x')).not.toBeInstanceOf(ConsoleError);
  });
});
