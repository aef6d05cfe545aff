/**
 * The REST half of the local Discord: routes under /api/v10 answering like Discord (status codes, error
 * bodies, full message objects), with Discord's limits enforced on every message-bearing body.
 */
import type { APIMessage } from 'discord-api-types/v10';
import {
  checkAutocompleteLimits,
  checkCommandLimits,
  checkMessageLimits,
  checkModalLimits,
  isEmptyMessage,
  MESSAGE_LIMITS,
  violationsToErrorTree,
  type LimitViolation,
} from './limits.js';
import { applyMessageEdit, isObj, messageFromBody } from './payloads.js';
import { snowflake } from './snowflake.js';
import type { RecordedFile, RecordedRequest, StoredMessage } from './types.js';
import type { InteractionState, LocalWorld } from './world.js';

type Obj = Record<string, unknown>;

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RestRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  record: RecordedRequest;
}

export interface RestDeps {
  world: LocalWorld;
  gatewayUrl(): string;
  enforceLimits: boolean;
  ackDeadlineMs: number | null;
  /** How long an enforced nonce is remembered (ms). */
  nonceWindowMs: number;
  onViolations(record: RecordedRequest, violations: LimitViolation[]): void;
  onMessageStored(message: StoredMessage): void;
}

const json = (status: number, body: unknown): RestResponse => ({ status, body });
const noContent = (): RestResponse => ({ status: 204 });

export const Errors = {
  unknownChannel: () => json(404, { message: 'Unknown Channel', code: 10003 }),
  unknownGuild: () => json(404, { message: 'Unknown Guild', code: 10004 }),
  unknownMember: () => json(404, { message: 'Unknown Member', code: 10007 }),
  unknownMessage: () => json(404, { message: 'Unknown Message', code: 10008 }),
  unknownUser: () => json(404, { message: 'Unknown User', code: 10013 }),
  unknownWebhook: () => json(404, { message: 'Unknown Webhook', code: 10015 }),
  unknownApplication: () => json(404, { message: 'Unknown Application', code: 10002 }),
  unknownCommand: () => json(404, { message: 'Unknown application command', code: 10063 }),
  unknownInteraction: () => json(404, { message: 'Unknown interaction', code: 10062 }),
  alreadyAcknowledged: () => json(400, { message: 'Interaction has already been acknowledged.', code: 40060 }),
  emptyMessage: () => json(400, { message: 'Cannot send an empty message', code: 50006 }),
  nonTextChannel: () => json(400, { message: 'Cannot send messages in a non-text channel', code: 50008 }),
  missingPermissions: () => json(403, { message: 'Missing Permissions', code: 50013 }),
  notFound: () => json(404, { message: '404: Not Found', code: 0 }),
  invalidFormBody: (violations: readonly LimitViolation[]) =>
    json(400, { message: 'Invalid Form Body', code: 50035, errors: violationsToErrorTree(violations) }),
};

type Handler = (req: RestRequest, params: Record<string, string>) => RestResponse;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

/** Turns `/channels/:channelId/messages` into a RegExp with named groups. */
function compile(path: string): RegExp {
  const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, '(?<$1>[^/]+)');
  return new RegExp(`^${source}/?$`);
}

const TEXT_CHANNEL_TYPES = new Set([0, 1, 2, 3, 5, 10, 11, 12, 13]);

export class LocalRest {
  private readonly routes: Route[] = [];
  /** `enforce_nonce`: "authorId|nonce" → the message it created and when. */
  private readonly nonces = new Map<string, { messageId: string; at: number }>();

