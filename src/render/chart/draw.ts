import { existsSync } from 'node:fs';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Series } from './series.js';

/** The Vega-Lite description of a series: one bar per period, its value written above it. */
export function seriesSpec(series: Series): Record<string, unknown> {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 260,
    // Without a browser vega only estimates text widths; fitting to the width keeps a long source line from widening the picture.
    autosize: { type: 'fit-x', contains: 'padding' },
    background: 'white',
    padding: 16,
    title: {
      text: series.title,
      subtitle: [series.unit, `Source: ${series.publishers.join(', ')}`],
      anchor: 'start',
      fontSize: 16,
      subtitleFontSize: 11,
    },
    data: { values: series.points },
    encoding: {
      x: { field: 'label', type: 'ordinal', sort: null, title: null, axis: { labelAngle: 0, labelFontSize: 12 } },
      y: { field: 'value', type: 'quantitative', title: series.unit, axis: { labelFontSize: 11, titleFontSize: 11 } },
    },
    layer: [
      { mark: { type: 'bar', color: '#27ae60', cornerRadiusEnd: 2 } },
      {
        mark: { type: 'text', dy: -6, fontSize: 11 },
        encoding: { text: { field: 'value', type: 'quantitative', format: ',' } },
      },
    ],
  };
}

/** Common places of a regular and a bold sans font; the chart needs only those two faces. */
const FONT_CANDIDATES: readonly (readonly [string, string, string])[] = [
  [
    'DejaVu Sans',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  ],
  ['DejaVu Sans', '/usr/share/fonts/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf'],
  [
    'Liberation Sans',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  ],
  ['Arial', '/Library/Fonts/Arial.ttf', '/Library/Fonts/Arial Bold.ttf'],
  ['Arial', 'C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'],
];

let fontOptions: ResvgRenderOptions['font'] | undefined;

/**
 * Two known font files when present (scanning every system font costs tens of milliseconds per drawing),
 * otherwise the system fonts: resvg draws no text without a font file to draw it with.
 */
function fonts(): ResvgRenderOptions['font'] {
  if (fontOptions) return fontOptions;
  const found = FONT_CANDIDATES.find(([, regular, bold]) => existsSync(regular) && existsSync(bold));
  fontOptions = found
    ? {
        loadSystemFonts: false,
        fontFiles: [found[1], found[2]],
        defaultFontFamily: found[0],
        sansSerifFamily: found[0],
      }
    : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };
  return fontOptions;
}

/** Vega-Lite → Vega → SVG, then resvg → PNG. vega is loaded on first use so that start-up does not pay for it. */
export async function drawSeriesPng(series: Series): Promise<Buffer> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vl.compile(seriesSpec(series) as unknown as Parameters<typeof vl.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  // Rasterised on libuv's thread pool, so answering other interactions meanwhile is not held up.
  const image = await renderAsync(svg, { fitTo: { mode: 'zoom', value: 1.5 }, font: fonts() });
  return Buffer.from(image.asPng());
}
