import { Routes, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.js';
import type { Command } from './types.js';
import { commandTexts } from '../i18n/catalogue.js';
import { localizeCommand } from '../i18n/localize-commands.js';

export interface Registration {
  where: string;
  route: `/${string}`;
  body: RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

/**
 * Where each command goes: member commands globally (or to DISCORD_GUILD_ID while developing);
 * moderator commands only to the home server, so other servers never even see them.
 */
export function registrationPlan(
  commands: readonly Command[],
  config: Pick<Config, 'clientId' | 'devGuildId' | 'homeGuildId'>,
): Registration[] {
  if (!config.clientId)
    throw new Error(
      'DISCORD_CLIENT_ID is not set: copy it from the Developer Portal (General Information → Application ID) into .env.',
    );
  const appId = config.clientId;
  // toJSON() runs the builders' validation: a bad name or an over-long description throws here, before any request.
  const json = (c: Command) => localizeCommand(c.data.toJSON(), commandTexts());
  const global = commands.filter((c) => c.scope === 'global').map(json);
  const home = commands.filter((c) => c.scope === 'home').map(json);
  const plan: Registration[] = [];
  if (config.devGuildId) {
    const sameGuild = config.devGuildId === config.homeGuildId;
    plan.push({
      where: `server ${config.devGuildId}`,
      route: Routes.applicationGuildCommands(appId, config.devGuildId),
      body: sameGuild ? [...global, ...home] : global,
    });
    if (!sameGuild && config.homeGuildId && home.length) {
      plan.push({
        where: `home server ${config.homeGuildId}`,
        route: Routes.applicationGuildCommands(appId, config.homeGuildId),
        body: home,
      });
    }
    return plan;
  }
  plan.push({ where: 'all servers (global)', route: Routes.applicationCommands(appId), body: global });
  if (config.homeGuildId && home.length) {
    plan.push({
      where: `home server ${config.homeGuildId}`,
      route: Routes.applicationGuildCommands(appId, config.homeGuildId),
      body: home,
    });
  }
  return plan;
}

/** Sends the plan: each PUT replaces that scope's whole command list, so removed commands disappear too. */
export async function deploy(
  rest: REST,
  plan: readonly Registration[],
): Promise<{ where: string; count: number; names: string[] }[]> {
  const done: { where: string; count: number; names: string[] }[] = [];
  for (const step of plan) {
    const result = (await rest.put(step.route, { body: step.body })) as unknown[];
    done.push({ where: step.where, count: result.length, names: step.body.map((c) => c.name) });
  }
  return done;
}
