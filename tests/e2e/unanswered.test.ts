import type { APIApplicationCommandInteractionDataOption } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMessageLimits, checkModalLimits, type InvokerOptions } from '@corridor/local-discord';
import { HOME_GUILD_ID, MOD_ROLE_ID, opt, OTHER_GUILD_ID, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;
const MOD_LOG = '200000000000000003';
type Body = { type: number; data: Record<string, any> };

const MOD: InvokerOptions = { user: { id: '400000000000000201', username: 'mod_role' }, memberRoles: [MOD_ROLE_ID] };
const MEMBER: InvokerOptions = { user: { id: '400000000000000203', username: 'member' } };
const ELSEWHERE: InvokerOptions = { user: { id: '400000000000000204', username: 'visitor' }, guildId: OTHER_GUILD_ID };

// Gets "I don't know" from the shipped base: "sleeper" and "Vientiane" appear in no fact's wording.
const SLEEPER = 'is there a sleeper train to vientiane';
const FACT = 'china-laos-railway-cross-border-passenger-service';
const OPENS = 'china-laos-railway-opens';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ config: { modLogChannelId: MOD_LOG } });
});
afterAll(async () => {
  await h?.stop();
});

async function ask(who: InvokerOptions, question: string): Promise<Body> {
  const { id } = h.local.sendCommand({ name: 'ask', options: [opt.string('question', question)], ...who });
  return (await h.local.waitForResponse(id)).body as Body;
}

async function facts(who: InvokerOptions, options: APIApplicationCommandInteractionDataOption[] = []) {
  const { id } = h.local.sendCommand({ name: 'facts', options: [opt.sub('unanswered', options)], ...who });
  return (await h.local.waitForResponse(id)).body as Body;
}

async function press(who: InvokerOptions, customId: string): Promise<Body> {
  const { id } = h.local.sendButton({ customId, ...who });
  return (await h.local.waitForResponse(id)).body as Body;
}

function expectEphemeral(body: Body) {
  expect(body.type).toBe(4);
  expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  expect(body.data.allowed_mentions).toEqual({ parse: [] });
  expect(checkMessageLimits(body.data)).toEqual([]);
}

