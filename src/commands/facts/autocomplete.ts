import type { AutocompleteInteraction } from 'discord.js';
import { clip, LIMITS } from '../../render/limits.js';
import { factChoices } from '../shared/autocomplete.js';
import type { BotContext } from '../types.js';
import { moderatorVerdict } from './guard.js';
import { FACTS_OPTIONS } from './options.js';
import { replyLanguage } from '../shared/language.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/catalogue.js';

type Choice = { name: string; value: string | number };

/** Removed facts whose id or title contains the typed text (they are not in the search index). */
async function removedChoices(ctx: BotContext, typed: string, lang: Lang): Promise<Choice[]> {
  const needle = typed.trim().toLowerCase();
  return (await ctx.store.facts.list(true))
    .filter((s) => s.deleted && (!needle || s.fact.id.includes(needle) || s.fact.title.toLowerCase().includes(needle)))
    .slice(0, LIMITS.choices)
    .map((s) => ({
      name: clip(t(lang, 'facts.choices.removed', { title: s.fact.title }), LIMITS.choiceName),
      value: s.fact.id,
    }));
}

async function revisionChoices(ctx: BotContext, factId: string, typed: string, lang: Lang): Promise<Choice[]> {
  const digits = typed.replace(/\D/g, '');
  return (await ctx.kb.history(factId))
    .reverse()
    .filter((r) => !digits || String(r.id).includes(digits))
    .slice(0, LIMITS.choices)
    .map((r) => ({
      name: clip(
        `#${r.id} · ${lang === DEFAULT_LANG ? r.action : t(lang, `facts.diff.action.${r.action}`)} · ` +
          `${r.at.slice(0, 10)} · ${r.actorName}${r.reason ? ` — ${r.reason}` : ''}`,
        LIMITS.choiceName,
      ),
      value: r.id,
    }));
}

/** The most asked unanswered questions whose text contains what was typed; the value is the group's number. */
async function unansweredChoices(ctx: BotContext, typed: string): Promise<Choice[]> {
  const needle = typed.trim().toLowerCase().replace(/^#/, '');
  return (await ctx.store.unanswered.groups())
    .filter((g) => !needle || String(g.ref) === needle || g.variants.some((v) => v.toLowerCase().includes(needle)))
    .slice(0, LIMITS.choices)
    .map((g) => ({ name: clip(`#${g.ref} ×${g.count} · ${g.text}`, LIMITS.choiceName), value: String(g.ref) }));
}

/** Suggestions for /facts: live facts to edit or remove, removed ones to restore, both for history and revert. */
export async function factsAutocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  // Non-moderators get nothing: the command refuses them anyway, and removed facts are not theirs to browse.
  if (!moderatorVerdict(interaction, ctx.config).allowed) return interaction.respond([]);
  const sub = interaction.options.getSubcommand(false);
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value ?? '').slice(0, 200);
  const lang = await replyLanguage(interaction, ctx);
  let choices: Choice[] = [];
  if (focused.name === FACTS_OPTIONS.id) {
    if (sub === 'restore') choices = await removedChoices(ctx, typed, lang);
    else if (sub === 'history' || sub === 'revert')
      choices = [...factChoices(ctx.kb, typed), ...(await removedChoices(ctx, typed, lang))].slice(0, LIMITS.choices);
    else choices = factChoices(ctx.kb, typed);
  } else if (focused.name === FACTS_OPTIONS.attach) {
    choices = await unansweredChoices(ctx, typed);
  } else if (focused.name === FACTS_OPTIONS.revision) {
    const id = interaction.options.getString(FACTS_OPTIONS.id)?.trim();
    if (id) choices = await revisionChoices(ctx, id, typed, lang);
  }
  await interaction.respond(choices);
}
