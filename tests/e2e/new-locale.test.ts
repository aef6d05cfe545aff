import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_COMMANDS } from '../../src/commands/index.js';
import { registrationPlan } from '../../src/commands/registration.js';
import { checkMessageLimits } from '@corridor/local-discord';
import { addCommandTexts, addLocale } from '../../src/i18n/catalogue.js';
import type { CommandTexts } from '../../src/i18n/localize-commands.js';
import { opt, startHarness, type Harness } from './harness.js';

// A new language is data only: a pseudo-French catalogue from a fixture file, with no code change, and every
// member command answers a French-locale member through it (⟪…⟫ marks each catalogue string).
const fixture = JSON.parse(readFileSync(new URL('../fixtures/locales/fr-pseudo.json', import.meta.url), 'utf8')) as {
  commands: CommandTexts;
};
let h: Harness;
beforeAll(async () => {
  const { commands, ...messages } = fixture;
  addLocale('fr', messages);
  addCommandTexts('fr', commands);
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

type Data = Record<string, any>;
async function command(
  name: string,
  options: Parameters<Harness['local']['sendCommand']>[0]['options'] = [],
): Promise<Data> {
  const { id, token } = h.local.sendCommand({ name, options, locale: 'fr' });
  const callback = (await h.local.waitForResponse(id)).body as { type: number; data?: Data };
  const data =
    callback.type === 5
      ? ((
          await h.local.waitForRequest(
            (r) => r.method === 'PATCH' && r.path.includes(token) && r.path.endsWith('/messages/@original'),
          )
        ).body as Data)
      : callback.data!;
  expect(checkMessageLimits(data)).toEqual([]);
  return data;
}

const marked = (text: string | undefined) => expect(text ?? '').toMatch(/⟪[^⟫]+⟫/);

describe('a language added from a fixture', () => {
  it('answers /ask and /fact with its labels, buttons, footer and the untranslated-fact note', async () => {
    for (const data of [
      await command('ask', [opt.string('question', 'when did the china laos railway open?')]),
      await command('fact', [opt.string('name', 'rcep-in-force')]),
    ]) {
      const embed = data.embeds[0];
      expect(embed.description.split('\n')[0]).toBe('*⟪Not translated: shown in English.⟫*');
      for (const field of embed.fields) marked(field.name);
      marked(embed.footer.text);
      marked(data.components[0].components.at(-1).label);
    }
  });

  it("says it doesn't know, and refuses, in that language", async () => {
    const none = await command('ask', [opt.string('question', 'What is the capital of France?')]);
    expect(none.embeds[0].title).toBe('⟪No matching fact⟫');
    const refused = await command('timeline', [opt.string('from', '1980'), opt.string('to', '1985')]);
    marked(refused.content);
  });

  it('says which part of a two-part question it has no fact on, in that language', async () => {
    const q = 'When did RCEP take effect? How much is a train ticket to Vientiane?';
    const part = await command('ask', [opt.string('question', q)]);
    expect(part.embeds[0].title).toBe('⟪This fact answers part of your question⟫');
    expect(part.embeds[0].description).toBe("⟪I don't have a fact on “How much is a train ticket to Vientiane”.⟫");
  });

  it('titles and footers every list, /about, /help and /upcoming in that language', async () => {
    const titles: Record<string, string> = {
      timeline: '⟪China–ASEAN timeline⟫',
      figures: '⟪China–ASEAN in figures⟫',
      agreements: '⟪Agreements⟫',
      about: '⟪About Corridor⟫',
      help: '⟪Corridor help⟫',
    };
    for (const [name, title] of Object.entries(titles)) {
      const data = await command(name);
      expect(data.embeds[0].title).toBe(title);
    }
    const upcoming = await command('upcoming', [opt.integer('days', 366)]);
    marked(upcoming.embeds?.[0]?.title ?? upcoming.content);
  });

  it('registers its command names from the same data', () => {
    const ask = registrationPlan(ALL_COMMANDS, { clientId: '1', homeGuildId: '2' })[0]!.body.find(
      (c) => c.name === 'ask',
    )!;
    expect(ask.name_localizations).toMatchObject({ fr: 'demander', 'zh-CN': '提问' });
  });
});
