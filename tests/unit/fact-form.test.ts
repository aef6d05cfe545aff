import { describe, expect, it } from 'vitest';
import { checkModalLimits } from '@corridor/local-discord';
import {
  blankForm,
  factToForm,
  fitsForm,
  FORM_FIELD_IDS,
  formFields,
  joinList,
  readForm,
  slugify,
  splitList,
  type FormValues,
} from '../../src/knowledge/fact-form.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { FACT_KINDS, type Fact } from '../../src/knowledge/schema.js';
import { withoutTranslations } from '../../src/knowledge/translations.js';
import { factModal } from '../../src/render/fact-modal.js';
import { FACT_KIND_TABLE } from '../../src/knowledge/fact-kinds.js';

const seeds = loadSeedFacts();

const milestoneForm: FormValues = {
  title: 'Kunming–Vientiane test train runs',
  text:
    'A first test train ran the whole line from Kunming to Vientiane in this made-up test fact.\n---\nDetails ' +
    'go here,\nover two lines.',
  specifics: '2021-10-16',
  sources:
    'Xinhua | Test train completes run | 2021-10-16 | https://example.com/a\nVientiane Times | Lao side welcomes train | 2021-10',
  more: 'tags: railway, laos\naliases: test run, 试运行\nrelated: china-laos-railway-opens',
};

describe('readForm: a new fact from the five boxes', () => {
  it('reads a milestone, with details after ---, sources with and without url, lists', () => {
    const { fact, problems } = readForm('milestone', milestoneForm);
    expect(problems).toEqual([]);
    expect(fact).toEqual({
      id: 'kunming-vientiane-test-train-runs',
      kind: 'milestone',
      title: 'Kunming–Vientiane test train runs',
      summary: 'A first test train ran the whole line from Kunming to Vientiane in this made-up test fact.',
      details: 'Details go here,\nover two lines.',
      date: '2021-10-16',
      tags: ['railway', 'laos'],
      aliases: ['test run', '试运行'],
      questions: [],
      related: ['china-laos-railway-opens'],
      sources: [
        { publisher: 'Xinhua', title: 'Test train completes run', date: '2021-10-16', url: 'https://example.com/a' },
        { publisher: 'Vientiane Times', title: 'Lao side welcomes train', date: '2021-10' },
      ],
    });
  });

  it('reads a figure: numbers with thousands separators, currency upper-cased, "as of" in any spelling', () => {
    const { fact, problems } = readForm('figure', {
      title: 'Test trade figure',
      text: 'China–ASEAN trade in the made-up test period reached this value.',
      specifics: 'value: 1,234.5\nunit: billion\ncurrency: usd\nperiod: January–April 2025\nAs-Of: 2025-05',
      sources: 'Customs | Trade data | 2025-05-09',
      more: '',
    });
    expect(problems).toEqual([]);
    expect(fact).toMatchObject({
      kind: 'figure',
      value: 1234.5,
      unit: 'billion',
      currency: 'USD',
      period: 'January–April 2025',
      asOf: '2025-05',
      tags: [],
    });
  });

  it('reads an agreement: "in force" status spelled with a space, parties with commas inside use ;', () => {
    const { fact, problems } = readForm('agreement', {
      title: 'Test agreement signed',
      text: 'A made-up agreement between two made-up parties, for this test only.',
      specifics:
        'date: 2022-01-01\nsigned: 2020-11-15\nin force: 2022-01-01\nstatus: In Force\nparties: Korea, Republic of; China',
      sources: 'ASEAN Secretariat | Test text | 2022-01-01',
      more: 'id: my-test-agreement',
    });
    expect(problems).toEqual([]);
    expect(fact).toMatchObject({
      id: 'my-test-agreement',
      status: 'in-force',
      signed: '2020-11-15',
      inForce: '2022-01-01',
      parties: ['Korea, Republic of', 'China'],
    });
  });

  it('an empty figure form lists every missing part, named after its box', () => {
    const { fact, problems } = readForm('figure', blankForm('figure'));
    expect(fact).toBeUndefined();
    expect(problems).toEqual([
      'Title: missing',
      'Summary: missing',
      'Figure, value: missing',
      'Figure, unit: missing',
      'Figure, period: missing',
      'Figure, as of: missing',
      'Sources: every fact needs at least one source',
    ]);
  });

  it('lists every problem at once, in the order of the boxes', () => {
    const { fact, problems } = readForm('agreement', {
      title: 'Broken agreement',
      text: 'Too short',
      specifics: 'date: 2021-13-01\nstatus: ratified\nparties: \nfoo: bar\nno colon here\ndate: 2020',
      sources: 'Xinhua | fine title | 2021-02-30\njust one part\nA Pub | Title | 2020-01 | notaurl',
      more: 'tags: ok\nwhatever: x\nrelated: Not An Id',
    });
    expect(fact).toBeUndefined();
    expect(problems).toEqual([
      'Summary: Too small: expected string to have >=10 characters',
      'Agreement: unknown name “foo” (use date, signed, in force, status, parties)',
      'Agreement: the line “no colon here” should look like "name: value" (names: date, signed, in force, status, parties)',
      'Agreement: "date" is given twice',
      'Agreement, status: “ratified” is not one of negotiating, concluded, signed, in-force, superseded',
      'Agreement, date: not a real calendar date',
      'Agreement, parties: Too small: expected array to have >=1 items',
      'Sources line 2: expected “publisher | title | date | url” (url optional), got “just one part”',
      'Sources line 3, url: “notaurl” is not a web address (start it with https://)',
      'Sources line 1, date: not a real calendar date',
      'Tags, aliases, related: unknown name “whatever” (use tags, aliases, questions, related, event, id)',
      'Related, item 1: lower-case letters, digits and single dashes, e.g. "rcep-in-force"',
    ]);
  });

  it('a value that is not a number is reported once', () => {
    const values = {
      ...factToForm(seeds.find((f) => f.kind === 'figure')!),
      specifics: 'value: about 30\nunit: years\nperiod: 1991 to 2024\nas of: 2024-12',
    };
    expect(readForm('figure', values).problems).toEqual([
      'Figure, value: “about 30” is not a number (write e.g. 329.62 or 1,035)',
    ]);
  });

  it('keeps the id of an edit and refuses to change it', () => {
    const fact = seeds[0]!;
    const values = factToForm(fact);
    expect(readForm(fact.kind, { ...values, title: 'A completely different title' }, { id: fact.id }).fact?.id).toBe(
      fact.id,
    );
    expect(readForm(fact.kind, { ...values, more: `${values.more}\nid: other-id` }, { id: fact.id }).problems).toEqual([
      `Id: the id of an existing fact cannot change (it stays "${fact.id}"); remove the "id:" line`,
    ]);
  });

  it('asks for an id when the title has no latin letters', () => {
    const { problems } = readForm('milestone', { ...milestoneForm, title: '中老铁路开通' });
    expect(problems).toEqual([
      'Id: no id can be made from this title (it needs latin letters or digits); add a line "id: my-fact-id" to the last box',
    ]);
    expect(
      readForm('milestone', { ...milestoneForm, title: '中老铁路开通', more: 'id: laos-railway-cn' }).fact?.id,
    ).toBe('laos-railway-cn');
  });
});

