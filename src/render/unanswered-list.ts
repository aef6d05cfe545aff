import type { UnansweredGroup } from '../knowledge/store/unanswered.js';
import { discordTime, plain } from './fact-diff.js';
import { clip } from './limits.js';

/** The nearest fact still in the base, as "Title (`id`)". */
export type NearestLookup = (group: UnansweredGroup) => { id: string; title: string } | undefined;

/** One line per group: its number, how often, the wording asked most, the nearest fact and when last asked. */
export function unansweredLine(group: UnansweredGroup, nearest: NearestLookup): string {
  const near = nearest(group);
  const reported = group.reports ? `, ${group.reports} reported wrong` : '';
  const variants = group.variants.length > 1 ? ` (+${group.variants.length - 1} wording${group.variants.length > 2 ? 's' : ''})` : '';
  const head = `\`#${group.ref}\` ×${group.count}${reported} · “${plain(clip(group.text, 150))}”${variants}`;
  const tail = near ? `→ nearest: ${plain(clip(near.title, 80))} (\`${near.id}\`)` : '→ no fact near it';
  return `${head}\n   ${tail} · last ${discordTime(group.lastAt, 'R')}`;
}

export const UNANSWERED_FOOTER = 'Attach: /facts unanswered attach:<#> id:<fact> as:question|alias · clear:True empties the log';