/** The mod-log note is posted after the reply, so wait for it. */
async function modLogTitled(title: string): Promise<void> {
  await h.local.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${MOD_LOG}/messages` &&
      (r.body as { embeds?: { title?: string }[] })?.embeds?.[0]?.title === title,
  );
}

const logRows = () => h.db.prepare('SELECT * FROM unanswered ORDER BY id').all() as Record<string, unknown>[];
/** /ask logs after its reply, so the row lands a moment after the response. */
async function untilLogged(count: number): Promise<void> {
  for (let i = 0; i < 200 && logRows().length < count; i++) await new Promise((r) => setTimeout(r, 10));
  expect(logRows()).toHaveLength(count);
}

const factRows = () => JSON.stringify(h.db.prepare('SELECT * FROM facts ORDER BY id').all());

describe('the unanswered-question loop', () => {
  it("a member's unanswered question → a moderator lists it and attaches it to a fact → the same question is answered", async () => {
    // 1. Members get "I don't know", in two servers and two wordings; each is logged without who asked.
    // The answered question asked first is not logged (interactions are handled in order).
    await ask(MEMBER, 'when did the china laos railway open?');
    const first = await ask(MEMBER, SLEEPER);
    expect(first.data.embeds[0].title).toBe('No matching fact');
    await ask(ELSEWHERE, 'Is there a SLEEPER train to Vientiane?');
    await untilLogged(2);
    const rows = logRows();
    expect(rows.map((r) => [r.question, r.guild_id, r.source])).toEqual([
      [SLEEPER, HOME_GUILD_ID, 'none'],
      ['Is there a SLEEPER train to Vientiane?', OTHER_GUILD_ID, 'none'],
    ]);
    expect(JSON.parse(rows[0]!.nearest as string)[0]).toBe(FACT);
    expect(JSON.stringify(rows)).not.toContain(MEMBER.user!.id);
    expect(JSON.stringify(rows)).not.toContain('member');

    // 2. Members cannot see the log.
    const refused = await facts(MEMBER);
    expectEphemeral(refused);
    expect(refused.data.content).toMatch(/Only fact moderators/);

    // 3. The moderator's list: one group, asked twice, with its nearest fact.
    const list = await facts(MOD);
    expectEphemeral(list);
    const embed = list.data.embeds[0];
    expect(embed.title).toBe('Unanswered questions: 1 (asked 2 times)');
    expect(embed.description).toContain('`#1` ×2 · “Is there a SLEEPER train to Vientiane?” (+1 wording)');
    expect(embed.description).toContain(
      `nearest: China-Laos Railway cross-border passenger trains begin (\`${FACT}\`)`,
    );

    // Typing in attach: suggests the group by number.
    const auto = h.local.sendAutocomplete({
      name: 'facts',
      options: [opt.sub('unanswered', [opt.string('attach', 'sleeper', true)])],
      ...MOD,
    });
    expect(((await h.local.waitForResponse(auto.id)).body as Body).data.choices).toEqual([
      { name: '#1 ×2 · Is there a SLEEPER train to Vientiane?', value: '1' },
    ]);

    // 4. One step attaches it as an example question: a revision with who and why; the group leaves the list.
    const versionBefore = (await h.kb.stored(FACT))!.version;
    const attached = await facts(MOD, [
      opt.string('attach', '1'),
      opt.string('id', FACT),
      opt.string('as', 'question'),
    ]);
    expectEphemeral(attached);
    const revision = (await h.kb.history(FACT)).at(-1)!;
    expect(attached.data.content).toContain(
      `📎 Attached “Is there a SLEEPER train to Vientiane?” to \`${FACT}\` as an example question (revision #${revision.id})`,
    );
    expect(attached.data.content).toContain(
      `/facts revert id:${FACT} revision:${(await h.kb.history(FACT)).at(-2)!.id}`,
    );
    expect(revision).toMatchObject({ action: 'edit', actorId: MOD.user!.id, version: versionBefore + 1 });
    expect(revision.reason).toBe(
      'attached unanswered question (question "Is there a SLEEPER train to Vientiane?", asked 2 times)',
    );
    expect(h.kb.get(FACT)!.questions.at(-1)).toBe('Is there a SLEEPER train to Vientiane?');
    await modLogTitled(`Fact base: attach unanswered question · ${FACT}`);
    expect(logRows()).toEqual([]);
    expect((await facts(MOD)).data.embeds[0].title).toBe('Unanswered questions: 0 (asked 0 times)');

    // It shows in /facts history like any edit.
    const { id: historyId } = h.local.sendCommand({
      name: 'facts',
      options: [opt.sub('history', [opt.string('id', FACT)])],
      ...MOD,
    });
    const history = ((await h.local.waitForResponse(historyId)).body as Body).data.embeds[0].description as string;
    expect(history.split('\n')[0]).toMatch(
      new RegExp(`^\`#${revision.id}\` .* \\*\\*edit\\*\\* by mod\\\\_role — attached unanswered question`),
    );

    // 5. The same question, asked again, is now answered with that fact, and nothing more is logged.
    const again = await ask(MEMBER, SLEEPER);
    expect(again.data.embeds[0].title).toBe('China-Laos Railway cross-border passenger trains begin');
    expect(again.data.embeds[0].footer.text).toContain(FACT);
    expect(logRows()).toEqual([]);
  });

  // The exact row count here also proves the answered ask at the end of the test above logged nothing.
  it('a reported wrong answer with its question joins the log (no user id); a report without one does not', async () => {
    const answer = await ask(MEMBER, 'when did the china laos railway open?');
    const reportButton = answer.data.components[0].components.at(-1);
    const { id: buttonId } = h.local.sendButton({ customId: reportButton.custom_id, ...MEMBER });
    const modal = ((await h.local.waitForResponse(buttonId)).body as Body).data;
    expect(checkModalLimits(modal)).toEqual([]);
    expect(modal.components.map((r: any) => [r.components[0].custom_id, r.components[0].required])).toEqual([
      ['note', true],
      ['question', false],
    ]);

    const question = 'how much is a ticket on the laos railway';
    const submitted = h.local.sendModalSubmit({
      customId: modal.custom_id,
      fields: { note: 'This is the opening date, not the fare.', question },
      ...MEMBER,
    });
    expect(((await h.local.waitForResponse(submitted.id)).body as Body).data.content).toMatch(/Your report #\d+/);
    const plain = h.local.sendModalSubmit({
      customId: modal.custom_id,
      fields: { note: 'The date is off by a day.', question: '' },
      ...MEMBER,
    });
    await h.local.waitForResponse(plain.id);

    const rows = logRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ question, guild_id: HOME_GUILD_ID, source: 'report' });
    expect(JSON.parse(rows[0]!.nearest as string)[0]).toBe(OPENS);
    expect(JSON.stringify(rows)).not.toContain(MEMBER.user!.id);
    expect((await facts(MOD)).data.embeds[0].description).toContain(
      `\`#${rows[0]!.id}\` ×1, 1 reported wrong · “${question}”`,
    );
  });

  it('bad attach requests get one clear line and change nothing; clear:True asks, then empties the log', async () => {
    await ask(MEMBER, 'who is the mayor of vientiane');
    await untilLogged(2);
    const before = [factRows(), JSON.stringify(logRows())];
    const cases: [APIApplicationCommandInteractionDataOption[], RegExp][] = [
      [[opt.string('attach', '1')], /Say which fact to attach it to with id:/],
      [[opt.string('id', FACT)], /Say which question to attach with attach:/],
      [[opt.string('attach', '9999'), opt.string('id', FACT)], /No unanswered question matches "9999"/],
      [
        [opt.string('attach', 'who is the mayor of vientiane'), opt.string('id', 'no-such-fact')],
        /no fact with id "no-such-fact"/,
      ],
      [[opt.string('attach', '1'), opt.boolean('clear', true)], /Clear the log on its own/],
    ];
    for (const [options, message] of cases) {
      const body = await facts(MOD, options);
      expectEphemeral(body);
      expect(body.data.content).toMatch(message);
      expect(body.data.content.split('\n')).toHaveLength(1);
    }
    expect([factRows(), JSON.stringify(logRows())]).toEqual(before);

    // clear:True asks first; Cancel keeps everything.
    const asked = await facts(MOD, [opt.boolean('clear', true)]);
    expectEphemeral(asked);
    const count = logRowsCount(before[1]!);
    expect(asked.data.content).toBe(
      `Delete all ${count} logged questions (${count} in the list) for good? Questions asked after this message are kept.`,
    );
    const [confirm, cancel] = asked.data.components[0].components;
    expect([confirm.label, cancel.label]).toEqual(['Clear the log', 'Cancel']);
    expect((await press(MOD, cancel.custom_id)).data.content).toBe(
      'Kept the unanswered-question log; nothing was deleted.',
    );
    expect(JSON.stringify(logRows())).toBe(before[1]);

    // A member cannot press it; a question logged after the prompt survives the clear.
    expect((await press(MEMBER, confirm.custom_id)).data.content).toMatch(/Only fact moderators/);
    await ask(MEMBER, 'what colour are the trains to vientiane');
    await untilLogged(count + 1);
    const cleared = await press(MOD, confirm.custom_id);
    expect(cleared.type).toBe(7);
    expect(cleared.data.content).toBe(`🧹 Cleared the unanswered-question log (${count} logged questions).`);
    expect(logRows().map((r) => r.question)).toEqual(['what colour are the trains to vientiane']);
    await modLogTitled('Fact base: unanswered log cleared');
  });

  it('a two-part question with one part answered shows that fact, says which part it has no fact on, and logs it', async () => {
    const before = logRows().length;
    const body = await ask(MEMBER, 'When did RCEP take effect? How much is a train ticket to Vientiane?');
    const embed = body.data.embeds[0];
    expect(embed.title).toBe('This fact answers part of your question');
    expect(embed.fields.map((f: { name: string }) => f.name)).toEqual(['RCEP enters into force']);
    expect(embed.description).toBe("I don't have a fact on “How much is a train ticket to Vientiane”.");
    await untilLogged(before + 1);
    expect(logRows().at(-1)).toMatchObject({
      question: 'How much is a train ticket to Vientiane',
      guild_id: HOME_GUILD_ID,
      source: 'none',
    });
    expect(JSON.stringify(logRows())).not.toContain(MEMBER.user!.id);
  });

  it('every message the bot sent was within Discord limits and pinged no one', () => {
    expect(h.local.limitViolations).toEqual([]);
    for (const r of h.local.messageRequests()) expect(r.allowedMentions, r.path).toEqual({ parse: [] });
  });
});

function logRowsCount(json: string): number {
  return (JSON.parse(json) as unknown[]).length;
}