describe('fact -> form -> fact', () => {
  it.each(seeds.map((f) => [f.id, withoutTranslations(f)] as const))('round-trips %s exactly', (_id, fact: Fact) => {
    const values = factToForm(fact);
    expect(readForm(fact.kind, values, { id: fact.id })).toEqual({ fact, problems: [] });
    expect(fitsForm(fact).ok).toBe(true);
  });

  it('reads "c. 2024-12" as an approximate date and "(plan)" as a source that predates its event, and writes them back', () => {
    const { fact, problems } = readForm('milestone', {
      ...milestoneForm,
      sources:
        'TROIB News | Undated review | c. 2024-12 | https://example.com/t\nASEAN Secretariat | A treaty | 2002-11-04 (plan)\nXinhua | Plain | 2021-10-16',
    });
    expect(problems).toEqual([]);
    expect(fact!.sources).toEqual([
      {
        publisher: 'TROIB News',
        title: 'Undated review',
        date: '2024-12',
        url: 'https://example.com/t',
        approximate: true,
      },
      { publisher: 'ASEAN Secretariat', title: 'A treaty', date: '2002-11-04', plan: true },
      { publisher: 'Xinhua', title: 'Plain', date: '2021-10-16' },
    ]);
    expect(factToForm(fact!).sources.split('\n')).toEqual([
      'TROIB News | Undated review | c. 2024-12 | https://example.com/t',
      'ASEAN Secretariat | A treaty | 2002-11-04 (plan)',
      'Xinhua | Plain | 2021-10-16',
    ]);
    expect(readForm('milestone', { ...milestoneForm, sources: 'Some Press | A report | c. 2024-13' }).problems).toEqual(
      ['Sources line 1, date: not a real calendar date'],
    );
  });

  it('round-trips example questions (split by " | ", commas and colons allowed) and an event key', () => {
    const { fact, problems } = readForm('milestone', {
      ...milestoneForm,
      more:
        `${milestoneForm.more}\nquestions: When did the test train run? | test train: how long, from Kunming ` +
        `to Vientiane? | test run date\nevent: test-run`,
    });
    expect(problems).toEqual([]);
    expect(fact).toMatchObject({
      questions: ['When did the test train run?', 'test train: how long, from Kunming to Vientiane?', 'test run date'],
      event: 'test-run',
    });
    const again = readForm('milestone', factToForm(fact!), { id: fact!.id });
    expect(again.fact).toEqual(fact);
    expect(fitsForm(fact!).ok).toBe(true);
    expect(fitsForm({ ...fact!, questions: ['a | b'] })).toMatchObject({ ok: false });
    expect(readForm('milestone', { ...milestoneForm, more: 'questions: ok? | x' }).problems).toEqual([
      'Questions, item 2: Too small: expected string to have >=3 characters',
    ]);
  });

  it('round-trips the awkward cases: commas in list items, | in a source title, currency, no details', () => {
    const fact = readForm('figure', {
      title: 'Awkward figure',
      text: 'A figure whose text has every awkward character the form must survive.',
      specifics: 'value: -0.5\nunit: percent\ncurrency: CNY\nperiod: Q1 | 2025\nas of: 2025-04',
      sources: 'Pub | A title | with a bar | 2025-04-01 | https://example.com/x?a=1&b=2',
      more: 'tags: a\naliases: Korea, Republic of; ROK',
    }).fact!;
    expect(fact.sources[0]).toEqual({
      publisher: 'Pub',
      title: 'A title | with a bar',
      date: '2025-04-01',
      url: 'https://example.com/x?a=1&b=2',
    });
    expect(fact.aliases).toEqual(['Korea, Republic of', 'ROK']);
    expect(readForm('figure', factToForm(fact), { id: fact.id }).fact).toEqual(fact);
  });

  it('refuses to offer the form for a fact it cannot hold exactly', () => {
    const fact = { ...seeds[0]!, sources: [{ publisher: 'A | B', title: 'Title', date: '2020' }] } as Fact;
    const fits = fitsForm(fact);
    expect(fits.ok).toBe(false);
  });

  it('splits and joins lists', () => {
    expect(splitList(' a , b,,c ')).toEqual(['a', 'b', 'c']);
    expect(splitList('x, y; z')).toEqual(['x, y', 'z']);
    expect(joinList(['a', 'b'])).toBe('a, b');
    expect(joinList(['a, b', 'c'])).toBe('a, b; c');
    expect(splitList(joinList(['a, b', 'c']))).toEqual(['a, b', 'c']);
  });
});

