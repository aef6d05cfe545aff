import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkAutocompleteLimits, checkMessageLimits } from '../../src/devtools/local-discord/index.js';
import { opt, startHarness, type Harness } from './harness.js';
import { logsAt } from '../support/log-lines.js';

const EPHEMERAL = 64;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function command(name: string, options: Parameters<Harness['local']['sendCommand']>[0]['options'] = [], user?: { id: string; username: string }) {
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
    expect(embed.footer.text).toMatch(/Source: .+ · as of /);
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
    expect(embed.fields).toEqual([]);
    expect(embed.footer.text).toMatch(/^Background · hard-connectivity · Source: TROIB News, c. December 2024/);
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
    const body = (await h.local.waitForResponse(id)).body as { type: number; data: { choices: { name: string; value: string }[] } };
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
    expect((await command('fact', [opt.string('name', 'rcep-members')])).body.data.embeds[0].title).toBe('RCEP has 15 member countries');
    expect((await command('fact', [opt.string('name', 'phnom penh expressway opening')])).body.data.embeds[0].title).toBe(
      'Phnom Penh-Sihanoukville Expressway opens',
    );
  });
});

describe('buttons', () => {
  it('a related button opens that fact privately for whoever presses it', async () => {
    const { body } = await command('ask', [opt.string('question', 'RCEP')]);
    const related = body.data.components[0].components[0];
    const { id } = h.local.sendButton({ customId: related.custom_id, user: { id: '400000000000000009', username: 'someone' } });
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
    const [prev, next] = body.data.components[0].components;
    expect(prev.disabled).toBe(true);
    expect(next.disabled).toBe(false);

    const stranger = h.local.sendButton({ customId: next.custom_id, user: { id: '400000000000000002', username: 'stranger' } });
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
    const { body } = await command('timeline', [opt.string('from', '2021'), opt.string('to', '2022'), opt.string('topic', 'railway')]);
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
    expect(body.data.embeds[0].description).toMatch(/13,000 vehicles/);
    expectWithinLimits(body.data);
  });

  it('shows an agreement with signed / in force / status / parties', async () => {
    const { body } = await command('agreements', [opt.string('name', 'RCEP')]);
    const names = body.data.embeds[0].fields.map((f: { name: string }) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Status', 'Signed', 'In force', 'Parties']));
    const list = await command('agreements');
    expect(list.body.data.embeds[0].description).toMatch(/RCEP enters into force/);
    expectWithinLimits(list.body.data);
  });

  it('about counts the facts and names the sources', async () => {
    const { body } = await command('about');
    expect(body.data.embeds[0].fields[0].value).toMatch(new RegExp(`^${h.kb.size} in all`));
    expect(body.data.embeds[0].fields[1].value).toMatch(/TROIB News/);
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
    expect(logsAt(h.logs, 'error').some((e) => e.msg === 'component fact failed' && JSON.stringify(e).includes('simulated store failure'))).toBe(true);
    expect((await command('ask', [opt.string('question', 'RCEP')])).body.data.embeds[0].title).toBe('RCEP enters into force');
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
