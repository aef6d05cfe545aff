import { describe, expect, it } from 'vitest';
import { facts } from '../../src/commands/facts/index.js';
import { FACTS_OPTIONS } from '../../src/commands/facts/options.js';
import { reminders } from '../../src/commands/reminders/index.js';
import { REMINDERS_OPTIONS } from '../../src/commands/reminders/options.js';
import type { Command } from '../../src/commands/types.js';

/** Every option name the command registers, across its subcommands. */
function registered(command: Command): Set<string> {
  const names = new Set<string>();
  for (const sub of command.data.toJSON().options ?? []) {
    for (const option of 'options' in sub ? (sub.options ?? []) : []) names.add(option.name);
  }
  return names;
}

describe('option names come from one table per command', () => {
  it('/facts and /reminders register exactly the names their handlers read', () => {
    expect(registered(facts)).toEqual(new Set(Object.values(FACTS_OPTIONS)));
    expect(registered(reminders)).toEqual(new Set(Object.values(REMINDERS_OPTIONS)));
  });
});
