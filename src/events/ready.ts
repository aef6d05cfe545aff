import { Events, type Client } from 'discord.js';
import type { Logger } from '../logger.js';

export function ready(log: Logger, onReady: (client: Client<true>) => void = () => {}) {
  return {
    name: Events.ClientReady,
    once: true,
    execute(client: Client<true>): void {
      log.info(`logged in as ${client.user.tag} in ${client.guilds.cache.size} server(s)`);
      onReady(client);
    },
  };
}
