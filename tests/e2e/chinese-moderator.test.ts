import type { APIApplicationCommandInteractionDataOption } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMessageLimits, checkModalLimits, type InvokerOptions } from '@corridor/local-discord';
import type { FormValues } from '../../src/knowledge/fact-form.js';
import { upsertGuildSettings } from '../../src/knowledge/store/guild-settings.js';
import { HOME_GUILD_ID, MOD_ROLE_ID, opt, startHarness, type Harness } from './harness.js';

// A moderator whose Discord is in Chinese curates the base in Chinese (forms, replies, history, refusals); the
// same flow in English reads exactly as before; the mod-log follows the server's language, not the moderator's.

const EPHEMERAL = 64;
const MOD_LOG = '200000000000000003';
type Body = { type: number; data: Record<string, any> };

const ZH_MOD: InvokerOptions = {
  user: { id: '400000000000000201', username: 'modzh' },
  memberRoles: [MOD_ROLE_ID],
  locale: 'zh-CN',
};
const EN_MOD: InvokerOptions = {
  user: { id: '400000000000000202', username: 'moden' },
  memberRoles: [MOD_ROLE_ID],
  locale: 'en-US',
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ config: { modLogChannelId: MOD_LOG } });
});
afterAll(async () => {
  await h?.stop();
});

async function facts(
  who: InvokerOptions,
  sub: string,
  options: APIApplicationCommandInteractionDataOption[] = [],
): Promise<Body> {
  const { id } = h.local.sendCommand({ name: 'facts', options: [opt.sub(sub, options)], ...who });
  return (await h.local.waitForResponse(id)).body as Body;
}

async function submit(who: InvokerOptions, customId: string, fields: FormValues): Promise<Body> {
  const { id } = h.local.sendModalSubmit({ customId, fields, shape: 'labels', ...who });
  return (await h.local.waitForResponse(id)).body as Body;
}

/** A private reply within Discord's limits; returns it for the text checks. */
function ephemeral(body: Body): Record<string, any> {
  expect(body.type).toBe(4);
  expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  expect(body.data.allowed_mentions).toEqual({ parse: [] });
  expect(checkMessageLimits(body.data)).toEqual([]);
  return body.data;
}

function modal(body: Body): { customId: string; title: string; labels: string[]; values: FormValues } {
  expect(body.type).toBe(9);
  expect(checkModalLimits(body.data)).toEqual([]);
  const rows = body.data.components as { label: string; component: { custom_id: string; value?: string } }[];
  return {
    customId: body.data.custom_id,
    title: body.data.title,
    labels: rows.map((r) => r.label),
    values: Object.fromEntries(rows.map((r) => [r.component.custom_id, r.component.value ?? ''])) as FormValues,
  };
}

const milestone = (title: string): FormValues => ({
  title,
  text: `A ${title.toLowerCase()} ran along the Lancang-Mekong corridor, carrying test cargo between two river ports.`,
  specifics: '2024-03-15',
  sources: 'Test Wire | Trial completed | 2024-03-16 | https://example.com/trial',
  more: 'tags: logistics',
});

const modLogTitles = () =>
  h.local
    .messagesIn(MOD_LOG)
    .flatMap((m) => m.embeds ?? [])
    .map((e) => e.title);

/** add → edit → history → one revision → revert → a refused repeat, as one moderator; returns every reply's text. */
async function curate(who: InvokerOptions, title: string, id: string) {
  const addForm = modal(
    await facts(who, 'add', [opt.string('kind', 'milestone'), opt.string('reason', 'trial reported')]),
  );
  const added = ephemeral(await submit(who, addForm.customId, milestone(title)));
  const addRevision = (await h.kb.history(id)).at(-1)!.id;

  const editForm = modal(await facts(who, 'edit', [opt.string('id', id), opt.string('reason', 'clearer summary')]));
  const saved = ephemeral(
    await submit(who, editForm.customId, { ...editForm.values, text: `${editForm.values.text} Second run planned.` }),
  );

  const history = ephemeral(await facts(who, 'history', [opt.string('id', id)]));
  const revision = ephemeral(await facts(who, 'history', [opt.string('id', id), opt.integer('revision', addRevision)]));
  const reverted = ephemeral(
    await facts(who, 'revert', [
      opt.string('id', id),
      opt.integer('revision', addRevision),
      opt.string('reason', 'undo'),
    ]),
  );
  const refused = ephemeral(
    await facts(who, 'revert', [
      opt.string('id', id),
      opt.integer('revision', addRevision),
      opt.string('reason', 'again'),
    ]),
  );
  return { addForm, added, editForm, saved, history, revision, reverted, refused, addRevision };
}

