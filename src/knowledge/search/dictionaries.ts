import { loadChineseEnglish } from './chinese-english.js';
import { loadChinesePartsOfSpeech } from './chinese-pos.js';
import { loadEnglishWords } from './english-words.js';
import { loadPersonWords } from './person-words.js';
import { loadTaggerLexicon } from './tagger-lexicon.js';
import { loadWordFrequencies } from './word-frequency.js';

/**
 * Loads the word lists the search reads lazily (about 0.35 s together, most of it CC-CEDICT), so that the first
 * member to ask an unusual or Chinese question does not wait for them. Called once the bot is ready, when start-up
 * time is already counted and no interaction is waiting yet; returns how long it took.
 */
export function loadDictionaries(clock: () => number = () => performance.now()): number {
  const started = clock();
  // The largest file first: its buffers are freed while the smaller lists load.
  loadChineseEnglish();
  loadChinesePartsOfSpeech();
  loadEnglishWords();
  loadPersonWords();
  loadWordFrequencies();
  // Nouns and superlatives.
  loadTaggerLexicon();
  return clock() - started;
}
