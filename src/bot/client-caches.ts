import { Options, type ClientOptions } from 'discord.js';

/**
 * The bot answers interactions from their payloads and never reads members, messages, presences or other users
 * from discord.js's caches, which by default grow with every member who ever clicks anything. Keep only the bot's
 * own user and member; guilds, channels and roles stay cached (posting and permission checks need them).
 */
export const CLIENT_CACHE_OPTIONS: Pick<ClientOptions, 'makeCache' | 'sweepers'> = {
  makeCache: Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    MessageManager: 0,
    DMMessageManager: 0,
    GuildMessageManager: 0,
    UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
    GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user?.id },
    PresenceManager: 0,
    VoiceStateManager: 0,
    ReactionManager: 0,
    ReactionUserManager: 0,
    ThreadMemberManager: 0,
    GuildBanManager: 0,
    GuildInviteManager: 0,
    GuildScheduledEventManager: 0,
    StageInstanceManager: 0,
    GuildEmojiManager: 0,
    BaseGuildEmojiManager: 0,
    GuildStickerManager: 0,
    AutoModerationRuleManager: 0,
    ApplicationCommandManager: 0,
    EntitlementManager: 0,
  }),
  // A second line of defence for whatever slips past the limits (e.g. the kept bot user is never swept).
  sweepers: {
    ...Options.DefaultSweeperSettings,
    users: { interval: 3_600, filter: () => (user) => user.id !== user.client.user?.id },
    guildMembers: { interval: 3_600, filter: () => (member) => member.id !== member.client.user?.id },
    messages: { interval: 3_600, lifetime: 1_800 },
  },
};
