/**
 * How an interaction ended, for the interactions counter. Handlers do not return it (their signatures are shared
 * by every command), so the few places that know ("I don't know", a refusal) mark the interaction object here and
 * the error boundary reads the mark. A WeakMap: the mark dies with the interaction.
 */
export type InteractionOutcome = 'answered' | 'unknown' | 'refused' | 'error';

const marks = new WeakMap<object, InteractionOutcome>();

/** Records a non-default outcome; the first mark wins (a refusal followed by a follow-up stays a refusal). */
export function markOutcome(interaction: object, outcome: Exclude<InteractionOutcome, 'answered' | 'error'>): void {
  if (!marks.has(interaction)) marks.set(interaction, outcome);
}

export function outcomeOf(interaction: object): InteractionOutcome {
  return marks.get(interaction) ?? 'answered';
}
