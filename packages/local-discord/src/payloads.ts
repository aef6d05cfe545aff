/**
 * Builders for the raw Discord objects the local Discord hands out (discord-api-types shapes):
 * users, roles, channels, members, guilds, messages and attachments.
 */
import type {
  APIAttachment,
  APIEmbed,
  APIGuildMember,
  APIMessage,
  APIRole,
  APIUser,
  GuildMemberFlags,
  RoleFlags,
  UserFlags,
} from 'discord-api-types/v10';
import { MEMBER_PERMISSIONS } from './permissions.js';
import { snowflake } from './snowflake.js';
import type { ChannelSeed, RecordedFile, RoleSeed, UserSeed } from './types.js';

type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function userPayload(user: UserSeed, bot = false): APIUser {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.globalName ?? null,
    avatar: null,
    ...(bot ? { bot: true } : {}),
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
  };
}

export function rolePayload(seed: RoleSeed, position: number, managed = false): APIRole {
  return {
    id: seed.id,
    name: seed.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: seed.permissions ?? '0',
    managed,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

export function channelPayload(seed: ChannelSeed, guildId: string, position: number): Obj {
  const type = seed.type ?? 0;
  const base: Obj = {
    id: seed.id,
    type,
    name: seed.name,
    guild_id: guildId,
    position,
    permission_overwrites: [],
    parent_id: seed.parentId ?? null,
    flags: 0,
  };
  if (type === 0 || type === 5) {
    Object.assign(base, {
      topic: seed.topic ?? null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      default_auto_archive_duration: 1440,
      last_pin_timestamp: null,
    });
  } else if (type === 2 || type === 13) {
    Object.assign(base, { bitrate: 64000, user_limit: 0, rtc_region: null, nsfw: false, rate_limit_per_user: 0 });
  }
  return base;
}

export function memberPayload(
  user: APIUser,
  roles: string[],
  joinedAt: string,
  extra: { permissions?: string; nick?: string | null } = {},
): APIGuildMember & { permissions?: string } {
  return {
    user,
    nick: extra.nick ?? null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
    ...(extra.permissions !== undefined ? { permissions: extra.permissions } : {}),
  };
}

/** The @everyone role: id equal to the guild id, ordinary member permissions. */
export function everyoneRole(guildId: string): RoleSeed {
  return { id: guildId, name: '@everyone', permissions: MEMBER_PERMISSIONS };
}

export function attachmentPayload(
  file: { id?: string; filename: string; size: number; contentType?: string | null; description?: string },
  channelId = '0',
): APIAttachment {
  const id = file.id ?? snowflake();
  const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(file.filename)}`;
  return {
    id,
    filename: file.filename,
    size: file.size,
    url,
    proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
    ...(file.contentType ? { content_type: file.contentType } : {}),
    ...(file.description ? { description: file.description } : {}),
  };
}

/** Attachments for a message: the body's `attachments` entries matched to the uploaded files (`files[n]` ↔ id n). */
export function attachmentsFromBody(
  body: Obj,
  files: RecordedFile[] | undefined,
  channelId: string,
  existing: APIAttachment[] = [],
): APIAttachment[] {
  const uploaded = files ?? [];
  const byIndex = new Map<string, RecordedFile>();
  uploaded.forEach((file, i) => {
    const m = /\[(\d+)\]$/.exec(file.field);
    byIndex.set(m?.[1] ?? String(i), file);
  });
  const listed = Array.isArray(body.attachments) ? (body.attachments as unknown[]).filter(isObj) : null;
  const out: APIAttachment[] = [];
  const used = new Set<RecordedFile>();
  if (listed) {
    for (const entry of listed) {
      const id = String(entry.id ?? '');
      const upload = byIndex.get(id);
      if (upload) {
        used.add(upload);
        out.push(
          attachmentPayload(
            {
              filename: typeof entry.filename === 'string' ? entry.filename : upload.filename,
              size: upload.size,
              contentType: upload.contentType,
              ...(typeof entry.description === 'string' ? { description: entry.description } : {}),
            },
            channelId,
          ),
        );
      } else {
        const kept = existing.find((a) => a.id === id);
        if (kept) out.push(kept);
      }
    }
  } else {
    out.push(...existing);
  }
  for (const file of uploaded) {
    if (!used.has(file))
      out.push(
        attachmentPayload({ filename: file.filename, size: file.size, contentType: file.contentType }, channelId),
      );
  }
  return out;
}

/** Discord always returns a field's `inline`, false when the sender left it out. */
function normaliseEmbeds(embeds: unknown): APIEmbed[] {
  if (!Array.isArray(embeds)) return [];
  return embeds.filter(isObj).map((embed) => {
    const fields = Array.isArray(embed.fields)
      ? embed.fields.filter(isObj).map((f) => ({ ...f, inline: f.inline === true }))
      : undefined;
    return { type: 'rich', ...embed, ...(fields ? { fields } : {}) } as APIEmbed;
  });
}

/**
 * Discord gives every component without an `id` one, numbering depth-first from 1 and skipping ids already
 * used in the message.
 */
export function numberComponents(components: unknown): Obj[] {
  if (!Array.isArray(components)) return [];
  const used = new Set<number>();
  const collect = (node: unknown): void => {
    if (!isObj(node)) return;
    if (typeof node.id === 'number') used.add(node.id);
    for (const child of [...(Array.isArray(node.components) ? node.components : []), node.component, node.accessory])
      collect(child);
  };
  components.forEach(collect);
  let next = 1;
  const assign = (node: Obj): Obj => {
    const out: Obj = { ...node };
    if (typeof out.id !== 'number') {
      while (used.has(next)) next++;
      out.id = next;
      used.add(next);
    }
    if (Array.isArray(out.components)) out.components = out.components.filter(isObj).map(assign);
    if (isObj(out.component)) out.component = assign(out.component);
    if (isObj(out.accessory)) out.accessory = assign(out.accessory);
    return out;
  };
  return components.filter(isObj).map(assign);
}

export interface MessageContext {
  id?: string;
  channelId: string;
  guildId?: string | null;
  author: APIUser;
  /** Set for messages made through an interaction or webhook. */
  webhookId?: string;
  applicationId?: string;
  type?: number;
}

/** A full message object from a create body (content, embeds, components, flags, attachments). */
export function messageFromBody(body: Obj, files: RecordedFile[] | undefined, ctx: MessageContext): APIMessage {
  const message: Obj = {
    id: ctx.id ?? snowflake(),
    channel_id: ctx.channelId,
    author: ctx.author,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    mention_channels: [],
    attachments: attachmentsFromBody(body, files, ctx.channelId),
    embeds: normaliseEmbeds(body.embeds),
    components: numberComponents(body.components),
    pinned: false,
    type: ctx.type ?? 0,
    flags: typeof body.flags === 'number' ? body.flags : 0,
  };
  if (ctx.guildId) message.guild_id = ctx.guildId;
  if (ctx.webhookId) message.webhook_id = ctx.webhookId;
  if (ctx.applicationId) message.application_id = ctx.applicationId;
  if (body.nonce !== undefined) message.nonce = body.nonce;
  if (isObj(body.message_reference))
    message.message_reference = { channel_id: ctx.channelId, ...body.message_reference };
  if (isObj(body.poll)) message.poll = body.poll;
  return message as unknown as APIMessage;
}

/** Applies an edit body (PATCH) to a stored message, like Discord: only the fields present change. */
export function applyMessageEdit(message: APIMessage, body: Obj, files: RecordedFile[] | undefined): APIMessage {
  const next: Obj = { ...(message as unknown as Obj) };
  if ('content' in body) next.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) next.embeds = normaliseEmbeds(body.embeds);
  if ('components' in body) next.components = numberComponents(body.components);
  if ('flags' in body && typeof body.flags === 'number') {
    // Only SUPPRESS_EMBEDS can be toggled on edit; keep the rest (ephemeral, loading is cleared).
    const current = typeof next.flags === 'number' ? next.flags : 0;
    next.flags = (current & ~(1 << 2)) | (body.flags & (1 << 2)) | (body.flags & (1 << 15));
  }
  if ('attachments' in body || (files && files.length > 0)) {
    next.attachments = attachmentsFromBody(body, files, message.channel_id, message.attachments);
  }
  if (typeof next.flags === 'number') next.flags &= ~(1 << 7); // no longer "thinking"
  next.edited_timestamp = new Date().toISOString();
  return next as unknown as APIMessage;
}
