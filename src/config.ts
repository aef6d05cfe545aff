import { z } from 'zod';
import cron from 'node-cron';
import { isPostgresUrl } from './knowledge/store/pg/database-url.js';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const optionalSnowflake = z.preprocess((v) => (v === '' ? undefined : v), snowflake.optional());
const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string().optional(),
);

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const ConfigSchema = z.object({
  DISCORD_TOKEN: optionalText.pipe(z.string().min(20, 'looks too short to be a bot token').optional()),
  DISCORD_CLIENT_ID: optionalSnowflake,
  DISCORD_GUILD_ID: optionalSnowflake,
  HOME_GUILD_ID: optionalSnowflake,
  MODERATOR_ROLE_IDS: z
    .preprocess(
      (v) =>
        typeof v === 'string'
          ? v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [],
      z.array(snowflake),
    )
    .default([]),
  MOD_LOG_CHANNEL_ID: optionalSnowflake,
  DATABASE_PATH: optionalText.pipe(z.string().default('data/corridor.db')),
  // Set: the whole bot runs on PostgreSQL instead of the SQLite file. The message never repeats the value.
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .refine(
        isPostgresUrl,
        'must be a postgres:// or postgresql:// URL, e.g. postgres://corridor:PASSWORD@db.example:5432/corridor',
      )
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  ),
  DEFAULT_TIMEZONE: optionalText.pipe(
    z.string().default('Asia/Singapore').refine(isTimeZone, 'must be an IANA time zone such as Asia/Singapore'),
  ),
  // Below an hour, a post delayed by a busy minute or a short restart would be skipped instead of sent (0 skips all).
  BELATED_WINDOW_HOURS: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce
      .number({ error: 'must be a number of hours between 1 and 48' })
      .min(1, 'must be at least 1 hour (a smaller window skips posts that are only a minute late)')
      .max(48, 'must be at most 48 hours')
      .default(12),
  ),
  LOG_FORMAT: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['auto', 'json', 'pretty']).default('auto')),
  METRICS_PORT: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int('must be a whole number').min(0).max(65535, 'must be a port number (0–65535)').optional(),
  ),
  METRICS_HOST: optionalText.pipe(
    z
      .string()
      .default('127.0.0.1')
      .refine((h) => /^[A-Za-z0-9.:-]+$/.test(h), 'must be an IP address or host name, e.g. 127.0.0.1'),
  ),
  DISCORD_API_URL: optionalText.pipe(
    z
      .string()
      .url('must be a URL such as http://127.0.0.1:8080/api')
      .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://')
      .optional(),
  ),
  BACKUP_DIR: optionalText.pipe(z.string().default('data/backups')),
  BACKUP_KEEP: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int('must be a whole number').min(0).max(3650).default(0),
  ),
  BACKUP_SCHEDULE: optionalText.pipe(
    z
      .string()
      .default('30 3 * * *')
      .refine((e) => cron.validate(e), 'must be a cron expression such as "30 3 * * *"'),
  ),
  // Not SHARD_COUNT: discord.js sets that in each shard process it spawns.
  TOTAL_SHARDS: optionalText.pipe(
    z
      .string()
      .default('auto')
      .refine(
        (v) => v === 'auto' || /^[1-9]\d*$/.test(v.trim()),
        'must be "auto" or a whole number of shards (1 or more)',
      )
      .transform((v): number | 'auto' => (v === 'auto' ? 'auto' : Number(v))),
  ),
  SCHEDULER_LEASE_SECONDS: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().min(1, 'must be at least 1').max(600, 'must be at most 600').default(30),
  ),
});

export type Config = {
  token?: string;
  clientId?: string;
  devGuildId?: string;
  homeGuildId?: string;
  moderatorRoleIds: string[];
  modLogChannelId?: string;
  databasePath: string;
  /** PostgreSQL connection URL; unset: SQLite at databasePath. */
  databaseUrl?: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  defaultTimezone: string;
  belatedWindowMs: number;
  // Optional in the type so code that builds a Config by hand (tests) keeps compiling; loadConfig sets them all.
  /** auto: pretty on a terminal, JSON otherwise. */
  logFormat?: 'auto' | 'json' | 'pretty';
  /** Unset: no metrics/health server. 0: any free port (tests). */
  metricsPort?: number;
  metricsHost?: string;
  /** Discord's REST base; only set to point the bot at a local Discord (tests, the deploy trial). */
  discordApiUrl?: string;
  backupDir?: string;
  /** Daily backups kept by the bot's own backup job; 0 turns the job off. */
  backupKeep?: number;
  backupSchedule?: string;
  /** How long the scheduler leader's lease lasts without renewal (renewed every third of it); takeover time after a crash. */
  schedulerLeaseMs?: number;
  /** `npm run start:sharded`: gateway shards to run, or 'auto' (Discord's recommendation). */
  totalShards?: number | 'auto';
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; the message lists every bad variable by name, never its value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Configuration problem (check your .env file; see .env.example):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    token: c.DISCORD_TOKEN,
    clientId: c.DISCORD_CLIENT_ID,
    devGuildId: c.DISCORD_GUILD_ID,
    homeGuildId: c.HOME_GUILD_ID,
    moderatorRoleIds: c.MODERATOR_ROLE_IDS,
    modLogChannelId: c.MOD_LOG_CHANNEL_ID,
    databasePath: c.DATABASE_PATH,
    ...(c.DATABASE_URL ? { databaseUrl: c.DATABASE_URL } : {}),
    logLevel: c.LOG_LEVEL,
    defaultTimezone: c.DEFAULT_TIMEZONE,
    belatedWindowMs: c.BELATED_WINDOW_HOURS * 3_600_000,
    logFormat: c.LOG_FORMAT,
    metricsPort: c.METRICS_PORT,
    metricsHost: c.METRICS_HOST,
    discordApiUrl: c.DISCORD_API_URL,
    backupDir: c.BACKUP_DIR,
    backupKeep: c.BACKUP_KEEP,
    backupSchedule: c.BACKUP_SCHEDULE,
    schedulerLeaseMs: c.SCHEDULER_LEASE_SECONDS * 1000,
    totalShards: c.TOTAL_SHARDS,
  };
}
