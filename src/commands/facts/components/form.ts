import { actorOf } from '../guard.js';
import { refuseKeepingText, replyWithProblems, submittedValues } from '../form.js';
import { postModLog } from '../mod-log.js';
import type { FormSession } from '../sessions.js';
import { respond } from '../../shared/respond.js';
import { readForm } from '../../../knowledge/fact-form.js';
import { KnowledgeError, type ChangeResult } from '../../../knowledge/knowledge-base.js';
import type { FactKind } from '../../../knowledge/schema.js';
import { isFactKind } from '../../../knowledge/fact-kinds.js';
import { defineComponent } from '../../../components/define.js';
import { carryTranslations } from '../../../knowledge/translations.js';
import { factEmbed } from '../../../render/fact-embed.js';
import { clip, defuseMentions, LIMITS } from '../../../render/limits.js';
import { asRefusal, knowledgeText, Refusal } from '../../shared/refusal.js';
import { replyLanguage } from '../../shared/language.js';
import { t } from '../../../i18n/catalogue.js';

export type FormTarget =
  { key: string; mode: 'add'; kind: FactKind } | { key: string; mode: 'edit'; factId: string; version: number };

/** Reads the parts after "facts-form:"; undefined when they are malformed. */
export function parseFormArgs(parts: readonly string[]): FormTarget | undefined {
  const [key, mode, a, b] = parts;
  if (!key) return undefined;
  if (mode === 'add' && a !== undefined && isFactKind(a)) return { key, mode, kind: a };
  const version = Number(b);
  if (mode === 'edit' && a && Number.isInteger(version) && version > 0) return { key, mode, factId: a, version };
  return undefined;
}

/** The submitted fact form (add or edit): validate everything, save in one transaction, or keep the draft. */
export const factsForm = defineComponent({
  prefix: 'facts-form',
  guard: 'moderator',
  /**
   * facts-form:<key>:add:<kind>, or facts-form:<key>:edit:<fact id ≤64>:<version>: the version the moderator started
   * from (stale check).
   */
  make: (target: FormTarget) =>
    target.mode === 'add' ? [target.key, 'add', target.kind] : [target.key, 'edit', target.factId, target.version],
  parse: parseFormArgs,
  async modal(interaction, target, ctx) {
    const lang = await replyLanguage(interaction, ctx);
    if (!target) throw new Refusal(t(lang, 'facts.form.damaged'));
    const { forms } = ctx.sessions;
    const values = submittedValues(interaction);
    const known = await forms.get(target.key);
    if (known && known.ownerId !== interaction.user.id) throw new Refusal(t(lang, 'facts.form.notYours'));

    let session: FormSession;
    if (known) {
      // The session is the authority on what is edited and from which version; the custom id only has to agree.
      const agrees =
        target.mode === known.mode &&
        (target.mode === 'add' || (target.factId === known.factId && target.version === known.version));
      if (!agrees) throw new Refusal(t(lang, 'facts.form.damaged'));
      session = known;
    } else if (target.mode === 'edit') {
      const kind = (await ctx.kb.stored(target.factId))?.fact.kind ?? 'milestone';
      return refuseKeepingText(
        interaction,
        t(lang, 'facts.form.expired', { id: target.factId }),
        { kind },
        values,
        lang,
      );
    } else {
      // An add form outlives its session harmlessly: only the optional reason is lost.
      session = { ownerId: interaction.user.id, mode: 'add', kind: target.kind, reason: '' };
    }

    const keepDraft = async (headline: string, problems: readonly string[]) => {
      await forms.set(target.key, { ...session, values });
      return replyWithProblems(interaction, target.key, headline, problems, lang);
    };

    const editing = session.mode === 'edit' ? { factId: session.factId!, version: session.version! } : undefined;
    const read = readForm(session.kind, values, editing ? { id: editing.factId } : {});
    const count = read.problems.length;
    if (!read.fact)
      return keepDraft(
        t(lang, count === 1 ? 'facts.form.notSavedOne' : 'facts.form.notSavedMany', { count }),
        read.problems,
      );

    const actor = actorOf(interaction);
    const before = editing ? (await ctx.kb.stored(editing.factId))?.fact : undefined;
    const carried = before ? carryTranslations(before, read.fact) : { fact: read.fact, setAside: [] };
    let change: ChangeResult;
    try {
      change = editing
        ? await ctx.kb.edit(editing.factId, carried.fact, editing.version, actor, session.reason)
        : await ctx.kb.add(read.fact, actor, session.reason || 'added from Discord');
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      const message = knowledgeText(error, lang);
      if (error.code === 'invalid')
        return keepDraft(
          t(lang, 'facts.form.notSaved', { message }),
          error.problems.length ? error.problems : [message],
        );
      if (error.code === 'exists')
        return keepDraft(t(lang, 'facts.form.idTaken'), [t(lang, 'facts.form.idTakenHelp', { message })]);
      await forms.take(target.key);
      if (error.code === 'unchanged') throw asRefusal(error, lang);
      return refuseKeepingText(interaction, message, session, values, lang);
    }
    await forms.take(target.key);

    const fact = change.stored.fact;
    await respond(
      interaction,
      {
        content: clip(
          defuseMentions(
            t(lang, editing ? 'facts.form.saved' : 'facts.form.added', {
              id: fact.id,
              version: change.stored.version,
              revision: change.revision.id,
            }) +
              (carried.setAside.length ? t(lang, 'facts.form.setAside', { locales: carried.setAside.join(', ') }) : ''),
          ),
          LIMITS.content,
        ),
        embeds: [factEmbed(fact)],
        components: [],
      },
      true,
    );
    await postModLog(interaction.client, ctx, {
      actor,
      action: session.mode,
      factId: fact.id,
      title: fact.title,
      reason: change.revision.reason,
      revisionId: change.revision.id,
    });
  },
});
