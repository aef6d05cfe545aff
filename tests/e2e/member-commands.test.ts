import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkAutocompleteLimits, checkMessageLimits } from '@corridor/local-discord';
import { MOD_ROLE_ID, OTHER_GUILD_ID, opt, startHarness, type Harness } from './harness.js';
import { ADMIN_PERMISSIONS } from '@corridor/local-discord';
import { logsAt } from '../support/log-lines.js';

const EPHEMERAL = 64;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function command(
  name: string,
  options: Parameters<Harness['local']['sendCommand']>[0]['options'] = [],
  user?: { id: string; username: string },
) {
  const { id } = h.local.sendCommand({ name, options, ...(user ? { user } : {}) });
  const response = await h.local.waitForResponse(id);
  return { id, body: response.body as { type: number; data: Record<string, any> }, response };
}

function expectWithinLimits(data: Record<string, unknown>) {
  expect(checkMessageLimits(data)).toEqual([]);
  expect(data.allowed_mentions).toEqual({ parse: [] });
}

describe('/ask', () => {
  it('answers with the best fact: summary, date, source and as-of, related buttons and a report button', async () => {
    const { body } = await command('ask', [opt.string('question', 'when did the china laos railway open?')]);
    expect(body.type).toBe(4);
    const embed = body.data.embeds[0];
    expect(embed.title).toBe('China-Laos Railway opens');
    expect(embed.fields).toContainEqual(expect.objectContaining({ name: 'Date', value: '3 December 2021' }));
    expect(embed.footer.text).toMatch(/^Milestone · china-laos-railway-opens · as of December 2024$/);
    // Every source: its title linked to its url, then publisher and date.
    const sources = embed.fields.find((f: { name: string }) => f.name === 'Sources');
    expect(sources.value.split('\n')).toEqual([
      '• [China-Laos railway to begin operations on Friday](http://en.people.cn/n3/2021/1203/c90000-9927867.html) — Xinhua, 3 December 2021',
      '• [First train of China-Laos Railway leaves Vientiane for China](http://en.people.cn/n3/2021/1203/c90000-9928251.html) — Xinhua, 3 December 2021',
      '• [Successful Outcomes from China-ASEAN Collaboration](https://www.troib.com/successful-outcomes-from-china-asean-collaboration) — TROIB News, c. December 2024',
    ]);
    const buttons = body.data.components[0].components;
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect(buttons.length).toBeLessThanOrEqual(4);
    expect(buttons.at(-1)).toMatchObject({ custom_id: 'report:china-laos-railway-opens', label: 'Report a problem' });
    expect(buttons.slice(0, -1).every((b: { custom_id: string }) => b.custom_id.startsWith('fact:'))).toBe(true);
    expect(body.data.flags ?? 0).toBe(0);
    expectWithinLimits(body.data);
  });

  it('is ephemeral when asked privately', async () => {
    const { body } = await command('ask', [opt.string('question', 'RCEP'), opt.boolean('private', true)]);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.embeds[0].title).toBe('RCEP enters into force');
  });

  it("says it doesn't know, with three nearest titles, instead of a random fact", async () => {
    const { body } = await command('ask', [opt.string('question', 'What is the capital of France?')]);
    expect(body.data.embeds[0].title).toBe('No matching fact');
    expect(body.data.embeds[0].description).toMatch(/I don't have a fact on/);
    expect(body.data.components[0].components).toHaveLength(3);
    expectWithinLimits(body.data);
  });

  it('never pings: @everyone in the question is defused and mentions are disabled', async () => {
    const { body } = await command('ask', [opt.string('question', '@everyone <@&123456789012345678> pizza')]);
    expect(JSON.stringify(body.data)).not.toMatch(/@everyone|<@&\d/);
    expectWithinLimits(body.data);
  });

  it('answers a background topic without inventing a date for it', async () => {
    const { body } = await command('ask', [opt.string('question', 'what is hard connectivity')]);
    const embed = body.data.embeds[0];
    expect(embed.title).toBe('"Hard connectivity": physical links');
    expect(embed.fields.map((f: { name: string }) => f.name)).toEqual(['Source']);
    expect(embed.footer.text).toBe('Background · hard-connectivity · as of December 2024');
  });

  it('refuses an empty question privately', async () => {
    const { body } = await command('ask', [opt.string('question', '   ')]);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.content).toMatch(/Please type a question/);
  });
});

