import { describe, expect, it } from 'vitest';
import { formFields } from '../../src/knowledge/fact-form.js';
import { FACT_KINDS } from '../../src/knowledge/schema.js';
import { localFormFields } from '../../src/render/fact-modal.js';
import { factFields, fieldLabel, historyLine, revisionEmbed } from '../../src/render/fact-diff.js';
import { modLogEmbed } from '../../src/commands/facts/mod-log.js';
import { translateModal } from '../../src/commands/facts/translate.js';
import { knowledgeText } from '../../src/commands/shared/refusal.js';
import { KnowledgeError } from '../../src/knowledge/knowledge-base.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Revision } from '../../src/knowledge/store/facts.js';

// The /facts texts moved into the catalogue: English unchanged to the byte, Chinese within Discord's limits.
const facts = loadSeedFacts();
const rcep = facts.find((f) => f.id === 'rcep-in-force')!;

describe('the fact form in the catalogue', () => {
  it('is in English exactly what the core specifies', () => {
    for (const kind of FACT_KINDS)
      for (const adding of [true, false]) expect(localFormFields(kind, adding, 'en')).toEqual(formFields(kind, adding));
  });

  it('has Chinese labels ≤ 45 and hints ≤ 100 characters, none left in English', () => {
    for (const kind of FACT_KINDS) {
      for (const spec of localFormFields(kind, true, 'zh-CN')) {
        expect(spec.label.length).toBeLessThanOrEqual(45);
        expect(spec.description.length).toBeLessThanOrEqual(100);
        expect(spec.label).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    for (const row of translateModal(rcep, 'zh-CN', 1, 'zh-CN').toJSON().components) {
      const label = (row as { components: { label: string }[] }).components[0]!.label;
      expect(label.length).toBeLessThanOrEqual(45);
      expect(label).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('history, diff and mod-log in Chinese', () => {
  const rev: Revision = {
    id: 7,
    factId: rcep.id,
    version: 2,
    action: 'edit',
    at: '2025-01-02T03:04:05Z',
    actorId: '42',
    actorName: 'mod',
    reason: 'typo',
    before: rcep,
    after: { ...rcep, summary: `${rcep.summary} (fixed)` },
  };

  it('names every field of every fact', () => {
    for (const fact of facts.slice(0, 40))
      for (const [field] of factFields(fact)) expect(fieldLabel(field, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('renders a revision and a history line with Chinese words, and English as before', () => {
    const embed = revisionEmbed(rev, rev.before, 'zh-CN');
    expect(embed.title).toBe('rcep-in-force的第7号修订');
    expect(embed.description).toContain('mod（`42`）**编辑**');
    expect(embed.fields?.[0]).toMatchObject({ name: '摘要', value: expect.stringContaining('**修改前**') });
    expect(historyLine(rev, 'zh-CN')).toMatch(/^`#7` 第2版 · <t:\d+:d> · mod \*\*编辑\*\* — typo$/);
    expect(historyLine(rev)).toMatch(/^`#7` v2 · <t:\d+:d> · \*\*edit\*\* by mod — typo$/);
    expect(revisionEmbed(rev).fields?.[0]?.name).toBe('Summary');
  });

  it('writes the mod-log in the language it is given', () => {
    const entry = {
      actor: { id: '42', name: 'mod' },
      action: 'revert' as const,
      factId: rcep.id,
      revisionId: 7,
      detail: () => 'x',
    };
    expect(modLogEmbed(entry).title).toBe('Fact base: revert · rcep-in-force');
    const zh = modLogEmbed(entry, 'zh-CN');
    expect(zh.title).toBe('资料库：还原 · rcep-in-force');
    expect(zh.fields?.map((f) => f.name)).toEqual(['操作人', '操作', '资料', '详情']);
  });

  it('says a KnowledgeError by its code in Chinese and passes the English message through', () => {
    const stale = new KnowledgeError('stale', '"x" was changed by someone else.');
    expect(knowledgeText(stale, 'en')).toBe('"x" was changed by someone else.');
    expect(knowledgeText(stale, 'zh-CN')).toBe('你打开表单后，这条资料已被其他人修改。请重新打开并再次编辑。');
    expect(knowledgeText(new KnowledgeError('not-deleted', 'x'), 'zh-CN')).toMatch(/没有被删除/);
  });
});
