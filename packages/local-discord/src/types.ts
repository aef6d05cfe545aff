import type {
  APIApplicationCommandInteractionDataOption,
  APIInteractionDataResolved,
  APIMessage,
  APIMessageComponent,
} from 'discord-api-types/v10';
import type { LimitViolation } from './limits.js';

// ---------------------------------------------------------------------------------------------------------
// Seeds (what the local Discord starts with)
// ---------------------------------------------------------------------------------------------------------

export interface ChannelSeed {
  id: string;
  name: string;
  /** Channel type; 0 (guild text, default), 5 announcement, 4 category, 2 voice, 15 forum. */
  type?: number;
  topic?: string | null;
  parentId?: string | null;
}

export interface RoleSeed {
  id: string;
  name: string;
  /** Permission bitfield as a decimal string. */
  permissions?: string;
}

export interface GuildSeed {
  id: string;
  name: string;
  channels?: ChannelSeed[];
  /** Extra roles; an @everyone role (id = guild id) is added when missing. */
  roles?: RoleSeed[];
  ownerId?: string;
  preferredLocale?: string;
}

export interface UserSeed {
  id: string;
  username: string;
  globalName?: string | null;
}

export interface LocalDiscordOptions {
  guilds?: GuildSeed[];
  botUser?: Partial<UserSeed>;
  /** Defaults to the bot user's id. */
  applicationId?: string;
  /** The user that dispatch helpers act as when none is given. */
  defaultUser?: UserSeed;
  /** HELLO heartbeat interval (ms). Default 41250 like Discord. */
  heartbeatIntervalMs?: number;
  /** Answer 400 (50035) on limit violations. When false they are only recorded. Default true. */
  enforceLimits?: boolean;
  /**
   * Interactions must be acknowledged within this many ms or their callback answers 404 10062 like Discord.
   * Default 3000; `null` disables the check.
   */
  ackDeadlineMs?: number | null;
  /** Port to listen on; default 0 (a random free port). */
  port?: number;
  /** How long a message nonce sent with `enforce_nonce` is remembered (Discord: "the past few minutes"). Default 5 min. */
  nonceWindowMs?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Dispatch helpers
// ---------------------------------------------------------------------------------------------------------

export interface InvokerOptions {
  /** The invoking user (default: the local Discord's default user). */
  user?: UserSeed;
  memberRoles?: string[];
  /** The member's permissions in the channel, as a bitfield string (default: ordinary member permissions). */
  memberPermissions?: string;
  /** Guild to invoke in (default: the first guild). `null` dispatches a DM interaction (context 1, `user` instead of `member`). */
  guildId?: string | null;
  /** Channel to invoke in (default: the guild's first text channel). */
  channelId?: string;
  /** User locale, default `en-US`. */
  locale?: string;
  /** The server's locale for this interaction (default: the guild's `preferredLocale`). */
  guildLocale?: string;
  /** The bot's permissions in the channel (default: ordinary member permissions). */
  appPermissions?: string;
  nick?: string | null;
}

export interface CommandInvocation extends InvokerOptions {
  name: string;
  /** Raw options, including SUB_COMMAND / SUB_COMMAND_GROUP wrappers. */
  options?: APIApplicationCommandInteractionDataOption[];
  resolved?: APIInteractionDataResolved;
  /** Default: the id of a registered command with that name, else a fresh snowflake. */
  commandId?: string;
  /** 1 chat input (default), 2 user, 3 message. */
  commandType?: number;
  /** For context-menu commands. */
  targetId?: string;
}

export interface AutocompleteInvocation extends InvokerOptions {
  name: string;
  /** Raw options; exactly one (possibly nested in a subcommand) should carry `focused: true`. */
  options: APIApplicationCommandInteractionDataOption[];
  commandId?: string;
}

export interface ComponentInvocation extends InvokerOptions {
  customId: string;
  /** A message the local Discord stored (e.g. an earlier reply). When unknown, a bot message carrying the component is made up. */
  messageId?: string;
  /** Overrides fields of the message object the interaction carries. */
  message?: Partial<APIMessage>;
}

export interface SelectInvocation extends ComponentInvocation {
  values: string[];
  /** 3 string select (default), 5 user, 6 role, 7 mentionable, 8 channel. */
  componentType?: number;
  resolved?: APIInteractionDataResolved;
}

export interface ModalSubmitInvocation extends InvokerOptions {
  customId: string;
  /** custom_id -> submitted value. */
  fields: Record<string, string>;
  /** `rows` (default): action rows of text inputs; `labels`: label components (type 18) wrapping the inputs. */
  shape?: 'rows' | 'labels';
  /** The message whose component opened the modal, if any. */
  messageId?: string;
}

export interface InteractionHandle {
  id: string;
  token: string;
  /** The raw INTERACTION_CREATE payload that was dispatched. */
  payload: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------------
// What the local Discord records
// ---------------------------------------------------------------------------------------------------------

export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string | null;
  size: number;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/interactions/123/abc/callback`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` part of a multipart body; undefined when empty. */
  body: unknown;
  files?: RecordedFile[];
  /** `Authorization` header, when sent. */
  authorization?: string;
  at: number;
  /** HTTP status the local Discord answered with (set once answered). */
  status?: number;
  /** For requests that carry a message (channel/webhook messages, callback types 4 and 7): the message body. */
  message?: Record<string, unknown>;
  /** Whether that message body had `allowed_mentions` and what it was (undefined when absent). */
  hasAllowedMentions?: boolean;
  allowedMentions?: unknown;
  /** Set when a fault injected with failNext answered this request. */
  injectedFault?: boolean;
  /** Set when acceptThenDrop cut the connection instead of answering (the request itself was handled). */
  droppedReply?: boolean;
}

export interface RecordedViolation extends LimitViolation {
  method: string;
  /** The request's path (`path` is where in the body the violation is). */
  requestPath: string;
  at: number;
  request: RecordedRequest;
}

export interface FaultRule {
  method?: string;
  pathIncludes?: string;
  status: 429 | 500 | 502 | 503 | 403 | 404 | 400 | 401;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Seconds, for 429 (default 0.05). */
  retryAfter?: number;
  /** For 429: flag the limit as global (`X-RateLimit-Global`). */
  global?: boolean;
  /** Custom JSON body for the error answer. */
  body?: unknown;
}

/** A request that is handled as usual (a message IS created) but whose answer never comes: the socket is cut. */
export interface DropRule {
  method?: string;
  pathIncludes?: string;
  /** How many matching requests are dropped (default 1). */
  times?: number;
}

export interface StoredMessage {
  raw: APIMessage;
  channelId: string;
  /** How it was created. */
  via: 'channel' | 'interaction' | 'followup' | 'seed';
  interactionId?: string;
  deleted: boolean;
}

export type Component = APIMessageComponent;