describe('slugify', () => {
  it.each([
    ['China–ASEAN Free Trade Area (2010)', 'china-asean-free-trade-area-2010'],
    ['  RCEP enters into force!  ', 'rcep-enters-into-force'],
    ['Café & Co', 'cafe-and-co'],
    ['中老铁路', ''],
  ])('%s -> %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('stays within 64 characters and cuts at a dash', () => {
    const slug = slugify(
      'A very long title about the China ASEAN free trade area upgrade protocol and its many chapters',
    );
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('the form as a Discord modal', () => {
  it.each(FACT_KINDS.flatMap((k) => [[k, true] as const, [k, false] as const]))(
    '%s (adding: %s) has its boxes (five, four for a topic) within Discord limits',
    (kind, adding) => {
      const fields = formFields(kind, adding);
      expect(fields.map((f) => f.id)).toEqual(
        FACT_KIND_TABLE[kind].specifics === null
          ? FORM_FIELD_IDS.filter((id) => id !== 'specifics')
          : [...FORM_FIELD_IDS],
      );
      for (const f of fields) {
        expect(f.label.length).toBeLessThanOrEqual(45);
        expect(f.description.length).toBeLessThanOrEqual(100);
        expect((f.placeholder ?? '').length).toBeLessThanOrEqual(100);
      }
      const modal = factModal({
        customId: `facts-form:abcdef12:edit:${'x'.repeat(64)}:123456`,
        title: 'Edit: '.padEnd(80, 'x'),
        kind,
        values: blankForm(kind),
        adding,
      });
      expect(checkModalLimits(modal)).toEqual([]);
    },
  );

  it('pre-fills every seed fact within limits', () => {
    for (const fact of seeds) {
      const modal = factModal({
        customId: 'facts-form:k:edit:id:1',
        title: `Edit: ${fact.title}`,
        kind: fact.kind,
        values: factToForm(fact),
        adding: false,
      });
      expect(checkModalLimits(modal)).toEqual([]);
    }
  });
});
