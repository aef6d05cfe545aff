/**
 * Discord's limits as the local Discord checks them: pure functions over request bodies, no server. The same checks
 * refuse a request with 400 50035 inside the local Discord and let the bot's tests assert its bodies fit.
 */
import { describe, expect, it } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ModalBuilder,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import {
  checkAutocompleteLimits,
  checkCommandLimits,
  checkMessageLimits,
  checkModalLimits,
  embedCharacterCount,
  violationsToErrorTree,
  type LimitViolation,
} from '../src/index.js';

function paths(violations: readonly LimitViolation[]): string[] {
  return violations.map((v) => v.path);
}

function codes(violations: readonly LimitViolation[]): string[] {
  return violations.map((v) => v.code);
}

describe('Discord limits (pure checks)', () => {
  const long = (n: number, ch = 'x') => ch.repeat(n);

  it('accepts a typical message and boundary values', () => {
    expect(
      checkMessageLimits({
        content: long(2000),
        embeds: [{ title: long(256), description: long(4096) }],
        allowed_mentions: { parse: [] },
      }),
    ).toEqual([]);
    // 2000 emoji are 4000 UTF-16 units but 2000 characters.
    expect(checkMessageLimits({ content: long(2000, '🌏') })).toEqual([]);
    const exactly6000 = {
      title: long(256),
      description: long(4096),
      fields: [
        { name: 'a', value: long(1024) },
        { name: 'b', value: long(622) },
      ],
    };
    expect(embedCharacterCount(exactly6000)).toBe(6000);
    expect(checkMessageLimits({ embeds: [exactly6000] })).toEqual([]);
  });

  it('flags content, embed count and embed field limits with Discord paths', () => {
    expect(paths(checkMessageLimits({ content: long(2001) }))).toEqual(['content']);
    expect(codes(checkMessageLimits({ content: long(2001) }))).toEqual(['BASE_TYPE_MAX_LENGTH']);
    expect(paths(checkMessageLimits({ embeds: Array.from({ length: 11 }, () => ({ title: 'x' })) }))).toEqual([
      'embeds',
    ]);
    const embed = {
      title: long(257),
      description: long(4097),
      fields: [
        { name: '', value: 'v' },
        { name: 'n', value: long(1025) },
        { name: long(257), value: 'v' },
      ],
      footer: { text: long(2049) },
      author: { name: long(257) },
    };
    expect(paths(checkMessageLimits({ embeds: [embed] }))).toEqual([
      'embeds[0].title',
      'embeds[0].description',
      'embeds[0].fields[0].name',
      'embeds[0].fields[1].value',
      'embeds[0].fields[2].name',
      'embeds[0].footer.text',
      'embeds[0].author.name',
      'embeds',
    ]);
    expect(
      paths(
        checkMessageLimits({ embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] }),
      ),
    ).toEqual(['embeds[0].fields']);
    const v = checkMessageLimits({ content: long(2001) })[0];
    expect(v?.message).toBe('content: must be 2000 or fewer in length (got 2001)');
    expect(v?.detail).toBe('Must be 2000 or fewer in length.');
  });

  it('flags the 6000-character total across all embeds of a message', () => {
    const half = { description: long(3001) };
    expect(codes(checkMessageLimits({ embeds: [half] }))).toEqual([]);
    expect(codes(checkMessageLimits({ embeds: [half, half] }))).toEqual(['MAX_EMBED_SIZE_EXCEEDED']);
  });

  it('flags component limits', () => {
    const button = (id: string, label = 'Go') => ({ type: 2, style: 1, custom_id: id, label });
    const row = (...components: object[]) => ({ type: 1, components });
    expect(checkMessageLimits({ components: [row(button('a'), button('b'))] })).toEqual([]);
    expect(
      paths(checkMessageLimits({ components: Array.from({ length: 6 }, (_, i) => row(button(`b${i}`))) })),
    ).toEqual(['components']);
    expect(
      paths(checkMessageLimits({ components: [row(...Array.from({ length: 6 }, (_, i) => button(`b${i}`)))] })),
    ).toEqual(['components[0].components']);
    expect(paths(checkMessageLimits({ components: [row(button('a', long(81)))] }))).toEqual([
      'components[0].components[0].label',
    ]);
    expect(paths(checkMessageLimits({ components: [row(button(long(101)))] }))).toEqual([
      'components[0].components[0].custom_id',
    ]);
    expect(codes(checkMessageLimits({ components: [row(button('same')), row(button('same'))] }))).toEqual([
      'COMPONENT_CUSTOM_ID_DUPLICATED',
    ]);
    expect(codes(checkMessageLimits({ components: [row({ type: 2, style: 5, label: 'Source' })] }))).toEqual([
      'BASE_TYPE_REQUIRED',
    ]);
    const select = (n: number) => ({
      type: 3,
      custom_id: 's',
      options: Array.from({ length: n }, (_, i) => ({ label: `o${i}`, value: `o${i}` })),
    });
    expect(checkMessageLimits({ components: [row(select(25))] })).toEqual([]);
    expect(paths(checkMessageLimits({ components: [row(select(26))] }))).toEqual([
      'components[0].components[0].options',
    ]);
    expect(codes(checkMessageLimits({ components: [row(select(2), button('b'))] }))).toEqual([
      'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
    ]);
    // Builders produce valid JSON.
    const built = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('x').setLabel('X').setStyle(ButtonStyle.Secondary),
    );
    expect(checkMessageLimits({ components: [built.toJSON()] })).toEqual([]);
  });

  it('prefixes paths for callback data and builds Discord error trees', () => {
    const violations = checkMessageLimits({ content: long(2001), embeds: [{ title: long(257) }] }, 'data');
    expect(paths(violations)).toEqual(['data.content', 'data.embeds[0].title']);
    expect(violationsToErrorTree(violations)).toEqual({
      data: {
        content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] },
        embeds: {
          '0': { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] } },
        },
      },
    });
  });

  it('checks allowed_mentions shape', () => {
    expect(checkMessageLimits({ content: 'x', allowed_mentions: { parse: [] } })).toEqual([]);
    expect(codes(checkMessageLimits({ content: 'x', allowed_mentions: { parse: ['users'], users: ['1'] } }))).toEqual([
      'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
    ]);
    expect(paths(checkMessageLimits({ content: 'x', allowed_mentions: { parse: ['nobody'] } }))).toEqual([
      'allowed_mentions.parse[0]',
    ]);
  });

  it('checks autocomplete results', () => {
    const choice = (name: string, value: string | number = 'v') => ({ name, value });
    expect(checkAutocompleteLimits({ choices: Array.from({ length: 25 }, (_, i) => choice(`c${i}`)) })).toEqual([]);
    expect(paths(checkAutocompleteLimits({ choices: Array.from({ length: 26 }, (_, i) => choice(`c${i}`)) }))).toEqual([
      'data.choices',
    ]);
    expect(paths(checkAutocompleteLimits({ choices: [choice(long(101))] }))).toEqual(['data.choices[0].name']);
    expect(paths(checkAutocompleteLimits({ choices: [choice('')] }))).toEqual(['data.choices[0].name']);
    expect(paths(checkAutocompleteLimits({ choices: [choice('ok', long(101))] }))).toEqual(['data.choices[0].value']);
    expect(checkAutocompleteLimits({ choices: [choice('number', 123456)] })).toEqual([]);
    expect(paths(checkAutocompleteLimits({}))).toEqual(['data.choices']);
  });

  it('checks modals', () => {
    const input = (over: object = {}) => ({ type: 4, custom_id: 'f', label: 'Label', style: 1, ...over });
    const rowOf = (over: object = {}) => ({ type: 1, components: [input(over)] });
    const built = new ModalBuilder()
      .setCustomId('m')
      .setTitle('Suggest a fact')
      .addComponents(
        new ActionRowBuilder<TextInputBuilder>().addComponents(
          new TextInputBuilder().setCustomId('t').setLabel('Title').setStyle(TextInputStyle.Short),
        ),
      );
    expect(checkModalLimits(built.toJSON())).toEqual([]);
    expect(paths(checkModalLimits({ custom_id: 'm', title: long(46), components: [rowOf()] }))).toEqual(['data.title']);
    expect(paths(checkModalLimits({ custom_id: long(101), title: 't', components: [rowOf()] }))).toEqual([
      'data.custom_id',
    ]);
    expect(
      paths(
        checkModalLimits({
          custom_id: 'm',
          title: 't',
          components: Array.from({ length: 6 }, (_, i) => rowOf({ custom_id: `f${i}` })),
        }),
      ),
    ).toEqual(['data.components']);
    expect(paths(checkModalLimits({ custom_id: 'm', title: 't', components: [rowOf({ label: long(46) })] }))).toEqual([
      'data.components[0].components[0].label',
    ]);
    expect(paths(checkModalLimits({ custom_id: 'm', title: 't', components: [rowOf({ value: long(4001) })] }))).toEqual(
      ['data.components[0].components[0].value'],
    );
    expect(
      paths(checkModalLimits({ custom_id: 'm', title: 't', components: [rowOf({ placeholder: long(101) })] })),
    ).toEqual(['data.components[0].components[0].placeholder']);
    expect(
      paths(
        checkModalLimits({
          custom_id: 'm',
          title: 't',
          components: [{ type: 18, label: long(46), component: { type: 4, custom_id: 'x', style: 2 } }],
        }),
      ),
    ).toEqual(['data.components[0].label']);
  });

  it('checks command registration bodies', () => {
    const ok = new SlashCommandBuilder()
      .setName('fact')
      .setDescription('Show a fact')
      .addStringOption((o) => o.setName('id').setDescription('Fact id').setRequired(true).setAutocomplete(true))
      .toJSON();
    expect(checkCommandLimits([ok])).toEqual([]);
    expect(paths(checkCommandLimits([{ name: 'Fact', description: 'x' }]))).toEqual(['[0].name']);
    expect(paths(checkCommandLimits([{ name: 'fact', description: long(101) }]))).toEqual(['[0].description']);
    expect(
      codes(
        checkCommandLimits([
          {
            name: 'fact',
            description: 'x',
            options: [
              { type: 3, name: 'a', description: 'a' },
              { type: 3, name: 'b', description: 'b', required: true },
            ],
          },
        ]),
      ),
    ).toEqual(['APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID']);
    expect(codes(checkCommandLimits([ok, ok]))).toEqual(['APPLICATION_COMMANDS_DUPLICATE_NAME']);
  });
});
