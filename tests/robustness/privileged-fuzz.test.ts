/**
 * Hostile input past the permission checks: every command (built generically from ALL_COMMANDS' JSON, so new
 * commands are covered as they are added) run by a fact moderator who is also a server manager, by an admin of
 * another server and in DMs, with every option Discord can send filled in as Discord would deliver it: strings
 * within their max_length (or one of their choices), numbers within min/max, channels of the allowed types, users,
 * roles and attachments with their `resolved` data (attachments served by a local file server with hostile content).
 * Autocomplete is fuzzed on every autocomplete option, in every subcommand. The member-only fuzz is bot-fuzz.test.ts.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { APIApplicationCommandInteractionDataOption, APIInteractionDataResolved } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_COMMANDS } from '../../src/commands/index.js';
import {
  ADMIN_PERMISSIONS,
  attachmentPayload,
  checkAutocompleteLimits,
  checkMessageLimits,
  checkModalLimits,
  MODERATOR_PERMISSIONS,
  type InvokerOptions,
} from '@corridor/local-discord';
import { prng, type Rng } from '../../bench/synthetic.js';
import {
  HOME_GUILD_ID,
  MOD_ROLE_ID,
  OTHER_CHANNEL_ID,
  OTHER_GUILD_ID,
  startHarness,
  type Harness,
} from '../e2e/harness.js';
import { hostileString, RAW_MENTION } from './hostile-input.js';
import { logsAt, parseLogs } from '../support/log-lines.js';

type RawOption = APIApplicationCommandInteractionDataOption;
interface OptionSpec {
  name: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
  options?: OptionSpec[];
  choices?: { value: string | number }[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  channel_types?: number[];
}
interface CommandSpec {
  name: string;
  options?: OptionSpec[];
  contexts?: number[] | null;
}
interface Resolved {
  users?: Record<string, unknown>;
  members?: Record<string, unknown>;
  roles?: Record<string, unknown>;
  channels?: Record<string, unknown>;
  attachments?: Record<string, unknown>;
}
interface Invoker {
  label: string;
  options: InvokerOptions;
  channels: { id: string; name: string; type: number }[];
  roles: string[];
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SUB = 1;
const GROUP = 2;
const CASES_PER_PATH = 24;
const AUTOCOMPLETE_CASES = 16;
const BATCH = 20;

const MODERATOR: Invoker = {
  label: 'moderator + manager (home server)',
  options: {
    user: { id: '400000000000000301', username: 'fuzz_mod' },
    memberRoles: [MOD_ROLE_ID],
    memberPermissions: MODERATOR_PERMISSIONS,
  },
  channels: [
    { id: '200000000000000001', name: 'general', type: 0 },
    { id: '200000000000000002', name: 'announcements', type: 0 },
    { id: '200000000000000003', name: 'mod-log', type: 0 },
  ],
  roles: [MOD_ROLE_ID, HOME_GUILD_ID],
};
const OTHER_ADMIN: Invoker = {
  label: 'admin of another server',
  options: {
    user: { id: '400000000000000302', username: 'fuzz_admin' },
    guildId: OTHER_GUILD_ID,
    memberPermissions: ADMIN_PERMISSIONS,
  },
  channels: [{ id: OTHER_CHANNEL_ID, name: 'general', type: 0 }],
  roles: [OTHER_GUILD_ID],
};
const IN_DM: Invoker = {
  label: 'direct message',
  options: { user: { id: '400000000000000303', username: 'fuzz_dm' }, guildId: null },
  channels: [],
  roles: [],
};
const KNOWN_USERS = [
  { id: '400000000000000301', username: 'fuzz_mod' },
  { id: '400000000000000304', username: '@everyone' },
];

/** Every runnable path through a command: the command itself, or each (grouped) subcommand. */
function paths(options: OptionSpec[] = []): { wrap: OptionSpec[]; leaf: OptionSpec[] }[] {
  const subs = options.filter((o) => o.type === SUB || o.type === GROUP);
  if (!subs.length) return [{ wrap: [], leaf: options }];
  return subs.flatMap((s) => paths(s.options).map((p) => ({ wrap: [s, ...p.wrap], leaf: p.leaf })));
}

function wrap(wrappers: OptionSpec[], leaf: RawOption[]): RawOption[] {
  return wrappers.reduceRight<RawOption[]>(
    (inner, w) => [{ name: w.name, type: w.type, options: inner } as RawOption],
    leaf,
  );
}

/** Hostile text as Discord would deliver it for this option: within min/max length. */
function fitText(option: OptionSpec, text: string): string {
  let out = option.max_length !== undefined ? text.slice(0, option.max_length) : text.slice(0, 6_000);
  if (option.min_length !== undefined && out.length < option.min_length) out = out.padEnd(option.min_length, 'x');
  return out;
}

