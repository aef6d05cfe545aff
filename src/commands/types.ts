import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Store } from '../knowledge/store/store.js';
import type { Logger } from '../logger.js';
import type { HealthFacts } from '../ops/health.js';
import type { SeriesCharts } from '../render/chart/series-charts.js';
import type { Poster } from '../scheduler/poster.js';
import type { JobStatus } from '../scheduler/jobs.js';
import type { ModerationSessions } from './facts/sessions.js';
import type { ListSessions } from './shared/list-sessions.js';

/** Everything a handler may use; handlers get it passed in, never from globals, so tests can build their own. */
export interface BotContext {
  kb: KnowledgeBase;
  /** The store (SQLite, or PostgreSQL when DATABASE_URL is set): everything the bot keeps goes through it. */
  store: Store;
  config: Config;
  log: Logger;
  now: () => Date;
  lists: ListSessions;
  /** Last tick, posts today, last error (absent in contexts built without a running bot). */
  health?: () => Promise<HealthFacts>;
  /** Series charts, drawn once and kept until the series changes. */
  charts: SeriesCharts;
  /** Open /facts forms and pending imports, kept in the database. */
  sessions: ModerationSessions;
  /** Each periodic job's schedule and last run (empty before the bot is ready, or without its scheduler). */
  jobs?: () => JobStatus[];
  /** Posts to a channel by id (reminders, /reminders test). */
  poster: Poster;
}

/** `global` commands are for every server; `home` ones are registered only in the moderators' home server. */
export type CommandScope = 'global' | 'home';

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  scope: CommandScope;
  /** Who may run it (every subcommand); the router checks it before `execute`. */
  guard: Guard;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<unknown>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<unknown>;
}

/** Who may run a command or press a component; the router checks it before the handler runs. */
export type Guard = 'none' | 'moderator' | 'manageServer';

/**
 * Buttons and modals are routed by the part of their custom id before the first ":". This is the router's view;
 * handlers are written with defineComponent (src/components/define.ts), which also builds their ids.
 */
export interface ComponentHandler {
  prefix: string;
  guard: Guard;
  button?(interaction: ButtonInteraction, args: string[], ctx: BotContext): Promise<unknown>;
  modal?(interaction: ModalSubmitInteraction, args: string[], ctx: BotContext): Promise<unknown>;
}
