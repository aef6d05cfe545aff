import { describe, expect, it } from 'vitest';
import { facts } from '../../src/commands/facts/index.js';
import { t } from '../../src/i18n/catalogue.js';
import { blankForm, formFields } from '../../src/knowledge/fact-form.js';
import { FACT_KIND_TABLE, isFactKind, kindList } from '../../src/knowledge/fact-kinds.js';
import { FACT_KINDS } from '../../src/knowledge/schema.js';
import { COLORS } from '../../src/render/fact-embed.js';

describe('fact kinds come from one table', () => {
  it('has a row for every kind of the schema, and nothing else', () => {
    expect(Object.keys(FACT_KIND_TABLE).sort()).toEqual([...FACT_KINDS].sort());
    expect(FACT_KINDS.every(isFactKind)).toBe(true);
    expect(isFactKind('planet')).toBe(false);
  });

  it('/facts add offers every kind, topic included, with the table’s labels', () => {
    const add = facts.data.toJSON().options?.find((o) => o.name === 'add');
    const kind = add && 'options' in add ? add.options?.find((o) => o.name === 'kind') : undefined;
    const choices = kind && 'choices' in kind ? kind.choices : undefined;
    expect(choices).toEqual(FACT_KINDS.map((k) => ({ name: FACT_KIND_TABLE[k].choice, value: k })));
    expect(choices?.map((c) => c.value)).toContain('topic');
  });

  it('an unknown kind is refused naming all of them', () => {
    expect(kindList()).toBe(`${FACT_KINDS.slice(0, -1).join(', ')} or ${FACT_KINDS.at(-1)}`);
    expect(kindList()).toContain('topic');
    expect(t('en', 'facts.unknownKind', { kind: 'planet', kinds: kindList() })).toBe(
      `Unknown kind "planet": pick ${kindList()}.`,
    );
  });

  it('forms, blank forms and colours follow the table', () => {
    for (const kind of FACT_KINDS) {
      const row = FACT_KIND_TABLE[kind];
      const boxes = formFields(kind, true).map((f) => f.id);
      expect(boxes.includes('specifics'), kind).toBe(row.specifics !== null);
      expect(blankForm(kind).specifics, kind).toBe(row.specifics?.blank ?? '');
      expect(COLORS[kind], kind).toBe(row.color);
    }
  });
});
