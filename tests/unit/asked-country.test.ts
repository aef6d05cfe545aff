/** A question that names a country asks about it, unless the country is one of the base's own parties (asked-places.ts). */
import { describe, expect, it } from 'vitest';
import { countryCheck } from '../../src/knowledge/search/asked-places.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const upgrade = madeUpFact('The Version 3.0 upgrade covers nine areas.');
const japan = madeUpFact('Japan and the Harbour line partners met in 2020.');

describe('countryCheck', () => {
  it('needs a fact to name another country the question asks about', () => {
    const check = countryCheck('How many areas does the India–ASEAN FTA cover?')!;
    expect(check(upgrade)).toBe(false);
    expect(countryCheck('Which partners met Japan?')!(japan)).toBe(true);
  });
  it('leaves China, the party every fact is about, to the ranking', () => {
    expect(countryCheck('How many key areas does the China–ASEAN FTA 3.0 cover?')).toBeUndefined();
  });
});