describe('a moderator with a zh-CN Discord', () => {
  it('adds, edits, reads the history of and reverts a fact in Chinese', async () => {
    const id = 'mekong-cold-chain-trial';
    const flow = await curate(ZH_MOD, 'Mekong cold chain trial', id);

    expect(flow.addForm.title).toBe('新建里程碑');
    expect(flow.addForm.labels).toEqual([
      '标题',
      '摘要（可另起一行 --- 后写详情）',
      '日期',
      '来源，每行一条（1至5条）',
      '标签、别名、示例问题、相关资料 id',
    ]);
    expect(flow.added.content).toMatch(
      new RegExp(`^✅ 已添加 \`${id}\`（第1版，第${flow.addRevision}号修订）。成员现在就能用 /ask 找到它。$`),
    );
    expect(flow.editForm.title).toBe('编辑：Mekong cold chain trial');
    expect(flow.saved.content).toMatch(
      new RegExp(`^✅ 已保存 \`${id}\`（第2版，第\\d+号修订）。今后的回答将使用新内容。$`),
    );

    const list = flow.history.embeds[0];
    expect(list.title).toBe(`${id}的历史`);
    expect(list.description).toContain('modzh **编辑** — clearer summary');
    expect(list.description).toContain('modzh **添加** — trial reported');
    expect(list.footer.text).toMatch(/^共2次修订，最新的在前/);

    const diff = flow.revision.embeds[0];
    expect(diff.title).toBe(`${id}的第${flow.addRevision}号修订`);
    expect(diff.description).toContain('**添加**');
    expect(diff.description).toContain('这次修订创建了这条资料。');
    expect(diff.fields.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining(['类型', '标题', '摘要', '日期', '来源', '标签']),
    );
    expect(diff.footer.text).toBe(`还原到这个状态：/facts revert id:${id} revision:${flow.addRevision}`);

    expect(flow.reverted.content).toMatch(
      new RegExp(
        `^↩️ 已将 \`${id}\` 还原到第${flow.addRevision}号修订（新修订为第\\d+号）。从现在起，成员看到的是这个版本。$`,
      ),
    );
    // The core's "unchanged" refusal, said by its code.
    expect(flow.refused.content).toBe('⚠️ 没有任何变化：资料已经是这个样子。');
    // The mod-log is the server's (English here), whoever made the change.
    expect(modLogTitles()).toContain(`Fact base: revert · ${id}`);
  });
});

describe('the same flow with an English Discord', () => {
  it('reads exactly as before', async () => {
    const id = 'mekong-dry-port-trial';
    const flow = await curate(EN_MOD, 'Mekong dry port trial', id);
    expect(flow.addForm.title).toBe('New milestone');
    expect(flow.addForm.labels).toEqual([
      'Title',
      'Summary (then --- and details)',
      'Date',
      'Sources, one per line (1 to 5)',
      'Tags, aliases, questions, related ids',
    ]);
    expect(flow.added.content).toBe(
      `✅ Added \`${id}\` (version 1, revision #${flow.addRevision}). Members can find it with /ask right away.`,
    );
    expect(flow.editForm.title).toBe('Edit: Mekong dry port trial');
    expect(flow.saved.content).toMatch(
      new RegExp(`^✅ Saved \`${id}\` \\(version 2, revision #\\d+\\)\\. Answers use the new text from now on\\.$`),
    );
    expect(flow.history.embeds[0].title).toBe(`History of ${id}`);
    expect(flow.history.embeds[0].description).toContain('**edit** by moden — clearer summary');
    expect(flow.history.embeds[0].footer.text).toMatch(/^2 revisions, newest first/);
    expect(flow.revision.embeds[0].title).toBe(`Revision #${flow.addRevision} of ${id}`);
    expect(flow.revision.embeds[0].description).toContain('This revision created the fact.');
    expect(flow.reverted.content).toMatch(
      new RegExp(
        `^↩️ Reverted \`${id}\` to revision #${flow.addRevision} \\(new revision #\\d+\\)\\. Members see this version from now on\\.$`,
      ),
    );
    expect(flow.refused.content).toBe(`⚠️ "${id}" is already in the state of revision #${flow.addRevision}.`);
    expect(modLogTitles()).toContain(`Fact base: add · ${id}`);
  });
});

describe('a server set to Chinese', () => {
  it('gets its mod-log in Chinese, and English-Discord moderators get Chinese replies', async () => {
    upsertGuildSettings(h.db, { guildId: HOME_GUILD_ID, language: 'zh-CN' });
    const id = 'mekong-dry-port-trial';
    const removed = ephemeral(await facts(EN_MOD, 'remove', [opt.string('id', id), opt.string('reason', 'duplicate')]));
    expect(removed.content).toMatch(
      new RegExp(`^🗑️ 已删除“Mekong dry port trial”（\`${id}\`，第\\d+号修订）：成员将不再看到它。`),
    );
    await expect.poll(() => modLogTitles()).toContain(`资料库：删除 · ${id}`);
    const entry = h.local
      .messagesIn(MOD_LOG)
      .flatMap((m) => m.embeds ?? [])
      .find((e) => e.title === `资料库：删除 · ${id}`)!;
    expect(entry.fields?.map((f) => f.name)).toEqual(['操作人', '操作', '资料', '原因']);
    expect(entry.footer?.text).toMatch(/^第\d+号修订 · 用 \/facts history 查看改动$/);
  });
});
