/**
 * Raw INTERACTION_CREATE payloads (discord-api-types shapes) for slash commands, autocomplete, buttons,
 * select menus and modal submits, complete enough for discord.js to build its interaction classes.
 */
import type { APIMessage } from 'discord-api-types/v10';
import { isObj, memberPayload, messageFromBody } from './payloads.js';
import { MEMBER_PERMISSIONS } from './permissions.js';
import { interactionToken, snowflake } from './snowflake.js';
import type {
  AutocompleteInvocation,
  CommandInvocation,
  ComponentInvocation,
  InvokerOptions,
  ModalSubmitInvocation,
  SelectInvocation,
} from './types.js';
import type { InteractionState, LocalWorld } from './world.js';

type Obj = Record<string, unknown>;

export const InteractionType = {
  Ping: 1,
  ApplicationCommand: 2,
  MessageComponent: 3,
  Autocomplete: 4,
  ModalSubmit: 5,
} as const;

/** The fields every interaction carries: ids, token, invoker, channel, permissions, locale, context. */
function basePayload(
  world: LocalWorld,
  type: number,
  invoker: InvokerOptions,
): { payload: Obj; state: InteractionState } {
  const id = snowflake();
  const token = interactionToken();
  const userSeed = invoker.user ?? world.defaultUser;
  const user = world.rememberUser(userSeed);
  const isDm = invoker.guildId === null;
  const payload: Obj = {
    id,
    application_id: world.applicationId,
    type,
    token,
    version: 1,
    app_permissions: invoker.appPermissions ?? MEMBER_PERMISSIONS,
    locale: invoker.locale ?? 'en-US',
    entitlements: [],
    authorizing_integration_owners: isDm ? { '1': user.id } : {},
    attachment_size_limit: 10_485_760,
  };
  let channelId: string;
  let guildId: string | null = null;
  if (isDm) {
    channelId = invoker.channelId ?? snowflake();
    payload.user = user;
    payload.context = 1;
    payload.channel = { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [user] };
    payload.channel_id = channelId;
  } else {
    guildId = invoker.guildId ?? world.firstGuildId();
    const guild = world.guilds.get(guildId);
    if (!guild) throw new Error(`LocalDiscord: unknown guild ${guildId}`);
    channelId = invoker.channelId ?? world.defaultChannelId(guildId);
    const channel = world.channels.get(channelId);
    payload.guild_id = guildId;
    const guildLocale = invoker.guildLocale ?? guild.preferredLocale;
    payload.guild = { id: guildId, locale: guildLocale, features: [] };
    payload.guild_locale = guildLocale;
    payload.context = 0;
    payload.authorizing_integration_owners = { '0': guildId };
    payload.member = memberPayload(user, invoker.memberRoles ?? [], guild.joinedAt, {
      permissions: invoker.memberPermissions ?? MEMBER_PERMISSIONS,
      nick: invoker.nick ?? null,
    });
    payload.channel = channel
      ? { ...channel.raw }
      : { id: channelId, type: 0, guild_id: guildId, name: 'unknown', permission_overwrites: [], flags: 0 };
    payload.channel_id = channelId;
  }
  const state: InteractionState = {
    id,
    token,
    type,
    applicationId: world.applicationId,
    channelId,
    guildId,
    payload,
    createdAt: Date.now(),
    followupIds: [],
  };
  return { payload, state };
}

function registeredCommandId(
  world: LocalWorld,
  name: string,
  guildId: string | null,
  type: number,
): { id: string; guildId?: string } {
  const scoped = guildId ? (world.guildCommands.get(guildId) ?? []) : [];
  const match = (list: Obj[]) => list.find((c) => c.name === name && (c.type ?? 1) === type);
  const guildCommand = match(scoped);
  if (guildCommand && typeof guildCommand.id === 'string')
    return { id: guildCommand.id, ...(guildId ? { guildId } : {}) };
  const global = match(world.globalCommands);
  if (global && typeof global.id === 'string') return { id: global.id };
  return { id: snowflake() };
}