function pickNumber(option: OptionSpec, rng: Rng): number {
  const min = option.min_value ?? -(2 ** 53) + 1;
  const max = option.max_value ?? 2 ** 53 - 1;
  const candidates = [
    min,
    max,
    Math.min(max, min + 1),
    Math.max(min, Math.min(max, 0)),
    Math.max(min, Math.min(max, 1)),
    min + Math.floor(rng() * Math.min(max - min + 1, 1e6)),
  ];
  const value = candidates[Math.floor(rng() * candidates.length)]!;
  return option.type === 10 && rng() < 0.5 ? Math.min(max, value + 0.5) : value;
}

let files: Server;
let filesBase = '';
const served = new Map<string, Buffer>();
let attachmentSeq = 900000000000000000n;

/** One option value (and what Discord would put in `resolved` for it); undefined when the invoker has nothing to offer. */
function valueFor(
  option: OptionSpec,
  text: string,
  invoker: Invoker,
  rng: Rng,
  resolved: Resolved,
): RawOption | undefined {
  const base = { name: option.name, type: option.type };
  switch (option.type) {
    case 3:
      return {
        ...base,
        value: option.choices?.length
          ? String(option.choices[Math.floor(rng() * option.choices.length)]!.value)
          : fitText(option, text),
      };
    case 4:
    case 10:
      return {
        ...base,
        value: option.choices?.length
          ? Number(option.choices[Math.floor(rng() * option.choices.length)]!.value)
          : pickNumber(option, rng),
      };
    case 5:
      return { ...base, value: rng() < 0.5 };
    case 6:
    case 9: {
      if (option.type === 9 && invoker.roles.length && rng() < 0.5) {
        const role = valueFor({ ...option, type: 8 }, text, invoker, rng, resolved);
        return role && ({ ...role, type: 9 } as RawOption);
      }
      const user = KNOWN_USERS[Math.floor(rng() * KNOWN_USERS.length)]!;
      (resolved.users ??= {})[user.id] = {
        id: user.id,
        username: user.username,
        discriminator: '0',
        global_name: null,
        avatar: null,
      };
      return { ...base, value: user.id };
    }
    case 7: {
      const allowed = invoker.channels.filter(
        (c) => !option.channel_types?.length || option.channel_types.includes(c.type),
      );
      const channel = allowed[Math.floor(rng() * allowed.length)];
      if (!channel) return undefined;
      (resolved.channels ??= {})[channel.id] = { ...channel, permissions: MODERATOR_PERMISSIONS };
      return { ...base, value: channel.id };
    }
    case 8: {
      const role = invoker.roles[Math.floor(rng() * invoker.roles.length)];
      if (!role) return undefined;
      (resolved.roles ??= {})[role] = {
        id: role,
        name: 'role',
        color: 0,
        hoist: false,
        position: 1,
        permissions: '0',
        managed: false,
        mentionable: false,
        flags: 0,
      };
      return { ...base, value: role };
    }
    case 11: {
      const id = (++attachmentSeq).toString();
      const kind = Math.floor(rng() * 5);
      const content =
        kind === 0
          ? Buffer.from(text, 'utf8')
          : kind === 1
            ? Buffer.from('[]')
            : kind === 2
              ? Buffer.from(JSON.stringify({ facts: [{ id: text.slice(0, 50) }] }))
              : kind === 3
                ? Buffer.from([0xff, 0xfe, 0x00, 0xc3])
                : Buffer.from(JSON.stringify([text]));
      // A file name comes from the uploader's disk, so it is well-formed Unicode (no lone surrogates).
      const filename = `${text.slice(0, 60).replace(LONE_SURROGATE, '\ufffd').replace(/[\\/]/g, '_') || 'file'}${rng() < 0.7 ? '.json' : '.txt'}`;
      const path = `/files/${id}`;
      served.set(path, content);
      const payload = attachmentPayload({
        id,
        filename,
        size: content.length,
        contentType: rng() < 0.5 ? 'application/json' : null,
      });
      // Never the real CDN: the bot downloads from the local file server.
      payload.url = `${filesBase}${path}`;
      payload.proxy_url = payload.url;
      (resolved.attachments ??= {})[id] = payload;
      return { ...base, value: id };
    }
    default:
      return undefined;
  }
}

