/**
 * Buttons and modal submits under hostile input, through the real bot: random and tampered custom ids, the wrong
 * user on someone else's session, expired sessions and oversized fields. Nothing may crash, break a Discord
 * limit or ping anyone, and nothing may change except what the rules allow (a member's report, within its limit).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkMessageLimits,
  checkModalLimits,
  MODERATOR_PERMISSIONS,
  type InvokerOptions,
} from '@corridor/local-discord';
import { MAX_REPORT_NOTE, MIN_REPORT_NOTE, REPORT_LIMIT } from '../../src/knowledge/store/reports.js';
import { prng } from '../support/prng.js';
import { MOD_ROLE_ID, opt, OTHER_GUILD_ID, startHarness, type Harness } from '../e2e/harness.js';
import { logsAt, parseLogs } from '../support/log-lines.js';
import { hostileString, RAW_MENTION } from './hostile-input.js';

const BATCH = 20;
const CASES = 300;
const FORM_FIELDS = ['title', 'text', 'specifics', 'sources', 'more'];
const PREFIXES = ['fact', 'report', 'page', 'facts-form', 'facts-draft', 'facts-import', 'facts-report', 'nope', ''];

const OWNER: InvokerOptions = { user: { id: '400000000000000401', username: 'owner_mod' }, memberRoles: [MOD_ROLE_ID] };
const OTHER_MOD: InvokerOptions = {
  user: { id: '400000000000000402', username: 'other_mod' },
  memberPermissions: MODERATOR_PERMISSIONS,
};
const MEMBERS: InvokerOptions[] = [0, 1, 2].map((n) => ({
  user: { id: `40000000000000041${n}`, username: `member_${n}` },
}));
const OTHER_ADMIN: InvokerOptions = {
  user: { id: '400000000000000420', username: 'other_admin' },
  guildId: OTHER_GUILD_ID,
  memberPermissions: MODERATOR_PERMISSIONS,
};
const NOT_OWNERS = [OTHER_MOD, ...MEMBERS, OTHER_ADMIN];

/** The curated base and everything that says what it is, who changed it and what is scheduled. */
function baseFingerprint(h: Harness): string {
  const hash = createHash('sha256');
  for (const table of ['facts', 'fact_revisions', 'guild_settings', 'post_ledger']) {
    hash.update(JSON.stringify(h.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
  }
  return hash.digest('hex');
}

/** What a reader sees, minus the mod-log's deliberate "(<@moderator>)" (an embed mention, which never pings). */
function visible(message: Record<string, unknown>): string {
  return JSON.stringify([message.content ?? '', message.embeds ?? [], message.components ?? []]).replace(
    / \(<@4000000000000004\d\d>\)/g,
    '',
  );
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ config: { modLogChannelId: '200000000000000003' } });
});
afterAll(async () => {
  await h?.stop();
});

