/**
 * The state of the local Discord: guilds, channels, users, messages, interactions and registered commands,
 * seeded from LocalDiscordOptions. Also produces the READY and GUILD_CREATE payloads.
 */
import type { APIGuildMember, APIRole, APIUser } from 'discord-api-types/v10';
import { channelPayload, everyoneRole, memberPayload, rolePayload, userPayload } from './payloads.js';
import { MEMBER_PERMISSIONS } from './permissions.js';
import type { ChannelSeed, GuildSeed, LocalDiscordOptions, StoredMessage, UserSeed } from './types.js';

type Obj = Record<string, unknown>;

export const DEFAULT_GUILD_ID = '100000000000000001';
export const DEFAULT_CHANNEL_ID = '200000000000000001';
export const DEFAULT_ANNOUNCEMENTS_CHANNEL_ID = '200000000000000002';
export const DEFAULT_BOT_USER_ID = '300000000000000001';
export const DEFAULT_USER_ID = '400000000000000001';

export const DEFAULT_GUILDS: GuildSeed[] = [
  {
    id: DEFAULT_GUILD_ID,
    name: 'Test Guild',
    channels: [
      { id: DEFAULT_CHANNEL_ID, name: 'general' },
      { id: DEFAULT_ANNOUNCEMENTS_CHANNEL_ID, name: 'announcements' },
    ],
  },
];

export interface GuildState {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: string;
  joinedAt: string;
  roles: APIRole[];
  channelIds: string[];
}

export interface ChannelState {
  raw: Obj;
  guildId: string | null;
}

export interface InteractionState {
  id: string;
  token: string;
  /** Interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  applicationId: string;
  channelId: string;
  guildId: string | null;
  payload: Obj;
  createdAt: number;
  /** Callback type of the (first, successful) response. */
  responseType?: number;
  originalMessageId?: string;
  /** For component (and component-born modal) interactions: the message carrying the component. */
  sourceMessageId?: string;
  followupIds: string[];
}

export class LocalWorld {
  readonly guilds = new Map<string, GuildState>();
  readonly channels = new Map<string, ChannelState>();
  readonly users = new Map<string, APIUser>();
  readonly messages = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, InteractionState>();
  readonly interactionsByToken = new Map<string, InteractionState>();
  readonly globalCommands: Obj[] = [];
  readonly guildCommands = new Map<string, Obj[]>();
  readonly botUser: APIUser;
  readonly applicationId: string;
  readonly defaultUser: UserSeed;

  constructor(options: LocalDiscordOptions) {
    const bot: UserSeed = {
      id: options.botUser?.id ?? DEFAULT_BOT_USER_ID,
      username: options.botUser?.username ?? 'Corridor',
      globalName: options.botUser?.globalName ?? null,
    };
    this.botUser = userPayload(bot, true);
    this.users.set(bot.id, this.botUser);
    this.applicationId = options.applicationId ?? bot.id;
    this.defaultUser = options.defaultUser ?? { id: DEFAULT_USER_ID, username: 'tester' };
    for (const seed of options.guilds ?? DEFAULT_GUILDS) this.addGuild(seed);
  }

  addGuild(seed: GuildSeed): GuildState {
    const roleSeeds = seed.roles ?? [];
    const everyone = roleSeeds.find((r) => r.id === seed.id) ?? everyoneRole(seed.id);
    const roles = [
      rolePayload(everyone, 0),
      ...roleSeeds.filter((r) => r.id !== seed.id).map((r, i) => rolePayload(r, i + 1)),
    ];
    const guild: GuildState = {
      id: seed.id,
      name: seed.name,
      ownerId: seed.ownerId ?? this.defaultUser.id,
      preferredLocale: seed.preferredLocale ?? 'en-US',
      joinedAt: new Date().toISOString(),
      roles,
      channelIds: [],
    };
    this.guilds.set(guild.id, guild);
    for (const channel of seed.channels ?? []) this.addChannel(guild.id, channel);
    return guild;
  }

  addChannel(guildId: string, seed: ChannelSeed): ChannelState {
    const guild = this.guilds.get(guildId);
    if (!guild) throw new Error(`LocalDiscord: unknown guild ${guildId}`);
    const state: ChannelState = { raw: channelPayload(seed, guildId, guild.channelIds.length), guildId };
    this.channels.set(seed.id, state);
    guild.channelIds.push(seed.id);
    return state;
  }

  removeChannel(channelId: string): ChannelState | undefined {
    const state = this.channels.get(channelId);
    if (!state) return undefined;
    this.channels.delete(channelId);
    if (state.guildId) {
      const guild = this.guilds.get(state.guildId);
      if (guild) guild.channelIds = guild.channelIds.filter((id) => id !== channelId);
    }
    return state;
  }

  /** The first text channel of a guild (where interactions happen by default). */
  defaultChannelId(guildId: string): string {
    const guild = this.guilds.get(guildId);
    const id = guild?.channelIds.find((cid) => {
      const type = this.channels.get(cid)?.raw.type;
      return type === 0 || type === 5;
    });
    if (!id) throw new Error(`LocalDiscord: guild ${guildId} has no text channel`);
    return id;
  }

  firstGuildId(): string {
    const first = this.guilds.keys().next();
    if (first.done) throw new Error('LocalDiscord: no guild configured');
    return first.value;
  }

  rememberUser(user: UserSeed): APIUser {
    const payload = userPayload(user);
    this.users.set(user.id, payload);
    return payload;
  }

  botMember(guild: GuildState): APIGuildMember {
    return memberPayload(this.botUser, [], guild.joinedAt);
  }

  guildPayload(guild: GuildState): Obj {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: 0,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: guild.roles,
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      max_presences: null,
      max_members: 500000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: guild.preferredLocale,
      public_updates_channel_id: null,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      incidents_data: null,
    };
  }

  guildCreatePayload(guild: GuildState): Obj {
    return {
      ...this.guildPayload(guild),
      unavailable: false,
      joined_at: guild.joinedAt,
      large: false,
      member_count: 2,
      voice_states: [],
      members: [this.botMember(guild)],
      channels: guild.channelIds.map((id) => {
        const { guild_id: _omit, ...raw } = this.channels.get(id)?.raw ?? {};
        return raw;
      }),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  readyPayload(): Obj {
    return {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, email: null },
      user_settings: {},
      guilds: [...this.guilds.keys()].map((id) => ({ id, unavailable: true })),
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['local'],
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
    };
  }

  applicationPayload(): Obj {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      owner: userPayload(this.defaultUser),
      team: null,
      bot: this.botUser,
      approximate_guild_count: this.guilds.size,
      interactions_endpoint_url: null,
      integration_types_config: { '0': {} },
    };
  }

  /** The member object for a user in a guild (only the bot and users seen in interactions are known). */
  memberOf(guildId: string, userId: string): APIGuildMember | undefined {
    const guild = this.guilds.get(guildId);
    if (!guild) return undefined;
    if (userId === this.botUser.id) return this.botMember(guild);
    const user = this.users.get(userId);
    return user ? memberPayload(user, [], guild.joinedAt) : undefined;
  }

  defaultMemberPermissions(): string {
    return MEMBER_PERMISSIONS;
  }
}
