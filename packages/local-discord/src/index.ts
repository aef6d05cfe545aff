/**
 * @corridor/local-discord: a local Discord for end-to-end tests and offline sandboxes: gateway (WebSocket) + REST
 * (HTTP) on one 127.0.0.1 port, enough for a real discord.js Client to log in, receive interactions and answer them.
 *
 * This file is the package's whole public surface: users import '@corridor/local-discord', never a file under src/.
 */
export { LocalDiscord } from './local-discord.js';
export {
  createTestClient,
  loginTestClient,
  connectTestClient,
  testClientOptions,
  TEST_REST_OPTIONS,
} from './client.js';
export {
  checkMessageLimits,
  checkAutocompleteLimits,
  checkModalLimits,
  checkCommandLimits,
  embedCharacterCount,
  isEmptyMessage,
  textLength,
  violationsToErrorTree,
  MESSAGE_LIMITS,
  AUTOCOMPLETE_LIMITS,
  MODAL_LIMITS,
  COMMAND_LIMITS,
  type LimitViolation,
  type DiscordErrorTree,
} from './limits.js';
export {
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  ADMIN_PERMISSIONS,
  Permission,
  permissionString,
} from './permissions.js';
export {
  DEFAULT_GUILD_ID,
  DEFAULT_CHANNEL_ID,
  DEFAULT_ANNOUNCEMENTS_CHANNEL_ID,
  DEFAULT_BOT_USER_ID,
  DEFAULT_USER_ID,
} from './world.js';
export { attachmentPayload } from './payloads.js';
export {
  serveLocalDiscord,
  parseServeArgs,
  type ServeOptions,
  type ServedLocalDiscord,
  type DemoInteraction,
} from './serve.js';
export type * from './types.js';
