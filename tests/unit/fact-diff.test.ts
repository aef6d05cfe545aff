import { describe, expect, it } from 'vitest';
import { checkMessageLimits } from '@corridor/local-discord';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import type { Revision } from '../../src/knowledge/store/facts.js';
import { changedFields, historyLine, plain, revisionEmbed } from '../../src/render/fact-diff.js';
import { embedLength } from '../../src/render/limits.js';

const seeds = loadSeedFacts();
const agreement = seeds.find((f): f is Extract<Fact, { kind: 'agreement' }> => f.kind === 'agreement')!;

function rev(over: Partial<Revision>): Revision {
  return {
    id: 42,
    factId: agreement.id,
    version: 3,
    action: 'edit',
    actorId: '400000000000000001',
    actorName: 'mod_alice',
    reason: 'newer source',
    at: '2025-05-03T14:03:00.000Z',
    before: agreement,
    after: agreement,
    ...over,
  };
}

describe('changedFields', () => {
  it('lists only the fields that differ, before and after', () => {
    const after: Fact = {
      ...agreement,
      summary: `${agreement.summary} Updated.`,
      status: 'superseded',
      tags: [...agreement.tags, 'new-tag'],
    };
    const changes = changedFields(agreement, after);
    expect(changes.map((c) => c.field)).toEqual(['Summary', 'Status', 'Tags']);
    expect(changes[1]).toEqual({ field: 'Status', before: 'in-force', after: 'superseded' });
  });

  it('treats a missing state as empty (an add shows every field that has a value)', () => {
    const changes = changedFields(null, agreement);
    expect(changes.map((c) => c.field)).toContain('Title');
    expect(changes.every((c) => c.before === '')).toBe(true);
  });

  it('finds nothing between equal facts', () => {
    expect(changedFields(agreement, { ...agreement })).toEqual([]);
  });
});

describe('revisionEmbed', () => {
  it('shows who, when, why and each changed field before/after', () => {
    const after: Fact = { ...agreement, title: 'A new title for the agreement' };
    const embed = revisionEmbed(rev({ after }));
    expect(embed.title).toBe(`Revision #42 of ${agreement.id}`);
    expect(embed.description).toContain('mod\\_alice');
    expect(embed.description).toContain('<t:1746280980:f>');
    expect(embed.description).toContain('newer source');
    expect(embed.fields).toEqual([
      { name: 'Title', value: `**Before**\n${plain(agreement.title)}\n**After**\nA new title for the agreement` },
    ]);
    expect(embed.footer?.text).toBe(`Back to this state: /facts revert id:${agreement.id} revision:42`);
    expect(checkMessageLimits({ embeds: [embed] })).toEqual([]);
  });

  it('stays within every Discord limit when every field changes to maximum-length text', () => {
    const long = (n: number, c = 'x') => c.repeat(n);
    const before: Fact = {
      ...agreement,
      title: long(100),
      summary: long(1000),
      details: long(1000),
      tags: Array.from({ length: 20 }, (_, i) => `${long(38)}${i}`.slice(0, 40)),
      aliases: Array.from({ length: 20 }, () => long(100)),
      parties: Array.from({ length: 20 }, () => long(100)),
      sources: Array.from({ length: 5 }, () => ({
        publisher: long(100),
        title: long(200),
        date: '2020-01-01',
        url: `https://e.com/${long(400)}`,
      })),
    };
    const after: Fact = {
      ...before,
      title: long(100, 'y'),
      summary: long(1000, 'y'),
      details: long(1000, 'y'),
      date: '2021',
      signed: '2019',
      inForce: '2021',
      status: 'superseded',
      tags: before.tags.map((t) => t.replace(/x/g, 'y')),
      aliases: before.aliases.map((t) => t.replace(/x/g, 'y')),
      parties: before.parties.map((t) => t.replace(/x/g, 'y')),
      sources: before.sources.map((s) => ({ ...s, title: long(200, 'y') })),
    };
    const embed = revisionEmbed(rev({ before, after, reason: long(300, 'r'), actorName: long(100, 'n') }));
    expect(checkMessageLimits({ embeds: [embed] })).toEqual([]);
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
    for (const f of embed.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
  });

  it('describes a remove, a restore and an add', () => {
    expect(revisionEmbed(rev({ action: 'remove', after: null })).description).toMatch(/was \*\*removed\*\*/);
    const restore = revisionEmbed(rev({ action: 'restore', before: null }), agreement);
    expect(restore.description).toMatch(/made it visible again/);
    expect(restore.description).toMatch(/No field changed/);
    const add = revisionEmbed(rev({ action: 'add', before: null, version: 1 }), null);
    expect(add.description).toMatch(/created the fact/);
    expect(add.fields!.length).toBeGreaterThan(3);
  });

  it('never lets moderator text ping or format', () => {
    const embed = revisionEmbed(
      rev({ reason: '@everyone **bold** <@&123456789012345678>', after: { ...agreement, title: '# heading @here' } }),
    );
    const text = JSON.stringify(embed);
    expect(text).not.toMatch(/@everyone|@here|<@&\d/);
    expect(embed.description).toContain('\\*\\*bold\\*\\*');
  });
});

describe('historyLine', () => {
  it('is one short line with id, version, date, action, who and why', () => {
    const line = historyLine(rev({ reason: 'x'.repeat(300) }));
    expect(line).toMatch(/^`#42` v3 · <t:\d+:d> · \*\*edit\*\* by mod\\_alice — x+…$/);
    expect(line.length).toBeLessThanOrEqual(400);
  });
});
