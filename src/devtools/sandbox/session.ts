import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { createBot, type Bot } from '../../bot/create-bot.js';
import { ALL_COMMANDS } from '../../commands/index.js';
import type { Config } from '../../config.js';
import { openKnowledge } from '../../knowledge/open.js';
import type { Store } from '../../knowledge/store/store.js';
import type { Logger } from '../../logger.js';
import { LocalDiscord, MODERATOR_PERMISSIONS, testClientOptions } from '@corridor/local-discord';
import { parseSandboxInput } from './parse-input.js';
import type { TextOptions } from './markdown-text.js';
import { renderChoices, renderMessage, type MessageLike } from './render-text.js';

const GUILD_ID = '100000000000000001';
const MOD_ROLE_ID = '500000000000000001';
const USER_ID = '400000000000000001';
const CHANNELS = [
  { id: '200000000000000001', name: 'general' },
  { id: '200000000000000002', name: 'announcements' },
];

export const SANDBOX_HELP = `Type a slash command as you would in Discord (values may contain spaces: question:what is rcep):
  /ask what is RCEP                      /fact China-Laos Railway        /help
  /timeline from:2020 to:2023 topic:railway   /figures trade   /agreements   /upcoming days:60   /about
  /reminders setup channel:#general time:09:00 timezone:Asia/Singapore
  locale zh-CN                           answer as to a member whose Discord is in Chinese (locale en-US: back)
You are a moderator of this sandbox server, so /facts works too (its changes stay in the sandbox database):
  /facts edit id:china-laos-railway-length reason:fix a typo    /facts add kind:figure    /facts history id:rcep-in-force
  A form asks for one field a line: Enter keeps the value shown in [brackets], \\n types a line break, cancel drops it.
  ?fact china-la      shows the autocomplete suggestions for what you typed
  1, 2, 3…            presses a button of the last reply
  help, quit          (quit works anywhere, in a form too)`;

interface PendingModal {
  customId: string;
  fields: { id: string; label: string; value: string }[];
  answers: Record<string, string>;
  /** Discord submits a modal in the shape it was built with: action rows or labels. */
  shape: 'rows' | 'labels';
  messageId?: string;
}

interface ModalInput {
  type?: number;
  custom_id?: string;
  label?: string;
  value?: string;
}
/** A modal's top-level component: an action row (type 1) of inputs, or a label (type 18) wrapping one input. */
interface ModalComponent extends ModalInput {
  components?: ModalInput[];
  component?: ModalInput;
}

const TEXT_INPUT = 4;
const LABEL = 18;
const QUIT = /^(quit|exit|\.exit|q)$/i;

/** The real bot logged into a LocalDiscord, driven one typed line at a time. You are a moderator of "Sandbox Server". */
export class SandboxSession {
  private buttons: { customId: string; messageId?: string }[] = [];
  private pendingModal?: PendingModal;
  private readonly seenMessages = new Set<string>();
  private readonly commandJson: RESTPostAPIChatInputApplicationCommandsJSONBody[] = ALL_COMMANDS.map((c) =>
    c.data.toJSON(),
  );
  private readonly channelIds = new Map(CHANNELS.map((c) => [c.name, c.id]));
  private readonly text: TextOptions = {
    names: {
      channels: new Map(CHANNELS.map((c) => [c.id, c.name])),
      users: new Map([[USER_ID, 'you']]),
      roles: new Map([[MOD_ROLE_ID, 'Fact moderator']]),
    },
  };

  private constructor(
    private readonly local: LocalDiscord,
    private readonly bot: Bot,
    private readonly store: Store,
    ansi: boolean,
    /** The Discord language the sandbox member uses (`--locale zh-CN`, or the `locale` command). */
    private locale = 'en-US',
  ) {
    this.text.ansi = ansi;
  }

