import { drawSeriesPng } from './draw.js';
import { seriesAltText, type Series } from './series.js';
import { DEFAULT_LANG, type Lang } from '../../i18n/catalogue.js';

export interface SeriesChart {
  png: Buffer;
  /** Safe as a Discord attachment name: letters, digits and dashes. */
  filename: string;
  alt: string;
}

/**
 * Charts kept until their series changes: the cache key is the series' content, so an edited point or a new
 * period draws afresh, and an unchanged series is never drawn twice. Oldest entries go first past `max`.
 */
export class SeriesCharts {
  /** The drawing is shared by every language; only the alt text is written per reader. */
  private readonly cache = new Map<string, Promise<Omit<SeriesChart, 'alt'>>>();
  draws = 0;

  constructor(
    private readonly max = 50,
    private readonly draw: (series: Series) => Promise<Buffer> = drawSeriesPng,
  ) {}

  has(series: Series): boolean {
    return this.cache.has(series.key);
  }

  get(series: Series, lang: Lang = DEFAULT_LANG): Promise<SeriesChart> {
    return this.drawn(series).then((chart) => ({ ...chart, alt: seriesAltText(series, lang) }));
  }

  private drawn(series: Series): Promise<Omit<SeriesChart, 'alt'>> {
    const cached = this.cache.get(series.key);
    if (cached) return cached;
    this.draws++;
    const made = this.draw(series).then((png) => ({ png, filename: `${series.id.replace(/[^a-z0-9-]/gi, '-')}.png` }));
    // A failed drawing is not kept, so the next request tries again.
    made.catch(() => this.cache.delete(series.key));
    this.cache.set(series.key, made);
    while (this.cache.size > this.max) this.cache.delete(this.cache.keys().next().value!);
    return made;
  }
}
