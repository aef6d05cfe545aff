import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Store } from '../knowledge/store/store.js';
import { nearestLive } from '../knowledge/attach-question.js';

const LISTED = 100;

/** `npm run facts -- unanswered [--json]`: the same list as /facts unanswered, as text or JSON. */
export async function unansweredReport(store: Store, kb: KnowledgeBase, json: boolean): Promise<string> {
  const groups = (await store.unanswered.groups(LISTED)).map((g) => ({
    ...g,
    nearestFact: nearestLive(kb, g) ?? null,
  }));
  const total = await store.unanswered.countGroups();
  const asked = await store.unanswered.count();
  if (json) {
    const out = groups.map(({ key: _key, nearest: _ids, nearestFact, ...g }) => ({ ...g, nearest: nearestFact }));
    return `${JSON.stringify({ totalGroups: total, totalAsked: asked, groups: out }, null, 2)}\n`;
  }
  if (!groups.length) return 'No unanswered questions are logged.\n';
  const head = `${total} unanswered question${total === 1 ? '' : 's'} (asked ${asked} times)${
    total > groups.length ? `; the ${groups.length} most asked` : ''
  }:`;
  const lines = groups.map((g) => {
    const extra = [
      g.reports ? `${g.reports} reported wrong` : '',
      g.variants.length > 1 ? `${g.variants.length} wordings` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const near = g.nearestFact ? `${g.nearestFact.title} (${g.nearestFact.id})` : 'none';
    return `#${g.ref}  ×${g.count}  ${g.text}${extra ? `  [${extra}]` : ''}\n      nearest: ${near} · last asked ${g.lastAt}`;
  });
  return `${[head, ...lines].join('\n')}\n`;
}