describe('/fact with autocomplete', () => {
  it('suggests up to 25 matching facts as the user types', async () => {
    const { id } = h.local.sendAutocomplete({ name: 'fact', options: [opt.string('name', 'china-la', true)] });
    const body = (await h.local.waitForResponse(id)).body as {
      type: number;
      data: { choices: { name: string; value: string }[] };
    };
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    expect(body.data.choices.map((c) => c.value)).toContain('china-laos-railway-opens');
    expect(checkAutocompleteLimits(body.data)).toEqual([]);
  });

  it('answers an empty box with 25 valid choices', async () => {
    const { id } = h.local.sendAutocomplete({ name: 'fact', options: [opt.string('name', '', true)] });
    const body = (await h.local.waitForResponse(id)).body as { data: { choices: unknown[] } };
    expect(body.data.choices).toHaveLength(25);
    expect(checkAutocompleteLimits(body.data)).toEqual([]);
  });

  it('shows the chosen fact by id, and falls back to search for typed text', async () => {
    expect((await command('fact', [opt.string('name', 'rcep-members')])).body.data.embeds[0].title).toBe(
      'RCEP has 15 member countries',
    );
    expect(
      (await command('fact', [opt.string('name', 'phnom penh expressway opening')])).body.data.embeds[0].title,
    ).toBe('Phnom Penh-Sihanoukville Expressway opens');
  });
});

