import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS } from '../../src/commands/index.js';
import { parseSandboxInput } from '../../src/devtools/sandbox/parse-input.js';
import { SANDBOX_HELP } from '../../src/devtools/sandbox/session.js';
import { markdownToText } from '../../src/devtools/sandbox/markdown-text.js';
import { renderMessage } from '../../src/devtools/sandbox/render-text.js';

const commands = ALL_COMMANDS.map((c) => c.data.toJSON());
const channels = new Map([['general', '200000000000000001']]);
const parse = (line: string) => parseSandboxInput(line, commands, channels);

describe('sandbox input', () => {
  it('puts free text into the first string option', () => {
    expect(parse('/ask what is RCEP')).toEqual({
      kind: 'command',
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'what is RCEP' }],
    });
  });
  it('reads name:value pairs, quoted values and booleans', () => {
    expect(parse('/timeline from:2020 to:2023 topic:"land sea" private:yes')).toEqual({
      kind: 'command',
      name: 'timeline',
      options: [
        { name: 'from', type: 3, value: '2020' },
        { name: 'to', type: 3, value: '2023' },
        { name: 'topic', type: 3, value: 'land sea' },
        { name: 'private', type: 5, value: true },
      ],
    });
  });
  it('keeps a colon inside a question that is not an option name', () => {
    expect(parse('/ask RCEP: when?')).toMatchObject({ options: [{ name: 'question', value: 'RCEP: when?' }] });
  });
  it('takes the rest of the line for the only option that takes text', () => {
    expect(parse('/ask question:what is rcep')).toEqual({
      kind: 'command',
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'what is rcep' }],
    });
    expect(parse('/facts edit id:china-laos-railway-length reason:test edit')).toEqual({
      kind: 'command',
      name: 'facts',
      options: [
        {
          name: 'edit',
          type: 1,
          options: [
            { name: 'id', type: 3, value: 'china-laos-railway-length' },
            { name: 'reason', type: 3, value: 'test edit' },
          ],
        },
      ],
    });
    expect(parse('/fact name:china laos private:yes')).toMatchObject({
      options: [
        { name: 'name', value: 'china laos' },
        { name: 'private', value: true },
      ],
    });
    // While another text option is still free, a bare word goes there, as before.
    expect(parse('/timeline topic:railway 2020')).toMatchObject({
      options: [
        { name: 'topic', value: 'railway' },
        { name: 'from', value: '2020' },
      ],
    });
  });
  it('mentions /facts and that the sandbox user is a moderator in its help', () => {
    expect(SANDBOX_HELP).toMatch(/\/facts edit id:/);
    expect(SANDBOX_HELP).toMatch(/You are a moderator/);
  });
  it('marks the autocomplete option focused', () => {
    expect(parse('?fact china-la')).toEqual({
      kind: 'complete',
      name: 'fact',
      options: [{ name: 'name', type: 3, value: 'china-la', focused: true }],
    });
  });
  it('explains mistakes instead of sending them', () => {
    expect(parse('/nope')).toMatchObject({ kind: 'error', message: expect.stringMatching(/No command \/nope/) });
    expect(parse('/fact')).toMatchObject({ kind: 'error', message: expect.stringMatching(/needs name/) });
    expect(parse('hello')).toMatchObject({ kind: 'error' });
    expect(parse('3')).toEqual({ kind: 'press', index: 3 });
    expect(parse('quit')).toEqual({ kind: 'quit' });
  });
});

describe('sandbox rendering', () => {
  it('shows embeds, ephemeral notes and numbered buttons', () => {
    const { text, buttons } = renderMessage({
      flags: 64,
      embeds: [
        {
          title: 'T',
          description: 'line one\nline two',
          fields: [{ name: 'Date', value: '3 December 2021' }],
          footer: { text: 'Source: X' },
        },
      ],
      components: [
        {
          components: [
            { type: 2, label: 'Next', custom_id: 'page:a:1' },
            { type: 2, label: 'Prev', custom_id: 'page:a:0', disabled: true },
          ],
        },
      ],
    });
    expect(text).toBe(
      '(only you can see this)\n┌─ T\n│ line one\n│ line two\n│ Date: 3 December 2021\n└─ Source: X\n[1] Next   [2] Prev (disabled)',
    );
    expect(buttons.map((b) => b.custom_id)).toEqual(['page:a:1', 'page:a:0']);
  });
});

describe('sandbox markdown', () => {
  const names = {
    channels: new Map([['200000000000000001', 'general']]),
    users: new Map([['400000000000000001', 'you']]),
    roles: new Map([['500000000000000001', 'Fact moderator']]),
  };
  const now = new Date('2026-01-01T00:00:00Z');
  const read = (text: string, ansi = false) => markdownToText(text, { names, now, ansi });

  it('names channels, users and roles instead of showing ids', () => {
    expect(read('on in <#200000000000000001> by <@400000000000000001> for <@&500000000000000001>')).toBe(
      'on in #general by @you for @Fact moderator',
    );
    expect(read('<#999999999999999999>')).toBe('#999999999999999999');
  });
  it('shows timestamps as times', () => {
    const inThreeHours = now.getTime() / 1000 + 3 * 3600;
    expect(read(`next post <t:${inThreeHours}:R>`)).toBe('next post in 3 hours');
    expect(read(`<t:${now.getTime() / 1000 - 2 * 86400}:R>`)).toBe('2 days ago');
    expect(read(`<t:${now.getTime() / 1000}:D>`)).toBe('1 January 2026 UTC');
  });
  it('shows bold as bold (or plain), links as title and address, escapes as the characters', () => {
    expect(read('**on** and *quiet*')).toBe('on and quiet');
    expect(read('**on**', true)).toBe('\x1b[1mon\x1b[22m');
    expect(read('[Trade \\[update\\]](https://example.org/a%28b%29) — Xinhua')).toBe(
      'Trade [update] <https://example.org/a%28b%29> — Xinhua',
    );
  });
});
