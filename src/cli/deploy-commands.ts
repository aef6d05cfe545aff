import { REST } from 'discord.js';
import { ALL_COMMANDS } from '../commands/index.js';
import { registrationPlan } from '../commands/registration.js';
import { configFromEnvironment } from '../env.js';
import { exitWithError } from './exit.js';

/** Registers the slash commands with Discord (run after adding or changing a command). */
async function main(): Promise<void> {
  const config = configFromEnvironment();
  if (!config.token) exitWithError('DISCORD_TOKEN is not set; see .env.example.');
  const plan = registrationPlan(ALL_COMMANDS, config);
  const rest = new REST({ api: process.env.DISCORD_API_BASE || undefined }).setToken(config.token);
  for (const step of plan) {
    const result = (await rest.put(step.route, { body: step.body })) as unknown[];
    process.stdout.write(`registered ${result.length} command(s) in ${step.where}: ${step.body.map((c) => `/${c.name}`).join(' ')}\n`);
  }
}

main().catch((err: unknown) => exitWithError(err instanceof Error ? err.message : String(err), 1));