describe('buttons', () => {
  it('a related button opens that fact privately for whoever presses it', async () => {
    const { body } = await command('ask', [opt.string('question', 'RCEP')]);
    const related = body.data.components[0].components[0];
    const { id } = h.local.sendButton({
      customId: related.custom_id,
      user: { id: '400000000000000009', username: 'someone' },
    });
    const press = (await h.local.waitForResponse(id)).body as { type: number; data: Record<string, any> };
    expect(press.type).toBe(4);
    expect(press.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(press.data.embeds[0].footer.text).toContain(related.custom_id.slice('fact:'.length));
  });
});

describe('/timeline paging', () => {
  it('lists milestones in date order, pages with buttons only for the asker, and expires cleanly', async () => {
    const asker = { id: '400000000000000001', username: 'asker' };
    const { body } = await command('timeline', [], asker);
    const lines: string[] = body.data.embeds[0].description.split('\n');
    const dates = lines.map((l) => l.match(/`([\d-]+)`/)?.[1] ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(body.data.embeds[0].footer.text).toMatch(/^Page 1\/\d+ · Sources: /);
    // The footer names the publishers of this page's facts, and no others.
    const onPage = lines.map((l) => h.kb.facts().find((f) => l.includes(`**${f.title}**`))!);
    expect(onPage).not.toContain(undefined);
    const named = body.data.embeds[0].footer.text.match(/Sources: (.*?) · as of/)[1];
    expect(named).toBe([...new Set(onPage.flatMap((f) => f.sources.map((s) => s.publisher)))].join(', '));
    const [prev, next] = body.data.components[0].components;
    expect(prev.disabled).toBe(true);
    expect(next.disabled).toBe(false);

    const stranger = h.local.sendButton({
      customId: next.custom_id,
      user: { id: '400000000000000002', username: 'stranger' },
    });
    const refused = (await h.local.waitForResponse(stranger.id)).body as { data: Record<string, any> };
    expect(refused.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(refused.data.content).toMatch(/Only the person who ran this command/);

    const own = h.local.sendButton({ customId: next.custom_id, user: asker });
    const page2 = (await h.local.waitForResponse(own.id)).body as { type: number; data: Record<string, any> };
    expect(page2.type).toBe(7);
    expect(page2.data.embeds[0].footer.text).toMatch(/^Page 2\//);
    expect(page2.data.embeds[0].description).not.toBe(body.data.embeds[0].description);

    const expired = h.local.sendButton({ customId: 'page:000000000000:1', user: asker });
    const gone = (await h.local.waitForResponse(expired.id)).body as { type: number; data: Record<string, any> };
    expect(gone.type).toBe(7);
    expect(gone.data.components).toEqual([]);
  });

  it('filters by date range and topic, and refuses a bad date privately', async () => {
    const { body } = await command('timeline', [
      opt.string('from', '2021'),
      opt.string('to', '2022'),
      opt.string('topic', 'railway'),
    ]);
    expect(body.data.embeds[0].description).toMatch(/China-Laos Railway opens/);
    expect(body.data.embeds[0].description).not.toMatch(/2010|2015|2025/);
    const bad = await command('timeline', [opt.string('from', 'last year')]);
    expect(bad.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(bad.body.data.content).toMatch(/is not a date/);
  });
});

describe('/figures, /agreements, /about', () => {
  it('lists figures with period and sources', async () => {
    const { body } = await command('figures', [opt.string('topic', 'expressway')]);
    expect(body.data.embeds[0].description).toMatch(/an average of 13,000 vehicles per day, October 2022 to late 2024/);
    expectWithinLimits(body.data);
  });

  it('groups all figures by topic, trade first, each topic in date order', async () => {
    const { id, body } = await command('figures');
    const sent = body.type === 5 ? await editedOriginal(id) : body.data;
    const lines: string[] = sent.embeds[0].description.split('\n');
    expect(lines[0]).toBe('__Trade__');
    const trade = lines.slice(1, lines.findIndex((l, i) => i > 0 && /^__/.test(l)) >>> 0);
    const figureFacts = h.kb.facts('figure') as { title: string; asOf: string }[];
    const asOf = trade.map((l) => figureFacts.find((f) => l.startsWith(`**${f.title}**`))?.asOf ?? 'missing');
    expect(asOf).not.toContain('missing');
    expect(asOf).toEqual([...asOf].sort());
    expect(checkMessageLimits(sent)).toEqual([]);
  });

  it('shows an agreement with signed / in force / status / parties', async () => {
    const { body } = await command('agreements', [opt.string('name', 'RCEP')]);
    const names = body.data.embeds[0].fields.map((f: { name: string }) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Status', 'Signed', 'In force', 'Parties']));
    const list = await command('agreements');
    expect(list.body.data.embeds[0].description).toMatch(/RCEP enters into force/);
    expectWithinLimits(list.body.data);
  });

  it('about counts the facts and names the sources, one publisher a line', async () => {
    const { body } = await command('about');
    expect(body.data.embeds[0].fields[0].value).toMatch(new RegExp(`^${h.kb.size} in all`));
    const publishers = new Set(h.kb.facts().flatMap((f) => f.sources.map((s) => s.publisher)));
    expect(body.data.embeds[0].fields[1].name).toBe(`Sources: ${publishers.size} publishers`);
    expect(body.data.embeds[0].fields[1].value).toMatch(/^• TROIB News: \d+ facts$/m);
    expect(body.data.embeds[0].fields[1].value).toMatch(
      /^• China FTA Network, Ministry of Commerce of the People's Republic of China: 1 fact$/m,
    );
    expectWithinLimits(body.data);
  });
});

/** After a deferred reply (type 5), waits until the bot edited @original for this interaction. */
async function editedOriginal(id: string) {
  const deadline = Date.now() + 10_000;
  while (!h.local.interactionRequests(id).some((r) => r.method === 'PATCH' && r.status === 200)) {
    if (Date.now() > deadline) throw new Error(`interaction ${id}: no edit of the deferred reply`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return h.local.originalMessage(id)!;
}

describe('series charts', () => {
  it('/fact on a point of a series attaches the series chart as a PNG with alt text; the second time it is ready at once', async () => {
    const first = await command('fact', [opt.string('name', 'china-asean-goods-trade-2022')]);
    // Until the chart is drawn (here, or by an earlier /figures) the reply is deferred, then edited with the chart.
    const message = first.body.type === 5 ? await editedOriginal(first.id) : h.local.originalMessage(first.id)!;
    expect(message.embeds[0]!.title).toBe('China–ASEAN goods trade, 2022');
    expect(message.embeds[0]!.image?.url).toBe('attachment://china-asean-goods-trade-annual.png');
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]).toMatchObject({
      filename: 'china-asean-goods-trade-annual.png',
      description: expect.stringMatching(
        /^Bar chart of China–ASEAN goods trade in USD billion, 2020 to 2024\. .*2022: 975\.3/,
      ),
    });
    expect(message.attachments[0]!.size).toBeGreaterThan(10_000);

    const again = await command('fact', [opt.string('name', 'china-asean-goods-trade-2020')]);
    expect(again.body.type).toBe(4);
    expect(h.local.originalMessage(again.id)!.attachments[0]!.filename).toBe('china-asean-goods-trade-annual.png');
  });

  it('/figures attaches the chart of a series in the list, and a figure outside any series gets none', async () => {
    const { id, body } = await command('figures', [opt.string('topic', 'China ASEAN goods trade')]);
    const message = body.type === 5 ? await editedOriginal(id) : h.local.originalMessage(id)!;
    expect(message.attachments.map((a) => a.filename)).toEqual(['china-asean-goods-trade-annual.png']);
    expect(message.embeds[0]!.image?.url).toBe('attachment://china-asean-goods-trade-annual.png');
    const plain = await command('fact', [opt.string('name', 'china-laos-railway-length')]);
    expect(plain.body.type).toBe(4);
    expect(h.local.originalMessage(plain.id)!.attachments).toEqual([]);
  });
});

describe('/help', () => {
  const help = async (extra: Record<string, unknown>) => {
    const { id } = h.local.sendCommand({
      name: 'help',
      options: [],
      user: { id: '400000000000000009', username: 'helpme' },
      ...extra,
    });
    return ((await h.local.waitForResponse(id)).body as { type: number; data: Record<string, any> }).data;
  };

  it('lists what the bot knows, every member command on one line each, and how to report a mistake, privately', async () => {
    const data = await help({});
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const text: string = data.embeds[0].description;
    expect(text).toContain(`from ${h.kb.size} curated, cited facts`);
    for (const name of ['ask', 'fact', 'timeline', 'figures', 'agreements', 'about', 'help', 'upcoming', 'reminders']) {
      expect(text.split('\n').filter((l) => l.startsWith(`\`/${name}`))).toHaveLength(1);
    }
    expect(text).toMatch(/^`\/reminders setup\|status\|disable\|preview\|test` — .*\(Manage Server\)$/m);
    expect(text).toMatch(/Report a problem/);
    expect(text).not.toMatch(/\/facts/);
    expectWithinLimits(data);
  });

  it('shows /facts to moderators of the home server and to no one else', async () => {
    const forMod = (await help({ memberRoles: [MOD_ROLE_ID] })).embeds[0].description;
    expect(forMod).toMatch(/\*\*For moderators\*\*\n`\/facts add\|edit\|remove\|restore\|history/);
    const otherServerAdmin = (await help({ guildId: OTHER_GUILD_ID, memberPermissions: ADMIN_PERMISSIONS })).embeds[0]
      .description;
    expect(otherServerAdmin).not.toMatch(/\/facts/);
  });
});

describe('error boundary', () => {
  it('answers a failing interaction privately, logs it, and keeps serving', async () => {
    const get = vi.spyOn(h.kb, 'get').mockImplementationOnce(() => {
      throw new Error('simulated store failure');
    });
    const { id } = h.local.sendButton({ customId: 'fact:rcep-in-force' });
    const body = (await h.local.waitForResponse(id)).body as { type: number; data: Record<string, any> };
    get.mockRestore();
    expect(body.type).toBe(4);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.content).toMatch(/something went wrong/);
    expect(
      logsAt(h.logs, 'error').some(
        (e) => e.msg === 'component fact failed' && JSON.stringify(e).includes('simulated store failure'),
      ),
    ).toBe(true);
    expect((await command('ask', [opt.string('question', 'RCEP')])).body.data.embeds[0].title).toBe(
      'RCEP enters into force',
    );
  });

  it('answers a button it does not know with one friendly line, not as an error', async () => {
    const errorsBefore = logsAt(h.logs, 'error').length;
    const { id } = h.local.sendButton({ customId: 'no-such-handler:1' });
    const body = (await h.local.waitForResponse(id)).body as { type: number; data: Record<string, any> };
    expect(body.type).toBe(4);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.content).toMatch(/^⚠️ I don’t recognise that button or form.*Run the command again\.$/);
    expect(logsAt(h.logs, 'error').length).toBe(errorsBefore);
  });
});

it('no request broke a Discord limit', () => {
  expect(h.local.limitViolations).toEqual([]);
});
