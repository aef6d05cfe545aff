/** A question that names a country asks about it, unless the country is one of the base's own parties (asked-places.ts). */
import { describe, expect, it } from 'vitest';
import { countryCheck, whichCountryCheck } from '../../src/knowledge/search/asked-places.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const upgrade = madeUpFact('The Version 3.0 upgrade covers nine areas.');
const japan = madeUpFact('Japan and the Harbour line partners met in 2020.');

describe('countryCheck', () => {
  it('needs a fact to name another country the question asks about', () => {
    const check = countryCheck('How many areas does the India–ASEAN FTA cover?')!;
    expect(check(upgrade)).toBe(false);
    expect(countryCheck('Which partners met Japan?')!(japan)).toBe(true);
  });
  it('reads "Korea" alone as South Korea, as the base names it', () => {
    const signed = madeUpFact('Japan, South Korea and the Harbour line partners signed in 2020.');
    const check = countryCheck('Where are the Korea-ASEAN FTA upgrade talks at?')!;
    expect(check(upgrade)).toBe(false);
    expect(check(signed)).toBe(true);
    expect(countryCheck('Which partners met North Korea?')!(signed)).toBe(false);
  });
  it('reads a question word after a preposition ("For how many years …", "by what percent …") as one', () => {
    expect(countryCheck("For how many straight years has China been Japan's largest trading partner?")!(upgrade)).toBe(
      false,
    );
    expect(countryCheck('by what percent did thailand-china trade grow last year?')!(japan)).toBe(false);
    expect(countryCheck("For how many straight years has China been Japan's largest trading partner?")!(japan)).toBe(
      true,
    );
  });
  it('leaves China, the party every fact is about, to the ranking', () => {
    expect(countryCheck('How many key areas does the China–ASEAN FTA 3.0 cover?')).toBeUndefined();
  });
});

describe('things asked for in one of two countries', () => {
  const cambodia = madeUpFact('The Harbour line zone in Cambodia hosts 180 firms.');
  const laos = madeUpFact('The Harbour line zone near Vientiane, Laos, hosts 90 firms.');
  it('are each in one of them', () => {
    const check = countryCheck('Which zones are in Cambodia and Laos?')!;
    expect(check(cambodia)).toBe(true);
    expect(check(laos)).toBe(true);
    expect(check(upgrade)).toBe(false);
  });
  it('but a relation between two countries needs both', () => {
    expect(countryCheck('Which zones sit between Cambodia and Laos?')!(cambodia)).toBe(false);
  });
});

describe('whether there is something in a country', () => {
  const cambodia = madeUpFact('The Harbour line zone in Cambodia hosts 180 firms.');
  it('only a fact that names the country says', () => {
    const check = countryCheck('Is there a Chinese industrial park in Indonesia?')!;
    expect(check(cambodia)).toBe(false);
    expect(countryCheck('are there zones in cambodia')!(cambodia)).toBe(true);
  });
});

describe('whichCountryCheck', () => {
  it('needs a fact that names a country the question does not give, besides China', () => {
    const bloc = madeUpFact("ASEAN has been the Harbour line partners' largest market for four years.");
    const check = whichCountryCheck("Which single ASEAN country is China's biggest trading partner?")!;
    expect(check(bloc)).toBe(false);
    expect(check(japan)).toBe(true);
    expect(whichCountryCheck('Which country hosted the meeting in Japan?')!(japan)).toBe(false);
    expect(whichCountryCheck('Which areas does the upgrade cover?')).toBeUndefined();
  });
});