  static async start(options: {
    databasePath: string;
    log: Logger;
    config?: Partial<Config>;
    ansi?: boolean;
    locale?: string;
  }): Promise<SandboxSession> {
    const { store, kb } = await openKnowledge(options.databasePath);
    const local = await LocalDiscord.start({
      guilds: [
        {
          id: GUILD_ID,
          name: 'Sandbox Server',
          channels: CHANNELS,
          roles: [{ id: MOD_ROLE_ID, name: 'Fact moderator' }],
        },
      ],
      defaultUser: { id: USER_ID, username: 'you' },
    });
    const config: Config = {
      token: local.token,
      clientId: local.applicationId,
      homeGuildId: GUILD_ID,
      moderatorRoleIds: [MOD_ROLE_ID],
      databasePath: options.databasePath,
      logLevel: 'warn',
      defaultTimezone: 'Asia/Singapore',
      belatedWindowMs: 12 * 3_600_000,
      ...options.config,
    };
    const bot = createBot({ kb, store, config, log: options.log, clientOptions: testClientOptions(local) });
    await bot.start(local.token);
    return new SandboxSession(local, bot, store, options.ansi ?? false, options.locale ?? 'en-US');
  }

  get prompt(): string {
    if (!this.pendingModal) return 'corridor> ';
    const field = this.pendingModal.fields[Object.keys(this.pendingModal.answers).length];
    if (!field) return 'corridor> ';
    // Line breaks are shown as the \n a member would type, so the prompt stays on one line.
    const shown = field.value.replace(/\n/g, '\\n');
    return `  ${field.label}${shown ? ` [${shown.slice(0, 40)}${shown.length > 40 ? '…' : ''}]` : ''}: `;
  }

  async handle(line: string): Promise<{ output: string; quit?: boolean }> {
    if (this.pendingModal) {
      // `quit` leaves from anywhere, a half-filled form included; `cancel` only drops the form.
      if (QUIT.test(line.trim())) {
        this.pendingModal = undefined;
        return { output: 'Bye.', quit: true };
      }
      if (/^cancel$/i.test(line.trim())) {
        this.pendingModal = undefined;
        return { output: 'Form cancelled; nothing was sent.' };
      }
      return this.answerModal(line);
    }
    const switched = line.trim().match(/^locale(?:\s+(\S+))?$/i);
    if (switched) {
      if (switched[1]) this.locale = switched[1];
      return { output: `Your Discord language is now ${this.locale}.` };
    }
    const input = parseSandboxInput(line, this.commandJson, this.channelIds);
    switch (input.kind) {
      case 'empty':
        return { output: '' };
      case 'quit':
        return { output: 'Bye.', quit: true };
      case 'help':
        return { output: SANDBOX_HELP };
      case 'error':
        return { output: input.message };
      case 'press': {
        const target = this.buttons[input.index - 1];
        if (!target)
          return {
            output: this.buttons.length ? `Press 1 to ${this.buttons.length}.` : 'The last reply has no buttons.',
          };
        const sent = this.local.sendButton({
          locale: this.locale,
          customId: target.customId,
          messageId: target.messageId,
          memberRoles: [MOD_ROLE_ID],
          memberPermissions: MODERATOR_PERMISSIONS,
        });
        return { output: await this.answerOf(sent.id, target.messageId) };
      }
      case 'complete': {
        const sent = this.local.sendAutocomplete({ locale: this.locale, name: input.name, options: input.options });
        const body = (await this.local.waitForResponse(sent.id)).body as {
          data?: { choices?: { name: string; value: string }[] };
        };
        return { output: renderChoices(body.data?.choices ?? []) };
      }
      case 'command': {
        const sent = this.local.sendCommand({
          locale: this.locale,
          name: input.name,
          options: input.options,
          memberRoles: [MOD_ROLE_ID],
          memberPermissions: MODERATOR_PERMISSIONS,
        });
        return { output: await this.answerOf(sent.id) };
      }
    }
  }

