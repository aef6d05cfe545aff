import { describe, expect, it } from 'vitest';
import { FACTS_COMPONENTS } from '../../src/commands/facts/components/index.js';
import { ALL_COMMANDS } from '../../src/commands/index.js';
import type { Guard } from '../../src/commands/types.js';
import { ALL_COMPONENTS } from '../../src/components/index.js';

const GUARDS: readonly Guard[] = ['none', 'moderator', 'manageServer'];

describe('guards are declared, and the router checks them', () => {
  it('every home-server command is guarded (not open to everyone)', () => {
    const home = ALL_COMMANDS.filter((c) => c.scope === 'home');
    expect(home.map((c) => c.data.name)).toContain('facts');
    for (const command of home) expect([command.data.name, command.guard]).toEqual([command.data.name, 'moderator']);
  });

  it('every /facts button and modal is for moderators only', () => {
    expect(FACTS_COMPONENTS.length).toBeGreaterThan(0);
    for (const component of FACTS_COMPONENTS)
      expect([component.prefix, component.guard]).toEqual([component.prefix, 'moderator']);
  });

  it('every command and component declares a known guard; Manage Server commands say so to Discord too', () => {
    for (const command of ALL_COMMANDS) {
      expect(GUARDS, command.data.name).toContain(command.guard);
      const json = command.data.toJSON();
      if (command.guard !== 'none')
        expect(json.default_member_permissions, command.data.name).toBe((1n << 5n).toString());
    }
    for (const component of ALL_COMPONENTS) expect(GUARDS, component.prefix).toContain(component.guard);
  });
});