  constructor(private readonly deps: RestDeps) {
    const r = (method: string, path: string, handler: Handler) =>
      this.routes.push({ method, pattern: compile(path), handler });
    const w = () => this.deps.world;

    // Gateway and identity
    r('GET', '/gateway', () => json(200, { url: this.deps.gatewayUrl() }));
    r('GET', '/gateway/bot', () =>
      json(200, {
        url: this.deps.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    );
    r('GET', '/users/@me', () => json(200, w().botUser));
    r('GET', '/users/:userId', (_req, p) => {
      const user = w().users.get(p.userId ?? '');
      return user ? json(200, user) : Errors.unknownUser();
    });
    r('GET', '/applications/@me', () => json(200, w().applicationPayload()));
    r('GET', '/oauth2/applications/@me', () => json(200, w().applicationPayload()));

    // Application commands (global and guild)
    r('GET', '/applications/:appId/commands', (_req, p) => this.listCommands(p));
    r('PUT', '/applications/:appId/commands', (req, p) => this.overwriteCommands(req, p));
    r('POST', '/applications/:appId/commands', (req, p) => this.createCommand(req, p));
    r('GET', '/applications/:appId/commands/:commandId', (_req, p) => this.getCommand(p));
    r('PATCH', '/applications/:appId/commands/:commandId', (req, p) => this.editCommand(req, p));
    r('DELETE', '/applications/:appId/commands/:commandId', (_req, p) => this.deleteCommand(p));
    r('GET', '/applications/:appId/guilds/:guildId/commands', (_req, p) => this.listCommands(p));
    r('PUT', '/applications/:appId/guilds/:guildId/commands', (req, p) => this.overwriteCommands(req, p));
    r('POST', '/applications/:appId/guilds/:guildId/commands', (req, p) => this.createCommand(req, p));
    r('GET', '/applications/:appId/guilds/:guildId/commands/:commandId', (_req, p) => this.getCommand(p));
    r('PATCH', '/applications/:appId/guilds/:guildId/commands/:commandId', (req, p) => this.editCommand(req, p));
    r('DELETE', '/applications/:appId/guilds/:guildId/commands/:commandId', (_req, p) => this.deleteCommand(p));

    // Interactions
    r('POST', '/interactions/:interactionId/:token/callback', (req, p) => this.callback(req, p));
    r('GET', '/webhooks/:appId/:token/messages/:messageId', (req, p) => this.webhookMessage(req, p));
    r('PATCH', '/webhooks/:appId/:token/messages/:messageId', (req, p) => this.webhookMessage(req, p));
    r('DELETE', '/webhooks/:appId/:token/messages/:messageId', (req, p) => this.webhookMessage(req, p));
    r('POST', '/webhooks/:appId/:token', (req, p) => this.followup(req, p));

    // Channels and messages
    r('GET', '/channels/:channelId', (_req, p) => {
      const channel = w().channels.get(p.channelId ?? '');
      return channel ? json(200, channel.raw) : Errors.unknownChannel();
    });
    r('POST', '/channels/:channelId/typing', (_req, p) =>
      w().channels.has(p.channelId ?? '') ? noContent() : Errors.unknownChannel(),
    );
    r('GET', '/channels/:channelId/messages', (req, p) => this.listChannelMessages(req, p));
    r('POST', '/channels/:channelId/messages', (req, p) => this.createChannelMessage(req, p));
    r('GET', '/channels/:channelId/messages/:messageId', (req, p) => this.channelMessage(req, p));
    r('PATCH', '/channels/:channelId/messages/:messageId', (req, p) => this.channelMessage(req, p));
    r('DELETE', '/channels/:channelId/messages/:messageId', (req, p) => this.channelMessage(req, p));

    // Guilds
    r('GET', '/guilds/:guildId', (_req, p) => {
      const guild = w().guilds.get(p.guildId ?? '');
      return guild ? json(200, w().guildPayload(guild)) : Errors.unknownGuild();
    });
    r('GET', '/guilds/:guildId/channels', (_req, p) => {
      const guild = w().guilds.get(p.guildId ?? '');
      if (!guild) return Errors.unknownGuild();
      return json(200, guild.channelIds.map((id) => w().channels.get(id)?.raw).filter(Boolean));
    });
    r('GET', '/guilds/:guildId/roles', (_req, p) => {
      const guild = w().guilds.get(p.guildId ?? '');
      return guild ? json(200, guild.roles) : Errors.unknownGuild();
    });
    r('GET', '/guilds/:guildId/members/:userId', (_req, p) => {
      if (!w().guilds.has(p.guildId ?? '')) return Errors.unknownGuild();
      const userId = p.userId === '@me' ? w().botUser.id : (p.userId ?? '');
      const member = w().memberOf(p.guildId ?? '', userId);
      return member ? json(200, member) : Errors.unknownMember();
    });
  }

  /** Answers a request, or returns undefined when no route matches. */
  handle(req: RestRequest): RestResponse | undefined {
    for (const route of this.routes) {
      if (route.method !== req.method) continue;
      const match = route.pattern.exec(req.path);
      if (match) return route.handler(req, { ...(match.groups ?? {}) });
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------------------
  // Message bodies: capture + limits
  // -------------------------------------------------------------------------------------------------------

  /** Records the message body on the request and checks it; returns an error response when it must be refused. */
  private vetMessage(req: RestRequest, message: unknown, prefix: string, creating: boolean): RestResponse | undefined {
    const body = isObj(message) ? message : {};
    req.record.message = body;
    req.record.hasAllowedMentions = 'allowed_mentions' in body;
    req.record.allowedMentions = body.allowed_mentions;
    const violations = checkMessageLimits(body, prefix);
    if (req.files.length > MESSAGE_LIMITS.files) {
      violations.push({
        path: prefix ? `${prefix}.files` : 'files',
        code: 'BASE_TYPE_MAX_LENGTH',
        detail: `Must be ${MESSAGE_LIMITS.files} or fewer in length.`,
        message: `files: must be ${MESSAGE_LIMITS.files} or fewer in length (got ${req.files.length})`,
      });
    }
    if (creating && isEmptyMessage(body, req.files.length)) {
      this.deps.onViolations(req.record, [
        {
          path: prefix,
          code: 'EMPTY_MESSAGE',
          detail: 'Cannot send an empty message',
          message: `${prefix || '(body)'}: cannot send an empty message`,
        },
      ]);
      if (this.deps.enforceLimits) return Errors.emptyMessage();
    }
    return this.refuse(req, violations);
  }

  private refuse(req: RestRequest, violations: LimitViolation[]): RestResponse | undefined {
    if (violations.length === 0) return undefined;
    this.deps.onViolations(req.record, violations);
    return this.deps.enforceLimits ? Errors.invalidFormBody(violations) : undefined;
  }

  private store(message: APIMessage, via: StoredMessage['via'], interactionId?: string): StoredMessage {
    const existing = this.deps.world.messages.get(message.id);
    const stored: StoredMessage = existing ?? {
      raw: message,
      channelId: message.channel_id,
      via,
      deleted: false,
      ...(interactionId ? { interactionId } : {}),
    };
    stored.raw = message;
    this.deps.world.messages.set(message.id, stored);
    this.deps.onMessageStored(stored);
    return stored;
  }

  // -------------------------------------------------------------------------------------------------------
  // Interaction callbacks and webhooks
  // -------------------------------------------------------------------------------------------------------

  private callback(req: RestRequest, p: Record<string, string>): RestResponse {
    const world = this.deps.world;
    const state = world.interactions.get(p.interactionId ?? '');
    if (!state || state.token !== p.token) return Errors.unknownInteraction();
    if (state.responseType !== undefined) return Errors.alreadyAcknowledged();
    if (this.deps.ackDeadlineMs !== null && Date.now() - state.createdAt > this.deps.ackDeadlineMs)
      return Errors.unknownInteraction();
    const body = isObj(req.body) ? req.body : {};
    const type = body.type;
    const data = body.data;
    const invalidType = (why: string) =>
      this.refuse(req, [
        { path: 'type', code: 'INTERACTION_CALLBACK_TYPE_INVALID', detail: why, message: `type: ${why.toLowerCase()}` },
      ]) ?? noContent();
    const isComponent = state.type === 3 || (state.type === 5 && state.sourceMessageId !== undefined);

    if (state.type === 4 && type !== 8)
      return invalidType('Autocomplete interactions only accept autocomplete results (type 8).');
    let message: APIMessage | undefined;
    switch (type) {
      case 4: {
        const refused = this.vetMessage(req, data, 'data', true);
        if (refused) return refused;
        message = this.interactionMessage(state, isObj(data) ? data : {}, req.files);
        state.originalMessageId = message.id;
        break;
      }
      case 5: {
        const flags = isObj(data) && typeof data.flags === 'number' ? data.flags : 0;
        message = this.interactionMessage(state, { content: '', flags: (flags & (1 << 6)) | (1 << 7) }, undefined);
        state.originalMessageId = message.id;
        break;
      }
      case 6:
      case 7: {
        if (!isComponent)
          return invalidType('Interaction callback types 6 and 7 are only valid for component interactions.');
        const source = this.sourceMessage(state);
        if (type === 7) {
          const refused = this.vetMessage(req, data, 'data', false);
          if (refused) return refused;
          message = this.store(
            applyMessageEdit(source, isObj(data) ? data : {}, req.files),
            'interaction',
            state.id,
          ).raw;
        } else {
          message = source;
        }
        state.originalMessageId = message.id;
        break;
      }
      case 8: {
        if (state.type !== 4) return invalidType('Autocomplete results are only valid for autocomplete interactions.');
        const refused = this.refuse(req, checkAutocompleteLimits(data));
        if (refused) return refused;
        break;
      }
      case 9: {
        if (state.type === 4 || state.type === 5)
          return invalidType('A modal cannot be shown in response to this interaction type.');
        const refused = this.refuse(req, checkModalLimits(data));
        if (refused) return refused;
        break;
      }
      case 10:
      case 12:
        break;
      default:
        return invalidType(`Value must be one of (4, 5, 6, 7, 8, 9, 10, 12); got ${String(type)}.`);
    }
    state.responseType = type;
    if (req.query.with_response !== 'true') return noContent();
    return json(200, {
      interaction: {
        id: state.id,
        type: state.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: type === 5,
              response_message_ephemeral: ((message.flags ?? 0) & (1 << 6)) !== 0,
            }
          : {}),
      },
      // Discord returns the message only for types that make or update one in the same call.
      resource: { type, ...(message && (type === 4 || type === 7) ? { message } : {}) },
    });
  }

  /** Creates (and stores) a message made by an interaction response or follow-up. */
  private interactionMessage(
    state: InteractionState,
    body: Obj,
    files: RecordedFile[] | undefined,
    via: StoredMessage['via'] = 'interaction',
  ): APIMessage {
    const world = this.deps.world;
    const message = messageFromBody(body, files, {
      channelId: state.channelId,
      guildId: state.guildId,
      author: world.botUser,
      webhookId: state.applicationId,
      applicationId: state.applicationId,
      type: 0,
    });
    const withMeta = {
      ...message,
      interaction_metadata: this.interactionMetadata(state),
    } as unknown as APIMessage;
    return this.store(withMeta, via, state.id).raw;
  }

  /** What Discord records on a message about the interaction that made it, per interaction type. */
  private interactionMetadata(state: InteractionState): Obj {
    const base: Obj = {
      id: state.id,
      type: state.type,
      user: isObj(state.payload.member) ? state.payload.member.user : state.payload.user,
      authorizing_integration_owners: state.payload.authorizing_integration_owners,
    };
    if (state.originalMessageId) base.original_response_message_id = state.originalMessageId;
    if (state.type === 3 && state.sourceMessageId) base.interacted_message_id = state.sourceMessageId;
    if (state.type === 5) {
      // A modal is opened by a command or a component. This stand-in does not keep the opening interaction, so it
      // tells the two apart by the source message and reuses the modal's own id for it.
      base.triggering_interaction_metadata = state.sourceMessageId
        ? {
            id: state.id,
            type: 3,
            user: base.user,
            authorizing_integration_owners: base.authorizing_integration_owners,
            interacted_message_id: state.sourceMessageId,
          }
        : {
            id: state.id,
            type: 2,
            user: base.user,
            authorizing_integration_owners: base.authorizing_integration_owners,
          };
    }
    return base;
  }

  /** The message a component interaction was attached to (stored if it was made up). */
  private sourceMessage(state: InteractionState): APIMessage {
    const id = state.sourceMessageId ?? '';
    const stored = this.deps.world.messages.get(id);
    if (stored) return stored.raw;
    const carried = state.payload.message as APIMessage | undefined;
    if (!carried) throw new Error('component interaction without a message');
    return this.store(carried, 'interaction', state.id).raw;
  }

  private webhookState(p: Record<string, string>): InteractionState | undefined {
    const state = this.deps.world.interactionsByToken.get(p.token ?? '');
    if (!state || state.applicationId !== p.appId) return undefined;
    return state;
  }

  private webhookMessage(req: RestRequest, p: Record<string, string>): RestResponse {
    const state = this.webhookState(p);
    if (!state || state.responseType === undefined) return Errors.unknownWebhook();
    const id = p.messageId === '@original' ? state.originalMessageId : p.messageId;
    if (!id || (id !== state.originalMessageId && !state.followupIds.includes(id))) return Errors.unknownMessage();
    const stored = this.deps.world.messages.get(id);
    if (!stored || stored.deleted) return Errors.unknownMessage();
    if (req.method === 'GET') return json(200, stored.raw);
    if (req.method === 'DELETE') {
      stored.deleted = true;
      return noContent();
    }
    const refused = this.vetMessage(req, req.body, '', false);
    if (refused) return refused;
    const edited = applyMessageEdit(stored.raw, isObj(req.body) ? req.body : {}, req.files);
    return json(200, this.store(edited, stored.via, state.id).raw);
  }

  private followup(req: RestRequest, p: Record<string, string>): RestResponse {
    const state = this.webhookState(p);
    if (!state || state.responseType === undefined) return Errors.unknownWebhook();
    const refused = this.vetMessage(req, req.body, '', true);
    if (refused) return refused;
    const body = isObj(req.body) ? req.body : {};
    const original = state.originalMessageId ? this.deps.world.messages.get(state.originalMessageId) : undefined;
    let message: APIMessage;
    if (state.responseType === 5 && original && ((original.raw.flags ?? 0) & (1 << 7)) !== 0) {
      // Like Discord: the first follow-up after a deferred reply replaces the "thinking..." message.
      message = this.store(applyMessageEdit(original.raw, body, req.files), original.via, state.id).raw;
    } else {
      message = this.interactionMessage(state, body, req.files, 'followup');
      state.followupIds.push(message.id);
    }
    return req.query.wait === 'true' ? json(200, message) : noContent();
  }

  // -------------------------------------------------------------------------------------------------------
  // Channels
  // -------------------------------------------------------------------------------------------------------

  private createChannelMessage(req: RestRequest, p: Record<string, string>): RestResponse {
    const world = this.deps.world;
    const channel = world.channels.get(p.channelId ?? '');
    if (!channel) return Errors.unknownChannel();
    if (!TEXT_CHANNEL_TYPES.has(Number(channel.raw.type))) return Errors.nonTextChannel();
    const refused = this.vetMessage(req, req.body, '', true);
    if (refused) return refused;
    const body = isObj(req.body) ? req.body : {};
    // Like Discord: with enforce_nonce, the same nonce from the same author within the window returns the first
    // message and creates none.
    const nonceKey =
      body.enforce_nonce === true && (typeof body.nonce === 'string' || typeof body.nonce === 'number')
        ? `${world.botUser.id}|${String(body.nonce)}`
        : undefined;
    if (nonceKey) {
      const seen = this.nonces.get(nonceKey);
      const first =
        seen && Date.now() - seen.at <= this.deps.nonceWindowMs ? world.messages.get(seen.messageId) : undefined;
      if (first && !first.deleted) return json(200, first.raw);
    }
    const message = messageFromBody(body, req.files, {
      channelId: p.channelId ?? '',
      guildId: channel.guildId,
      author: world.botUser,
    });
    channel.raw.last_message_id = message.id;
    if (nonceKey) this.nonces.set(nonceKey, { messageId: message.id, at: Date.now() });
    return json(200, this.store(message, 'channel').raw);
  }

  private listChannelMessages(req: RestRequest, p: Record<string, string>): RestResponse {
    const world = this.deps.world;
    if (!world.channels.has(p.channelId ?? '')) return Errors.unknownChannel();
    const limit = Math.min(100, Math.max(1, Number(req.query.limit ?? 50) || 50));
    const list = [...world.messages.values()]
      .filter((m) => m.channelId === p.channelId && !m.deleted)
      .map((m) => m.raw)
      .reverse()
      .slice(0, limit);
    return json(200, list);
  }

  private channelMessage(req: RestRequest, p: Record<string, string>): RestResponse {
    const world = this.deps.world;
    if (!world.channels.has(p.channelId ?? '')) return Errors.unknownChannel();
    const stored = world.messages.get(p.messageId ?? '');
    if (!stored || stored.deleted || stored.channelId !== p.channelId) return Errors.unknownMessage();
    if (req.method === 'GET') return json(200, stored.raw);
    if (req.method === 'DELETE') {
      stored.deleted = true;
      return noContent();
    }
    const refused = this.vetMessage(req, req.body, '', false);
    if (refused) return refused;
    return json(
      200,
      this.store(applyMessageEdit(stored.raw, isObj(req.body) ? req.body : {}, req.files), stored.via).raw,
    );
  }

  // -------------------------------------------------------------------------------------------------------
  // Application commands
  // -------------------------------------------------------------------------------------------------------

  private commandList(p: Record<string, string>): Obj[] | RestResponse {
    const world = this.deps.world;
    if (p.appId !== world.applicationId) return Errors.unknownApplication();
    if (p.guildId === undefined) return world.globalCommands;
    if (!world.guilds.has(p.guildId)) return Errors.unknownGuild();
    let list = world.guildCommands.get(p.guildId);
    if (!list) {
      list = [];
      world.guildCommands.set(p.guildId, list);
    }
    return list;
  }

  private normaliseCommand(raw: Obj, p: Record<string, string>, existing: Obj | undefined): Obj {
    const world = this.deps.world;
    const type = typeof raw.type === 'number' ? raw.type : 1;
    return {
      default_member_permissions: null,
      nsfw: false,
      description: '',
      ...raw,
      type,
      id: existing?.id ?? snowflake(),
      application_id: world.applicationId,
      version: snowflake(),
      ...(p.guildId !== undefined ? { guild_id: p.guildId } : {}),
      ...(p.guildId === undefined
        ? { contexts: raw.contexts ?? null, integration_types: raw.integration_types ?? [0] }
        : {}),
    };
  }

  private listCommands(p: Record<string, string>): RestResponse {
    const list = this.commandList(p);
    return Array.isArray(list) ? json(200, list) : list;
  }

  private overwriteCommands(req: RestRequest, p: Record<string, string>): RestResponse {
    const list = this.commandList(p);
    if (!Array.isArray(list)) return list;
    const refused = this.refuse(req, checkCommandLimits(req.body));
    if (refused) return refused;
    const incoming = Array.isArray(req.body) ? req.body.filter(isObj) : [];
    const next = incoming.map((raw) => {
      const type = typeof raw.type === 'number' ? raw.type : 1;
      const existing = list.find((c) => c.name === raw.name && c.type === type);
      return this.normaliseCommand(raw, p, existing);
    });
    list.splice(0, list.length, ...next);
    return json(200, list);
  }

  private createCommand(req: RestRequest, p: Record<string, string>): RestResponse {
    const list = this.commandList(p);
    if (!Array.isArray(list)) return list;
    const refused = this.refuse(req, checkCommandLimits([req.body]));
    if (refused) return refused;
    const raw = isObj(req.body) ? req.body : {};
    const type = typeof raw.type === 'number' ? raw.type : 1;
    const index = list.findIndex((c) => c.name === raw.name && c.type === type);
    const command = this.normaliseCommand(raw, p, index >= 0 ? list[index] : undefined);
    if (index >= 0) list[index] = command;
    else list.push(command);
    return json(index >= 0 ? 200 : 201, command);
  }

  private findCommand(p: Record<string, string>): { list: Obj[]; index: number } | RestResponse {
    const list = this.commandList(p);
    if (!Array.isArray(list)) return list;
    const index = list.findIndex((c) => c.id === p.commandId);
    return index >= 0 ? { list, index } : Errors.unknownCommand();
  }

  private getCommand(p: Record<string, string>): RestResponse {
    const found = this.findCommand(p);
    return 'list' in found ? json(200, found.list[found.index]) : found;
  }

  private editCommand(req: RestRequest, p: Record<string, string>): RestResponse {
    const found = this.findCommand(p);
    if (!('list' in found)) return found;
    const current = found.list[found.index] ?? {};
    const merged = { ...current, ...(isObj(req.body) ? req.body : {}) };
    const refused = this.refuse(req, checkCommandLimits([merged]));
    if (refused) return refused;
    const command = this.normaliseCommand(merged, p, current);
    found.list[found.index] = command;
    return json(200, command);
  }

  private deleteCommand(p: Record<string, string>): RestResponse {
    const found = this.findCommand(p);
    if (!('list' in found)) return found;
    found.list.splice(found.index, 1);
    return noContent();
  }
}
