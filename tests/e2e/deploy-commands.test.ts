import { REST } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ALL_COMMANDS } from '../../src/commands/index.js';
import { deploy, registrationPlan } from '../../src/commands/registration.js';
import { checkCommandLimits, LocalDiscord } from '@corridor/local-discord';

let local: LocalDiscord;
beforeAll(async () => {
  local = await LocalDiscord.start();
});
afterAll(async () => {
  await local?.stop();
});

it('registers member commands globally and moderator commands in the home server, within Discord limits', async () => {
  const rest = new REST({ api: local.restBase, retries: 0 }).setToken(local.token);
  const plan = registrationPlan(ALL_COMMANDS, { clientId: local.applicationId, homeGuildId: local.guildId });
  const done = await deploy(rest, plan);
  expect(done[0]!.names).toEqual(ALL_COMMANDS.filter((c) => c.scope === 'global').map((c) => c.data.name));
  expect(local.commands().map((c) => c.name)).toEqual(done[0]!.names);
  const home = ALL_COMMANDS.filter((c) => c.scope === 'home').map((c) => c.data.name);
  expect(local.commands(local.guildId).map((c) => c.name)).toEqual(home);
  expect(checkCommandLimits([...local.commands(), ...local.commands(local.guildId)])).toEqual([]);
  expect(local.limitViolations).toEqual([]);
});
