import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig, type Config } from './config.js';
import { registerDatabaseUrl, registerSecret } from './logger.js';

/** Reads .env (quietly: dotenv's banner would pollute CLI output) and validates it. */
export function configFromEnvironment(): Config {
  loadDotenv({ quiet: true });
  const config = loadConfig(process.env);
  registerSecret(config.token);
  // PostgreSQL (when configured) is reached by URL; its password must never reach a log line.
  registerDatabaseUrl(process.env.DATABASE_URL);
  return config;
}

/** For the processes that start the bot: bad configuration is one line naming the variable, then exit 1. */
export function configOrExit(): Config {
  try {
    return configFromEnvironment();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}
