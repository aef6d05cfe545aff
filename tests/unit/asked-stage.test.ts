import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { askedStage, factStages } from '../../src/knowledge/search/asked-stage.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import type { Fact } from '../../src/knowledge/schema.js';

const milestone = loadSeedFacts().find((f) => f.kind === 'milestone')!;
const agreement = loadSeedFacts().find((f) => f.kind === 'agreement')!;
const titled = (title: string): Fact => ({ ...milestone, title });

describe('asked stage: the stage of a thing a question asks about', () => {
  it('reads the stage from the asking words, slips and phrases included', () => {
    expect(askedStage('when did the harbour line open')?.stage).toBe('start');
    expect(askedStage('wen did the harbour line opne')?.stage).toBe('start');
    expect(askedStage('the harbour line kicked off in 2019 right?')?.stage).toBe('start');
    expect(askedStage('how long has the harbour line been running?')?.stage).toBe('start');
    expect(askedStage('when did the leaders agree to build a deeper harbour pact')?.stage).toBe('start');
    expect(askedStage('when were the harbour talks concluded')?.stage).toBe('end');
    expect(askedStage('when did they announce the harbour talks were done')?.stage).toBe('end');
    expect(askedStage('when did both sides seal the talks on the harbour pact')?.stage).toBe('end');
    expect(askedStage('what has been done on the harbour line')).toBeUndefined();
    expect(askedStage('when was the harbour pact signed')?.stage).toBe('signing');
  });
  it('asks no stage when two are asked, none is, or the stage only dates what is asked', () => {
    expect(askedStage('harbour pact signed and took effect when')).toBeUndefined();
    expect(askedStage('how long is the harbour line')).toBeUndefined();
    expect(askedStage('what was daily ridership on the harbour line when it started')).toBeUndefined();
  });
  it('reads the stage a Chinese question asks through the English glosses of its words', () => {
    expect(askedStage('港口线什么时候开通的')?.stage).toBe('start');
    expect(askedStage('港口协定哪年生效')?.stage).toBe('start');
    expect(askedStage('港口谈判是在什么会上宣布结束的？')?.stage).toBe('end');
    expect(askedStage('港口协定哪天正式签署')?.stage).toBe('signing');
  });
  it('asks no Chinese stage that only dates what is asked, or when two are asked', () => {
    expect(askedStage('港口线开通以来客流多少')).toBeUndefined();
    expect(askedStage('港口线通车两年一共跑了多少车')).toBeUndefined();
    expect(askedStage('港口协定哪年签署、哪年生效')).toBeUndefined();
    expect(askedStage('港口参与建设的园区有哪些')).toBeUndefined();
    // What 对 introduces is the topic of the view asked.
    expect(askedStage('港务局对港口谈判结束怎么评价')).toBeUndefined();
    expect(askedStage('业界对港口线开通有何看法')).toBeUndefined();
    expect(askedStage('面对竞争，港口线什么时候开通')?.stage).toBe('start');
  });
  it("reads a fact's stages from its title and an agreement's dates", () => {
    expect(factStages(titled('Harbour line opens'))).toEqual(['start']);
    expect(factStages(titled('Harbour talks substantially concluded'))).toEqual(['end']);
    expect(factStages(titled('Harbour line length: 40 km'))).toEqual([]);
    const pact = { ...agreement, title: 'Harbour pact', signed: '2020-11-15', inForce: '2022-01-01' } as Fact;
    expect(factStages(pact)).toEqual(['signing', 'start']);
  });
  it('of two facts that state the stage asked, the one the question names wholly comes first', () => {
    const search = new FactSearch(loadSeedFacts());
    const first = (q: string) => answerIds(answerQuestion(search, q))[0];
    expect(first('Since when has the China-Laos Railway been running?')).toBe('china-laos-railway-opens');
    expect(first('when did cross-border passenger trains between kunming and vientiane begin')).toBe(
      'china-laos-railway-cross-border-passenger-service',
    );
  });
  it('of two facts of the stage asked, the one that also covers who made it happen comes first', () => {
    const search = new FactSearch(loadSeedFacts());
    const first = (q: string) => answerIds(answerQuestion(search, q))[0];
    expect(first('When did the leaders say the 3.0 talks were complete?')).toBe('acfta-3-0-substantially-concluded');
    expect(first('When did the ministers say the 3.0 talks were complete?')).toBe('acfta-3-0-concluded');
  });
  it('a stage fact further off comes first when it covers as much and the question names it more fully', () => {
    const search = new FactSearch(loadSeedFacts());
    expect(answerIds(answerQuestion(search, 'RCEP到底是哪年启动的'))[0]).toBe('rcep-in-force');
  });
});
