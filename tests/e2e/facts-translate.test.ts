import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMessageLimits, checkModalLimits, type InvokerOptions } from '@corridor/local-discord';
import { MOD_ROLE_ID, opt, startHarness, type Harness } from './harness.js';

// /facts translate: the English beside the form, the numbers checked, the translation saved as a revision.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

type Body = { type: number; data: Record<string, any> };
const MOD: InvokerOptions = { user: { id: '400000000000000101', username: 'mod_role' }, memberRoles: [MOD_ROLE_ID] };
const MEMBER: InvokerOptions = { user: { id: '400000000000000102', username: 'member' } };
const FACT = 'china-laos-railway-opens';

async function reply(id: string): Promise<Body> {
  return (await h.local.waitForResponse(id)).body as Body;
}

async function openForm(
  who: InvokerOptions,
): Promise<{ customId: string; values: Record<string, string>; body: Body }> {
  const command = await reply(
    h.local.sendCommand({ name: 'facts', options: [opt.sub('translate', [opt.string('id', FACT)])], ...who }).id,
  );
  const button = command.data.components?.[0]?.components?.[0];
  const body = await reply(
    h.local.sendButton({ customId: button?.custom_id ?? 'facts-translate:x:zh-CN:1', ...who }).id,
  );
  const values: Record<string, string> = {};
  for (const r of body.data.components ?? [])
    for (const c of r.components ?? [r.component]) if (c?.custom_id) values[c.custom_id] = c.value ?? '';
  return { customId: body.data.custom_id, values, body };
}

describe('/facts translate', () => {
  it('shows the English privately, then a form pre-filled with the current Chinese text', async () => {
    const command = await reply(
      h.local.sendCommand({ name: 'facts', options: [opt.sub('translate', [opt.string('id', FACT)])], ...MOD }).id,
    );
    expect(command.data.flags & 64).toBe(64);
    const fields = command.data.embeds[0].fields as { name: string; value: string }[];
    expect(fields.find((f) => f.name === 'English title')?.value).toBe('China-Laos Railway opens');
    expect(fields.find((f) => f.name === 'Current zh-CN title')?.value).toBe('中老铁路开通运营');
    expect(checkMessageLimits(command.data)).toEqual([]);
    const { body, values } = await openForm(MOD);
    expect(body.type).toBe(9);
    expect(checkModalLimits(body.data)).toEqual([]);
    expect(values.title).toBe('中老铁路开通运营');
  });

  it('refuses a translation whose numbers differ from the English, changing nothing', async () => {
    const before = (await h.kb.stored(FACT))!.version;
    const { customId, values } = await openForm(MOD);
    const bad = await reply(
      h.local.sendModalSubmit({
        customId,
        fields: { ...values, summary: values.summary!.replace('1035', '1053') },
        ...MOD,
      }).id,
    );
    expect(bad.data.content).toMatch(/numbers do not match the English/);
    expect((await h.kb.stored(FACT))!.version).toBe(before);
  });

  it('saves a corrected translation as a revision that members reading Chinese see at once', async () => {
    const { customId, values } = await openForm(MOD);
    const saved = await reply(
      h.local.sendModalSubmit({ customId, fields: { ...values, title: '中老铁路全线开通运营' }, ...MOD }).id,
    );
    expect(saved.data.content).toMatch(/^✅ Saved the zh-CN text/);
    expect(h.kb.get(FACT)!.i18n?.['zh-CN']?.title).toBe('中老铁路全线开通运营');
    expect((await h.kb.history(FACT)).at(-1)).toMatchObject({ action: 'edit', reason: 'translation (zh-CN)' });
    const answer = await reply(
      h.local.sendCommand({ name: 'fact', options: [opt.string('name', FACT)], locale: 'zh-CN' }).id,
    );
    expect(answer.data.embeds[0].title).toBe('中老铁路全线开通运营');
    // The history shows what the translation changed.
    const revision = (await h.kb.history(FACT)).at(-1)!;
    const history = await reply(
      h.local.sendCommand({
        name: 'facts',
        options: [opt.sub('history', [opt.string('id', FACT), opt.integer('revision', revision.id)])],
        ...MOD,
      }).id,
    );
    expect(JSON.stringify(history.data)).toContain('Title (zh-CN)');
    expect(JSON.stringify(history.data)).toContain('中老铁路全线开通运营');
  });

  it('is for moderators only', async () => {
    const refused = await reply(
      h.local.sendCommand({ name: 'facts', options: [opt.sub('translate', [opt.string('id', FACT)])], ...MEMBER }).id,
    );
    expect(refused.data.content).toMatch(/^⚠️ Only fact moderators can change the fact base/);
    const chinese = await reply(
      h.local.sendCommand({
        name: 'facts',
        options: [opt.sub('translate', [opt.string('id', FACT)])],
        ...MEMBER,
        locale: 'zh-CN',
      }).id,
    );
    expect(chinese.data.content).toMatch(/^⚠️ 只有资料管理员才能修改资料库/);
    const forged = await reply(
      h.local.sendModalSubmit({
        customId: `facts-translate:${FACT}:zh-CN:1`,
        fields: { title: 'x', summary: 'xxxxxx' },
        ...MEMBER,
      }).id,
    );
    expect(forged.data.content).toMatch(/^⚠️/);
    expect(h.kb.get(FACT)!.i18n?.['zh-CN']?.title).not.toBe('x');
  });

  it('lists Chinese questions the bot could not answer like any others', async () => {
    await reply(h.local.sendCommand({ name: 'ask', options: [opt.string('question', '法国的首都是哪里？')] }).id);
    // The log is written after the reply: wait for it.
    for (let i = 0; i < 50 && !JSON.stringify(h.db.prepare('SELECT * FROM unanswered').all()).includes('法国'); i++)
      await new Promise((r) => setTimeout(r, 20));
    const list = await reply(h.local.sendCommand({ name: 'facts', options: [opt.sub('unanswered')], ...MOD }).id);
    expect(JSON.stringify(list.data)).toContain('法国的首都是哪里？');
  });
});