export function commandInteraction(
  world: LocalWorld,
  inv: CommandInvocation,
): { payload: Obj; state: InteractionState } {
  const built = basePayload(world, InteractionType.ApplicationCommand, inv);
  const type = inv.commandType ?? 1;
  const registered = registeredCommandId(world, inv.name, built.state.guildId, type);
  const data: Obj = {
    id: inv.commandId ?? registered.id,
    name: inv.name,
    type,
  };
  if (registered.guildId) data.guild_id = registered.guildId;
  if (inv.options) data.options = inv.options;
  if (inv.resolved) data.resolved = inv.resolved;
  if (inv.targetId) data.target_id = inv.targetId;
  built.payload.data = data;
  return built;
}

export function autocompleteInteraction(
  world: LocalWorld,
  inv: AutocompleteInvocation,
): { payload: Obj; state: InteractionState } {
  const built = basePayload(world, InteractionType.Autocomplete, inv);
  const registered = registeredCommandId(world, inv.name, built.state.guildId, 1);
  const data: Obj = { id: inv.commandId ?? registered.id, name: inv.name, type: 1, options: inv.options };
  if (registered.guildId) data.guild_id = registered.guildId;
  built.payload.data = data;
  return built;
}

/** The message a component interaction carries: a stored one, or a made-up bot message holding the component. */
function sourceMessage(
  world: LocalWorld,
  inv: ComponentInvocation | ModalSubmitInvocation,
  channelId: string,
  guildId: string | null,
  component: Obj | null,
): APIMessage {
  const stored = inv.messageId ? world.messages.get(inv.messageId) : undefined;
  const overrides = 'message' in inv && isObj(inv.message) ? inv.message : {};
  if (stored) return { ...stored.raw, ...overrides };
  const made = messageFromBody(
    { content: '', components: component ? [{ type: 1, components: [component] }] : [] },
    undefined,
    { id: inv.messageId ?? snowflake(), channelId, guildId, author: world.botUser, applicationId: world.applicationId },
  );
  return { ...made, ...overrides };
}

export function buttonInteraction(
  world: LocalWorld,
  inv: ComponentInvocation,
): { payload: Obj; state: InteractionState } {
  const built = basePayload(world, InteractionType.MessageComponent, inv);
  const message = sourceMessage(world, inv, built.state.channelId, built.state.guildId, {
    type: 2,
    style: 1,
    label: 'Button',
    custom_id: inv.customId,
  });
  built.payload.message = message;
  built.payload.data = { custom_id: inv.customId, component_type: 2 };
  built.state.sourceMessageId = message.id;
  return built;
}

export function selectInteraction(world: LocalWorld, inv: SelectInvocation): { payload: Obj; state: InteractionState } {
  const built = basePayload(world, InteractionType.MessageComponent, inv);
  const componentType = inv.componentType ?? 3;
  const component: Obj =
    componentType === 3
      ? {
          type: 3,
          custom_id: inv.customId,
          options: inv.values.map((v) => ({ label: v, value: v })),
          min_values: 1,
          max_values: Math.max(1, inv.values.length),
        }
      : { type: componentType, custom_id: inv.customId };
  const message = sourceMessage(world, inv, built.state.channelId, built.state.guildId, component);
  built.payload.message = message;
  const data: Obj = { custom_id: inv.customId, component_type: componentType, values: inv.values };
  if (inv.resolved) data.resolved = inv.resolved;
  built.payload.data = data;
  built.state.sourceMessageId = message.id;
  return built;
}

export function modalSubmitInteraction(
  world: LocalWorld,
  inv: ModalSubmitInvocation,
): { payload: Obj; state: InteractionState } {
  const built = basePayload(world, InteractionType.ModalSubmit, inv);
  let componentId = 1;
  const components = Object.entries(inv.fields).map(([customId, value]) => {
    const input = { type: 4, id: componentId + 1, custom_id: customId, value };
    const wrapper =
      inv.shape === 'labels'
        ? { type: 18, id: componentId, component: input }
        : { type: 1, id: componentId, components: [input] };
    componentId += 2;
    return wrapper;
  });
  built.payload.data = { custom_id: inv.customId, components };
  if (inv.messageId) {
    const message = sourceMessage(world, inv, built.state.channelId, built.state.guildId, null);
    built.payload.message = message;
    built.state.sourceMessageId = message.id;
  }
  return built;
}
