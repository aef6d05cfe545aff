import type { UnansweredGroup } from '../knowledge/store/unanswered.js';
import { discordTime, plain } from './fact-diff.js';
import { clip } from './limits.js';
import { DEFAULT_LANG, t, type Lang } from '../i18n/catalogue.js';

/** The nearest fact still in the base, as "Title (`id`)". */
export type NearestLookup = (group: UnansweredGroup) => { id: string; title: string } | undefined;

/** One line per group: its number, how often, the wording asked most, the nearest fact and when last asked. */
export function unansweredLine(group: UnansweredGroup, nearest: NearestLookup, lang: Lang = DEFAULT_LANG): string {
  const near = nearest(group);
  const reported = group.reports ? t(lang, 'facts.unanswered.reported', { count: group.reports }) : '';
  const others = group.variants.length - 1;
  const variants =
    others > 0
      ? t(lang, others === 1 ? 'facts.unanswered.wordingOne' : 'facts.unanswered.wordings', { count: others })
      : '';
  const head = `\`#${group.ref}\` ×${group.count}${reported} · “${plain(clip(group.text, 150))}”${variants}`;
  const tail = near
    ? t(lang, 'facts.unanswered.nearest', { title: plain(clip(near.title, 80)), id: near.id })
    : t(lang, 'facts.unanswered.noNearest');
  return `${head}\n   ${tail} · ${t(lang, 'facts.unanswered.last', { when: discordTime(group.lastAt, 'R') })}`;
}

/** The list's footer: how to attach a question or empty the log. */
export const unansweredFooter = (lang: Lang = DEFAULT_LANG): string => t(lang, 'facts.unanswered.footer');

/** The English footer (kept for callers that render only English). */
export const UNANSWERED_FOOTER = unansweredFooter();
