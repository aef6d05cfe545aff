import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAPIError, REST } from 'discord.js';
import { ALL_COMMANDS } from '../../src/commands/index.js';
import { registrationPlan } from '../../src/commands/registration.js';
import { checkCommandLimits, LocalDiscord } from '@corridor/local-discord';

const plan = registrationPlan(ALL_COMMANDS, { clientId: '1', homeGuildId: '2' });
const bodies = plan.flatMap((p) => p.body) as unknown as Node[];
type Node = {
  name: string;
  description?: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: Node[];
  choices?: Node[];
};

function everyNode(nodes: readonly Node[], path = ''): { path: string; node: Node; choice: boolean }[] {
  return nodes.flatMap((n) => [
    { path: `${path}/${n.name}`, node: n, choice: false },
    ...(n.choices ?? []).map((c) => ({ path: `${path}/${n.name}#${c.name}`, node: c, choice: true })),
    ...everyNode(n.options ?? [], `${path}/${n.name}`),
  ]);
}

describe('command localizations', () => {
  it('gives every command, option and choice a zh-CN name, and every command and option a zh-CN description', () => {
    const missing = everyNode(bodies)
      .filter(
        ({ node, choice }) =>
          !node.name_localizations?.['zh-CN'] || (!choice && !node.description_localizations?.['zh-CN']),
      )
      .map(({ path }) => path);
    expect(missing).toEqual([]);
    const ask = bodies.find((c) => c.name === 'ask')!;
    expect(ask.name_localizations).toEqual({ 'zh-CN': '提问' });
  });

  it("keeps within Discord's naming rules and lengths, as the local Discord checks them", () => {
    for (const p of plan) expect(checkCommandLimits(p.body)).toEqual([]);
  });
});

describe('the local Discord refuses bad localizations as Discord does (400, 50035)', () => {
  let local: LocalDiscord;
  let rest: REST;
  beforeAll(async () => {
    local = await LocalDiscord.start();
    rest = new REST({ api: local.restBase, retries: 0 }).setToken(local.token);
  });
  afterAll(async () => {
    await local?.stop();
  });

  const put = (command: object) =>
    rest.put(`/applications/${local.applicationId}/commands`, { body: [command] }).catch((e: unknown) => e);
  const base = { name: 'ask', description: 'Ask' };

  it.each([
    ['an upper-case name', { ...base, name_localizations: { fr: 'Demander' } }, 'name_localizations'],
    ['a name with a space', { ...base, name_localizations: { 'zh-CN': '提 问' } }, 'name_localizations'],
    ['a 33-character name', { ...base, name_localizations: { 'zh-CN': '问'.repeat(33) } }, 'name_localizations'],
    [
      'a 101-character description',
      { ...base, description_localizations: { 'zh-CN': '问'.repeat(101) } },
      'description_localizations',
    ],
    ['an empty description', { ...base, description_localizations: { 'zh-CN': '' } }, 'description_localizations'],
    ['a locale Discord does not have', { ...base, name_localizations: { zh: '提问' } }, 'name_localizations'],
    [
      'an option name repeated in a locale',
      {
        ...base,
        options: [
          { type: 3, name: 'a', description: 'a', name_localizations: { 'zh-CN': '问题' } },
          { type: 3, name: 'b', description: 'b', name_localizations: { 'zh-CN': '问题' } },
        ],
      },
      'name_localizations',
    ],
  ])('refuses %s', async (_what, command, field) => {
    const error = await put(command);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).status).toBe(400);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect(JSON.stringify((error as DiscordAPIError).rawError)).toContain(field);
  });

  it("accepts the bot's own localized commands", async () => {
    const global = plan[0]!.body;
    await expect(rest.put(`/applications/${local.applicationId}/commands`, { body: global })).resolves.toHaveLength(
      global.length,
    );
  });
});