  /** Messages the bot posted in channels on its own (reminders) since the last call. */
  newChannelMessages(): string[] {
    const out: string[] = [];
    for (const channel of CHANNELS) {
      for (const message of this.local.messagesIn(channel.id)) {
        if (this.seenMessages.has(message.id)) continue;
        this.seenMessages.add(message.id);
        out.push(`[#${channel.name}]\n${renderMessage(message as MessageLike, 1, this.text).text}`);
      }
    }
    return out;
  }

  async stop(): Promise<void> {
    await this.bot.stop();
    await this.local.stop();
    await this.store.close();
  }

  private async answerOf(interactionId: string, sourceMessageId?: string): Promise<string> {
    const callback = (await this.local.waitForResponse(interactionId)).body as {
      type: number;
      data?: Record<string, unknown>;
    };
    if (callback.type === 9) return this.openModal(callback.data ?? {}, sourceMessageId);
    if (callback.type === 5 || callback.type === 6) {
      // Deferred: the answer arrives as an edit of the original message.
      await this.local
        .waitForRequest(
          (r) =>
            (r.method === 'PATCH' && r.path.includes('/messages/%40original')) ||
            (r.method === 'PATCH' && r.path.includes('/messages/@original')),
          15_000,
        )
        .catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 100));
    const parts: MessageLike[] = [];
    const original = this.local.originalMessage(interactionId) as (MessageLike & { id?: string }) | undefined;
    if (original) parts.push(original);
    parts.push(...(this.local.followups(interactionId) as MessageLike[]));
    if (!parts.length && callback.data) parts.push(callback.data);
    this.buttons = [];
    const texts = parts.map((message) => {
      const rendered = renderMessage(message, this.buttons.length + 1, this.text);
      const messageId = (message as { id?: string }).id;
      this.buttons.push(...rendered.buttons.map((b) => ({ customId: b.custom_id!, messageId })));
      return rendered.text;
    });
    return [...texts, ...this.newChannelMessages()].filter(Boolean).join('\n\n') || '(no reply)';
  }

  private openModal(data: Record<string, unknown>, messageId?: string): string {
    const top = (data.components as ModalComponent[] | undefined) ?? [];
    const shape = top.some((c) => c.type === LABEL) ? 'labels' : 'rows';
    const fields = top.flatMap((c) => {
      // A label carries the text the member reads; its input carries the id and value.
      const inputs =
        c.type === LABEL ? (c.component ? [{ ...c.component, label: c.label }] : []) : (c.components ?? []);
      return inputs
        .filter((i) => i.type === TEXT_INPUT && i.custom_id)
        .map((i) => ({ id: i.custom_id!, label: i.label ?? i.custom_id!, value: i.value ?? '' }));
    });
    const title = typeof data.title === 'string' ? data.title : 'Form';
    if (!fields.length) return `The form "${title}" has no text fields the sandbox can fill.`;
    this.pendingModal = {
      customId: String(data.custom_id),
      fields,
      answers: {},
      shape,
      ...(messageId ? { messageId } : {}),
    };
    return (
      `📝 ${title}: answer each field on one line (Enter keeps the value in [brackets]; type \\n for a line ` +
      `break; cancel drops the form, quit leaves).`
    );
  }

  private async answerModal(line: string): Promise<{ output: string }> {
    const modal = this.pendingModal!;
    const field = modal.fields[Object.keys(modal.answers).length]!;
    // A terminal line cannot hold a paragraph, so a typed "\n" stands for a line break.
    modal.answers[field.id] = line.trim() === '' ? field.value : line.replace(/\\n/g, '\n');
    if (Object.keys(modal.answers).length < modal.fields.length) return { output: '' };
    this.pendingModal = undefined;
    const sent = this.local.sendModalSubmit({
      locale: this.locale,
      customId: modal.customId,
      fields: modal.answers,
      shape: modal.shape,
      ...(modal.messageId ? { messageId: modal.messageId } : {}),
      memberRoles: [MOD_ROLE_ID],
      memberPermissions: MODERATOR_PERMISSIONS,
    });
    return { output: await this.answerOf(sent.id) };
  }
}
