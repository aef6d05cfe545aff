import { describe, expect, it } from 'vitest';
import { actCheck } from '../../src/knowledge/search/naming-checks.js';
import { sameAct } from '../../src/knowledge/search/same-acts.js';
import { loadEnglishWords } from '../../src/knowledge/search/english-words.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

loadEnglishWords();
const column = madeUpFact(
  'Writing for the Harbour Gazette, columnist Lena Moss argued the ferry pact would lift exports.',
);
const built = madeUpFact('The ferry terminal was built by the Harbour Works Company.');

describe('verbs that name one act', () => {
  it('penning or authoring a piece is writing it', () => {
    expect(sameAct('pen')).toContain('write');
    expect(actCheck('who penned the column on the ferry pact')!(column)).toBe(true);
    expect(actCheck('who authored the ferry pact column')!(column)).toBe(true);
    expect(actCheck('who wrote the ferry pact column')!(column)).toBe(true);
  });
  it('another act is still not stated by a fact about writing', () => {
    expect(actCheck('who penned the column on the ferry pact')!(built)).toBe(false);
    expect(actCheck('who built the ferry terminal')!(column)).toBe(false);
    expect(sameAct('build')).toEqual(['build', 'develop', 'construct']);
    expect(sameAct('build')).not.toContain('write');
  });
});