function storeFingerprint(h: Harness): string {
  const hash = createHash('sha256');
  for (const table of ['facts', 'fact_revisions']) {
    hash.update(`${table}:${JSON.stringify(h.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get())}`);
    hash.update(JSON.stringify(h.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
  }
  return hash.digest('hex');
}

/** The text a person would see in a message body: content, embed text and component labels. */
function visibleText(message: Record<string, unknown>): string {
  const embeds = (message.embeds ?? []) as {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
    author?: { name: string };
  }[];
  const labels: string[] = [];
  const walk = (c: unknown) => {
    if (!c || typeof c !== 'object') return;
    const o = c as Record<string, unknown>;
    for (const key of ['label', 'placeholder', 'content']) if (typeof o[key] === 'string') labels.push(o[key]);
    for (const v of Object.values(o)) if (Array.isArray(v)) v.forEach(walk);
  };
  ((message.components ?? []) as unknown[]).forEach(walk);
  return [
    typeof message.content === 'string' ? message.content : '',
    ...embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      e.footer?.text ?? '',
      e.author?.name ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
    ...labels,
  ].join('\n');
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ config: { modLogChannelId: '200000000000000003' } });
  files = createServer((req, res) => {
    const body = served.get(req.url ?? '');
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesBase = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await h?.stop();
  await new Promise((resolve) => files?.close(resolve));
});

describe('every command past its permission checks, under hostile input, through the real bot', () => {
  it('never crashes, stays within Discord limits, never pings, and leaves the fact store as it was', async () => {
    const commands = ALL_COMMANDS.map((c) => c.data.toJSON() as unknown as CommandSpec);
    const texts = fc.sample(hostileString(), { numRuns: 400, seed: 20251124 });
    const rng = prng(20251124);
    const before = storeFingerprint(h);
    const firstRequest = h.local.requests.length;
    const jobs: (() => { id: string; what: string })[] = [];
    let t = 0;
    const nextText = () => texts[t++ % texts.length]!;

    for (const command of commands) {
      const invokers = [MODERATOR, OTHER_ADMIN, ...(command.contexts && !command.contexts.includes(1) ? [] : [IN_DM])];
      for (const path of paths(command.options)) {
        const where = [command.name, ...path.wrap.map((w) => w.name)].join(' ');
        for (let n = 0; n < CASES_PER_PATH; n++) {
          const invoker = n % 5 === 4 ? invokers[(n >> 2) % invokers.length]! : MODERATOR;
          jobs.push(() => {
            const resolved: Resolved = {};
            const leaf = path.leaf
              .filter((o) => o.required || rng() < 0.6)
              .map((o) => valueFor(o, nextText(), invoker, rng, resolved))
              .filter((o): o is RawOption => !!o);
            const { id } = h.local.sendCommand({
              name: command.name,
              options: wrap(path.wrap, leaf),
              ...invoker.options,
              ...(Object.keys(resolved).length ? { resolved: resolved as APIInteractionDataResolved } : {}),
            });
            return { id, what: `/${where} as ${invoker.label}` };
          });
        }
        for (const focus of path.leaf.filter((o) => o.autocomplete)) {
          for (let n = 0; n < AUTOCOMPLETE_CASES; n++) {
            const invoker = n % 4 === 3 ? invokers[n % invokers.length]! : MODERATOR;
            jobs.push(() => {
              const others = path.leaf
                .filter((o) => o !== focus && rng() < 0.5)
                .map((o) => valueFor(o, nextText(), invoker, rng, {}))
                .filter((o): o is RawOption => !!o && o.type !== 11 && o.type !== 7 && o.type !== 6 && o.type !== 8);
              // Discord sends what is typed so far as a string, whatever the option's type.
              const focused = {
                name: focus.name,
                type: focus.type,
                value: fitText(focus, nextText()),
                focused: true,
              } as unknown as RawOption;
              const { id } = h.local.sendAutocomplete({
                name: command.name,
                options: wrap(path.wrap, [...others, focused]),
                ...invoker.options,
              });
              return { id, what: `autocomplete /${where} ${focus.name} as ${invoker.label}` };
            });
          }
        }
      }
    }

    const sent: { id: string; what: string }[] = [];
    for (let i = 0; i < jobs.length; i += BATCH) {
      const batch = jobs.slice(i, i + BATCH).map((job) => job());
      for (const s of batch)
        await h.local.waitForResponse(s.id, 10_000).catch(() => expect.fail(`no answer to ${s.what}`));
      sent.push(...batch);
    }
    // Let deferred replies, follow-ups and mod-log posts land: wait until the bot has been quiet for a moment.
    for (let seen = -1; seen !== h.local.requests.length;) {
      seen = h.local.requests.length;
      await new Promise((r) => setTimeout(r, 250));
    }

    const requests = h.local.requests.slice(firstRequest);
    let checked = 0;
    for (const request of requests) {
      const body = request.body as { type?: number; data?: Record<string, unknown> } | undefined;
      if (request.path.endsWith('/callback') && body?.type === 8) {
        expect(checkAutocompleteLimits(body.data), request.path).toEqual([]);
        checked++;
      } else if (request.path.endsWith('/callback') && body?.type === 9) {
        expect(checkModalLimits(body.data), request.path).toEqual([]);
        checked++;
      }
      if (request.message) {
        expect(checkMessageLimits(request.message), request.path).toEqual([]);
        expect(request.allowedMentions, request.path).toEqual({ parse: [] });
        expect(visibleText(request.message), request.path).not.toMatch(RAW_MENTION);
        checked++;
      }
    }
    expect(h.local.limitViolations).toEqual([]);
    expect(h.local.unhandled.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    // The error boundary logs a crashed handler at ERROR ("/x failed") and a failed apology at WARN.
    expect([
      ...logsAt(h.logs, 'error'),
      ...parseLogs(h.logs).filter((e) => e.msg.includes('could not tell the user')),
    ]).toEqual([]);
    expect(storeFingerprint(h)).toBe(before);
    expect(checked).toBeGreaterThanOrEqual(sent.length);
    console.log(
      `privileged fuzz: ${sent.length} interactions over ${commands.length} commands; ${checked} bodies checked, ` +
        `${requests.length} requests`,
    );
  });
});
