/**
 * The stages of one thing's life: an agreement is signed, then starts (enters into force); talks start (are launched)
 * and end (are concluded); a railway opens. Neighbouring facts about one subject are often its stages, and the
 * question's verb says which one it asks for ("when did RCEP start" is no question about its signing).
 */
export type Stage = 'start' | 'end' | 'signing';

/** The words a question asks a stage with (a slip of one that is no English word, "opne", asks it too). */
export const ASKED_WORDS: Record<Stage, readonly string[]> = {
  start: [
    'open',
    'opens',
    'opened',
    'opening',
    'start',
    'starts',
    'started',
    'begin',
    'began',
    'begun',
    'launch',
    'launched',
  ],
  end: [
    'conclude',
    'concluded',
    'conclusion',
    'complete',
    'completed',
    'completion',
    'finish',
    'finished',
    'finalised',
    'finalized',
  ],
  signing: ['sign', 'signed', 'signing', 'inked'],
};
/** Phrases of more than one word for a stage ("kicked off", "came into force", "been running"). */
export const ASKED_PHRASES: Record<Stage, RegExp> = {
  start:
    /\b(?:kick(?:s|ed)?\s+off|(?:get|gets|got|getting)\s+going|(?:been|started|start)\s+running|(?:come|comes|came|enter(?:s|ed)?)\s+into\s+(?:force|effect)|(?:take|takes|took|taken)\s+effect|in\s+(?:force|operation)|agree[sd]?\s+to\s+(?:build|launch|start|begin|negotiate|upgrade|work\s+on))\b/i,
  end: /\b(?:wrap(?:ped)?\s+up|(?:were|was|got)\s+(?:done|over|settled|sealed|closed)|(?:end|ended|ends|seal|sealed|close|closed)\s+(?:the\s+)?(?:talks|negotiations))\b/i,
  signing: /(?!)/,
};
