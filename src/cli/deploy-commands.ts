import { REST } from 'discord.js';
import { ALL_COMMANDS } from '../commands/index.js';
import { deploy, registrationPlan } from '../commands/registration.js';
import { configFromEnvironment } from '../env.js';
import { exitWithError } from './exit.js';

/** Registers the slash commands with Discord (run after adding or changing a command). */
async function main(): Promise<void> {
  const config = configFromEnvironment();
  if (!config.token) exitWithError('DISCORD_TOKEN is not set; see .env.example.');
  const plan = registrationPlan(ALL_COMMANDS, config);
  for (const step of await deploy(new REST().setToken(config.token), plan)) {
    process.stdout.write(
      `registered ${step.count} command(s) in ${step.where}: ${step.names.map((n) => `/${n}`).join(' ')}\n`,
    );
  }
}

main().catch((err: unknown) => exitWithError(err instanceof Error ? err.message : String(err), 1));