describe('buttons and modal submits under hostile input, through the real bot', () => {
  it('never crash, never break a limit or ping, and change nothing they should not', async () => {
    const texts = fc.sample(hostileString(), { numRuns: 120, seed: 1311 });
    const rng = prng(1311);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
    const text = () => pick(texts);
    const big = () => (rng() < 0.3 ? `${text()}${'x'.repeat(4_100)}` : text());
    const clipId = (id: string) => id.slice(0, 100);

    // Live sessions owned by OWNER: an edit form, a pending import that would remove a fact, a paged list.
    const editId = 'rcep-in-force';
    const stored = (await h.kb.stored(editId))!;
    const { id: editOpen } = h.local.sendCommand({
      name: 'facts',
      options: [opt.sub('edit', [opt.string('id', editId), opt.string('reason', 'fuzz target')])],
      ...OWNER,
    });
    const editForm = (await h.local.waitForResponse(editOpen)).body as { type: number; data: { custom_id: string } };
    expect(editForm.type).toBe(9);
    const formKey = editForm.data.custom_id.split(':')[1]!;
    const changed = h.kb
      .facts()
      .map((f) => (f.id === editId ? { ...f, title: 'Changed by an import nobody confirmed' } : f));
    const importKey = await h.bot.ctx.sessions.imports.create({
      ownerId: OWNER.user!.id,
      raw: changed,
      fileName: 'facts.json',
      plan: { added: [], changed: [editId], removed: [], unchanged: changed.length - 1 },
      reason: 'fuzz',
    });
    const { id: listOpen } = h.local.sendCommand({ name: 'timeline', ...MEMBERS[0]! });
    const listReply = (await h.local.waitForResponse(listOpen)).body as {
      data: { components?: { components: { custom_id: string }[] }[] };
    };
    const pageId = listReply.data.components?.[0]?.components.find((c) => c.custom_id.startsWith('page:'))?.custom_id;
    expect(pageId).toBeDefined();
    const listKey = pageId!.split(':')[1]!;

    const before = baseFingerprint(h);
    const sessionsBefore = JSON.stringify(
      h.db.prepare('SELECT scope, key, data FROM sessions ORDER BY scope, key').all(),
    );
    const reportsBefore = h.db.prepare('SELECT count(*) FROM reports').pluck().get() as number;
    const firstRequest = h.local.requests.length;

    const formFields = () => Object.fromEntries(FORM_FIELDS.filter(() => rng() < 0.9).map((f) => [f, big()]));
    const jobs: (() => string)[] = [];
    for (let n = 0; n < CASES; n++) {
      const roll = rng();
      const member = pick(MEMBERS);
      const notOwner = pick(NOT_OWNERS);
      if (roll < 0.2) {
        // Random custom ids on a known or unknown prefix, as buttons and as modals.
        const id = clipId([pick(PREFIXES), ...Array.from({ length: Math.floor(rng() * 5) }, text)].join(':'));
        const who = pick([member, OWNER, OTHER_ADMIN]);
        jobs.push(() => h.local.sendButton({ customId: id, ...who }).id);
        jobs.push(
          () =>
            h.local.sendModalSubmit({ customId: id, fields: { note: big(), ...formFields() }, shape: 'labels', ...who })
              .id,
        );
      } else if (roll < 0.4) {
        // Someone else's live sessions: the edit form, its draft, the import, the list.
        const v = stored.version;
        jobs.push(
          () =>
            h.local.sendModalSubmit({
              customId: `facts-form:${formKey}:edit:${editId}:${v}`,
              fields: formFields(),
              shape: 'labels',
              ...notOwner,
            }).id,
        );
        jobs.push(() => h.local.sendButton({ customId: `facts-draft:${formKey}`, ...notOwner }).id);
        jobs.push(
          () =>
            h.local.sendButton({ customId: `facts-import:${pick(['confirm', 'cancel'])}:${importKey}`, ...notOwner })
              .id,
        );
        jobs.push(
          () =>
            h.local.sendButton({
              customId: clipId(`page:${listKey}:${pick(['0', '1', '-1', '999999', text()])}`),
              ...pick([OWNER, ...MEMBERS.slice(1)]),
            }).id,
        );
      } else if (roll < 0.55) {
        // The owner's own session, tampered: another fact, another version, add instead of edit, hostile args.
        const tampered = pick([
          `facts-form:${formKey}:edit:acfta-in-force:${stored.version}`,
          `facts-form:${formKey}:edit:${editId}:${stored.version + 1 + Math.floor(rng() * 5)}`,
          `facts-form:${formKey}:add:${pick(['milestone', 'figure', 'agreement', 'topic'])}`,
          clipId(`facts-form:${formKey}:edit:${text()}:${text()}`),
          clipId(`facts-import:${text()}:${importKey}`),
        ]);
        jobs.push(
          () => h.local.sendModalSubmit({ customId: tampered, fields: formFields(), shape: 'labels', ...OWNER }).id,
        );
        jobs.push(() => h.local.sendButton({ customId: tampered, ...OWNER }).id);
      } else if (roll < 0.75) {
        // Expired or made-up session keys.
        const key =
          rng() < 0.5
            ? Math.floor(rng() * 2 ** 32)
                .toString(16)
                .padStart(8, '0')
            : clipId(text());
        const who = pick([OWNER, member]);
        jobs.push(
          () =>
            h.local.sendModalSubmit({
              customId: clipId(`facts-form:${key}:edit:${editId}:${stored.version}`),
              fields: formFields(),
              shape: 'labels',
              ...who,
            }).id,
        );
        jobs.push(() => h.local.sendButton({ customId: clipId(`facts-draft:${key}`), ...who }).id);
        jobs.push(() => h.local.sendButton({ customId: clipId(`facts-import:confirm:${key}`), ...who }).id);
        jobs.push(() => h.local.sendButton({ customId: clipId(`page:${key}:1`), ...who }).id);
        jobs.push(
          () =>
            h.local.sendButton({
              customId: clipId(`facts-report:resolve:${pick(['1', '-1', '0', 'NaN', '1e309', text()])}`),
              ...who,
            }).id,
        );
      } else {
        // Reports: real and made-up facts, hostile and oversized notes, many per member.
        const factId = rng() < 0.6 ? pick(h.kb.facts()).id : text();
        jobs.push(
          () =>
            h.local.sendModalSubmit({ customId: clipId(`report:${factId}`), fields: { note: big() }, ...member }).id,
        );
        jobs.push(() => h.local.sendButton({ customId: clipId(`report:${factId}`), ...member }).id);
        jobs.push(() => h.local.sendButton({ customId: clipId(`fact:${factId}`), ...member }).id);
      }
    }

    const sent: string[] = [];
    for (let i = 0; i < jobs.length; i += BATCH) {
      const batch = jobs.slice(i, i + BATCH).map((job) => job());
      for (const id of batch) await h.local.waitForResponse(id, 10_000);
      sent.push(...batch);
    }
    for (let seen = -1; seen !== h.local.requests.length;) {
      seen = h.local.requests.length;
      await new Promise((r) => setTimeout(r, 250));
    }

    let checked = 0;
    for (const request of h.local.requests.slice(firstRequest)) {
      const body = request.body as { type?: number; data?: Record<string, unknown> } | undefined;
      if (request.path.endsWith('/callback') && body?.type === 9) {
        expect(checkModalLimits(body.data), request.path).toEqual([]);
        checked++;
      }
      if (request.message) {
        expect(checkMessageLimits(request.message), request.path).toEqual([]);
        expect(request.allowedMentions, `${request.path} ${JSON.stringify(body).slice(0, 300)}`).toEqual({ parse: [] });
        expect(visible(request.message), `${request.path} ${visible(request.message).slice(0, 800)}`).not.toMatch(
          RAW_MENTION,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(sent.length);
    expect(h.local.limitViolations).toEqual([]);
    expect(h.local.unhandled.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect([
      ...logsAt(h.logs, 'error'),
      ...parseLogs(h.logs).filter((e) => e.msg.includes('could not tell the user')),
    ]).toEqual([]);

    // The base, its history, settings and ledger are untouched; the owner's sessions are exactly as they were.
    expect(baseFingerprint(h)).toBe(before);
    const ownerSessions = (json: string) =>
      (JSON.parse(json) as { key: string }[]).filter((s) => [formKey, importKey].includes(s.key));
    const sessionsAfter = JSON.stringify(
      h.db.prepare('SELECT scope, key, data FROM sessions ORDER BY scope, key').all(),
    );
    expect(ownerSessions(sessionsAfter)).toEqual(ownerSessions(sessionsBefore));
    expect(h.bot.ctx.lists.get(listKey)?.ownerId).toBe(MEMBERS[0]!.user!.id);

    // Reports: only on real facts, within the per-member limit, with a note of a sensible length.
    const reports = h.db.prepare('SELECT fact_id, user_id, note FROM reports WHERE id > ?').all(reportsBefore) as {
      fact_id: string;
      user_id: string;
      note: string;
    }[];
    const perUser = new Map<string, number>();
    for (const r of reports) {
      perUser.set(r.user_id, (perUser.get(r.user_id) ?? 0) + 1);
      expect(h.kb.get(r.fact_id), r.fact_id).toBeDefined();
      expect(r.note.length).toBeGreaterThanOrEqual(MIN_REPORT_NOTE);
      expect(r.note.length).toBeLessThanOrEqual(MAX_REPORT_NOTE);
    }
    expect(reports.length).toBeGreaterThan(0);
    for (const [user, count] of perUser) expect(count, user).toBeLessThanOrEqual(REPORT_LIMIT.max);
    console.log(
      `component fuzz: ${sent.length} buttons and modal submits, ${checked} bodies checked, ${reports.length} reports accepted`,
    );
  }, 120_000);
});
