import { withoutTranslations } from '../../src/knowledge/translations.js';
import { describe, expect, it } from 'vitest';
import { crossCheck, loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { factToForm, readForm } from '../../src/knowledge/fact-form.js';
import { Fact } from '../../src/knowledge/schema.js';
import { drawSeriesPng } from '../../src/render/chart/draw.js';
import { seriesAltText, seriesOf, type Figure, type Series } from '../../src/render/chart/series.js';
import { SeriesCharts } from '../../src/render/chart/series-charts.js';

const facts = loadSeedFacts();
const point = (id: string, over: Partial<Figure>): Figure =>
  Fact.parse({
    kind: 'figure',
    id,
    title: `Widget exports, ${over.period ?? '2020'}`,
    summary: 'Widget exports for the test.',
    value: 1,
    unit: 'billion',
    currency: 'USD',
    period: '2020',
    asOf: '2021-01',
    series: 'widgets',
    sources: [{ publisher: 'Stats Office', title: 'Yearbook', date: '2021-01' }],
    ...over,
  }) as Figure;

describe('series', () => {
  it('the shipped China–ASEAN trade series: five GACC points in year order', () => {
    const series = seriesOf(
      facts.find((f) => f.id === 'china-asean-goods-trade-2022')!,
      facts,
    )!;
    expect(series.title).toBe('China–ASEAN goods trade');
    expect(series.unit).toBe('USD billion');
    expect(series.points).toEqual([
      { label: '2020', value: 684.6 },
      { label: '2021', value: 878.2 },
      { label: '2022', value: 975.3 },
      { label: '2023', value: 911.7 },
      { label: '2024', value: 982.3 },
    ]);
    expect(series.publishers).toEqual(["General Administration of Customs of the People's Republic of China (GACC)"]);
    expect(seriesAltText(series)).toBe(
      'Bar chart of China–ASEAN goods trade in USD billion, 2020 to 2024. 2020: 684.6; 2021: 878.2; 2022: 975.3; ' +
        '2023: 911.7; 2024: 982.3. Highest 2024 (982.3), lowest 2020 (684.6). Source: General Administration of Customs ' +
        "of the People's Republic of China (GACC).",
    );
    // The picture stays English; its description follows the reader, with Chinese periods and 亿美元.
    expect(seriesAltText(series, 'zh-CN')).toBe(
      '柱状图：China–ASEAN goods trade，2020年至2024年。2020年：6846亿美元；2021年：8782亿美元；2022年：9753亿美元；' +
        '2023年：9117亿美元；2024年：9823亿美元。最高为2024年（9823亿美元），最低为2020年（6846亿美元）。' +
        "来源：General Administration of Customs of the People's Republic of China (GACC)。",
    );
  });

  it('orders by date, leaves out a point in another unit, and needs two points to chart', () => {
    const a = point('w-2021', { period: '2021', asOf: '2022-01', value: 2 });
    const b = point('w-2020', { period: '2020', asOf: '2021-01', value: 1 });
    const other = point('w-2022', { period: '2022', asOf: '2023-01', unit: 'million', value: 3 });
    expect(seriesOf(a, [a, b, other])!.points).toEqual([
      { label: '2020', value: 1 },
      { label: '2021', value: 2 },
    ]);
    expect(seriesOf(a, [a, other])).toBeUndefined();
    expect(
      seriesOf(
        facts.find((f) => f.id === 'china-asean-trade-2024')!,
        facts,
      ),
    ).toBeUndefined();
  });

  it('the seed check refuses a series that mixes units or repeats a period', () => {
    const a = point('w-2020', {});
    expect(crossCheck([a, point('w-2021', { period: '2021', unit: 'million' })], 't')).toEqual([
      expect.stringMatching(/series: "widgets" is in USD billion/),
    ]);
    expect(crossCheck([a, point('w-dup', {})], 't')).toEqual([
      expect.stringMatching(/already has a figure for "2020"/),
    ]);
  });

  it('a series id survives the moderators’ form', () => {
    const fact = facts.find((f) => f.id === 'china-asean-goods-trade-2023')!;
    const form = factToForm(fact);
    expect(form.specifics).toMatch(/^series: china-asean-goods-trade-annual$/m);
    // The form holds the English; translations are carried beside it on save (src/knowledge/translations.ts).
    expect(readForm('figure', form, { id: fact.id }).fact).toEqual(withoutTranslations(fact));
  });
});

describe('series charts', () => {
  const series = (value: number): Series => ({
    id: 'w',
    title: 'W',
    unit: 'USD billion',
    measure: { unit: 'billion', currency: 'USD' },
    publishers: ['S'],
    points: [
      { label: '2020', value: 1 },
      { label: '2021', value },
    ],
    key: `k${value}`,
  });

  it('draws a series once and again only when it changes', async () => {
    const drawn: string[] = [];
    const charts = new SeriesCharts(10, async (s) => {
      drawn.push(s.key);
      return Buffer.from('png');
    });
    const first = await charts.get(series(2));
    await charts.get(series(2));
    expect(drawn).toEqual(['k2']);
    expect(first).toMatchObject({
      filename: 'w.png',
      alt: expect.stringMatching(/^Bar chart of W in USD billion, 2020 to 2021\./),
    });
    await charts.get(series(3));
    expect(drawn).toEqual(['k2', 'k3']);
  });

  it('does not keep a failed drawing', async () => {
    let calls = 0;
    const charts = new SeriesCharts(10, async () => {
      if (++calls === 1) throw new Error('no fonts');
      return Buffer.from('png');
    });
    await expect(charts.get(series(2))).rejects.toThrow('no fonts');
    await new Promise((r) => setTimeout(r, 0));
    expect(charts.has(series(2))).toBe(false);
    await expect(charts.get(series(2))).resolves.toMatchObject({ filename: 'w.png' });
  });

  it('renders the shipped series as a PNG picture of the chart size', async () => {
    const png = await drawSeriesPng(
      seriesOf(
        facts.find((f) => f.id === 'china-asean-goods-trade-2020')!,
        facts,
      )!,
    );
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(300);
    // Five bars, labels and a title compress to far more than a blank canvas of that size would.
    expect(png.length).toBeGreaterThan(15_000);
  });
});

describe('approximate source dates in the form', () => {
  it('writes "c. " before an inferred date and reads it back as approximate', () => {
    const fact = facts.find((f) => f.id === 'china-asean-goods-trade-2021')!;
    expect(factToForm(fact).sources).toMatch(/ \| c\. 2022-01$/);
    const values = {
      ...factToForm(fact),
      sources: 'Xinhua | A report | c. 2024-12 | https://example.org/a\nCGTN | Another | 2024-11-02',
    };
    expect(readForm('figure', values, { id: fact.id }).fact!.sources).toEqual([
      { publisher: 'Xinhua', title: 'A report', date: '2024-12', url: 'https://example.org/a', approximate: true },
      { publisher: 'CGTN', title: 'Another', date: '2024-11-02' },
    ]);
  });
});
