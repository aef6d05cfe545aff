import type { Client } from 'discord.js';
import type { Logger } from '../logger.js';

/** Runs once the gateway says READY and every guild has arrived. */
export function onReady(client: Client<true>, log: Logger): void {
  log.info(`logged in as ${client.user.tag} in ${client.guilds.cache.size} server(s)`);
}
