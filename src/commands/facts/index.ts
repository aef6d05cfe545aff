import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../types.js';
import { kindInfo } from '../../knowledge/fact-kinds.js';
import { FACT_KINDS } from '../../knowledge/schema.js';
import { addFact } from './add.js';
import { factsAutocomplete } from './autocomplete.js';
import { editFact } from './edit.js';
import { exportFacts } from './export.js';
import { translateFact } from './translate.js';
import { showHistory } from './history.js';
import { importFacts } from './import.js';
import { listReports } from './reports.js';
import { removeFact, restoreFact } from './remove.js';
import { revertFact } from './revert.js';
import { unanswered } from './unanswered.js';
import { replyLanguage } from '../shared/language.js';
import { t } from '../../i18n/catalogue.js';
import { Refusal } from '../shared/refusal.js';
import { FACTS_OPTIONS } from './options.js';

const REASON_MAX = 300;

/**
 * /facts — moderators curate the shared fact base. Registered only in the home server; Discord shows it by
 * default to Manage Server holders (server admins can also allow the moderator role under Integrations), and
 * every handler checks the member itself anyway.
 */
export const facts: Command = {
  scope: 'home',
  guard: 'moderator',
  data: new SlashCommandBuilder()
    .setName('facts')
    .setDescription('Moderators: add, edit, remove and review the shared fact base')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Add a fact (opens a form)')
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.kind)
            .setDescription('What kind of fact')
            .setRequired(true)
            .addChoices(...FACT_KINDS.map((kind) => ({ name: kindInfo(kind).choice, value: kind }))),
        )
        .addStringOption((o) =>
          o.setName(FACTS_OPTIONS.reason).setDescription('Why (kept in the history)').setMaxLength(REASON_MAX),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('edit')
        .setDescription('Edit a fact (opens a form filled with the current text)')
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.id)
            .setDescription('The fact (start typing)')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(100),
        )
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.reason)
            .setDescription('Why (kept in the history)')
            .setRequired(true)
            .setMaxLength(REASON_MAX),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Hide a fact from members (it can be restored)')
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.id)
            .setDescription('The fact (start typing)')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(100),
        )
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.reason)
            .setDescription('Why (kept in the history)')
            .setRequired(true)
            .setMaxLength(REASON_MAX),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('restore')
        .setDescription('Bring back a removed fact')
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.id)
            .setDescription('The removed fact (start typing)')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(100),
        )
        .addStringOption((o) =>
          o.setName(FACTS_OPTIONS.reason).setDescription('Why (kept in the history)').setMaxLength(REASON_MAX),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('history')
        .setDescription("A fact's revisions (who, when, why), or one revision's changes")
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.id)
            .setDescription('The fact (start typing)')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(100),
        )
        .addIntegerOption((o) =>
          o
            .setName(FACTS_OPTIONS.revision)
            .setDescription('Show what this revision changed')
            .setAutocomplete(true)
            .setMinValue(1),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('revert')
        .setDescription('Put a fact back to the state a revision left it in')
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.id)
            .setDescription('The fact (start typing)')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(100),
        )
        .addIntegerOption((o) =>
          o
            .setName(FACTS_OPTIONS.revision)
            .setDescription('The revision to go back to')
            .setRequired(true)
            .setAutocomplete(true)
            .setMinValue(1),
        )
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.reason)
            .setDescription('Why (kept in the history)')
            .setRequired(true)
            .setMaxLength(REASON_MAX),
        ),
    )
    .addSubcommand((s) => s.setName('export').setDescription('Download the whole fact base as a JSON file'))
    .addSubcommand((s) =>
      s
        .setName('import')
        .setDescription('Replace the fact base with a JSON file (shows the changes first)')
        .addAttachmentOption((o) =>
          o
            .setName(FACTS_OPTIONS.file)
            .setDescription('A .json file like the one /facts export gives')
            .setRequired(true),
        )
        .addStringOption((o) =>
          o.setName(FACTS_OPTIONS.reason).setDescription('Why (kept in the history)').setMaxLength(REASON_MAX),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('reports')
        .setDescription('Problems members reported, oldest first')
        .addIntegerOption((o) =>
          o.setName(FACTS_OPTIONS.resolve).setDescription('Mark this report number resolved').setMinValue(1),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('unanswered')
        .setDescription('Questions the bot could not answer, most asked first; attach one to a fact')
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.attach)
            .setDescription('The question to attach: its # from the list, or its text')
            .setAutocomplete(true)
            .setMaxLength(300),
        )
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.id)
            .setDescription('The fact to attach it to (start typing)')
            .setAutocomplete(true)
            .setMaxLength(100),
        )
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.as)
            .setDescription('Attach as an example question (default) or an alias')
            .addChoices({ name: 'example question', value: 'question' }, { name: 'alias', value: 'alias' }),
        )
        .addStringOption((o) =>
          o.setName(FACTS_OPTIONS.reason).setDescription('Why (kept in the history)').setMaxLength(REASON_MAX),
        )
        .addBooleanOption((o) =>
          o.setName(FACTS_OPTIONS.clear).setDescription('Empty the whole log (cannot be undone)'),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('translate')
        .setDescription("Write or correct a fact's translation (opens a form, with the English beside it)")
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.id)
            .setDescription('The fact (start typing)')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(100),
        )
        .addStringOption((o) =>
          o
            .setName(FACTS_OPTIONS.locale)
            .setDescription('The language (default zh-CN)')
            .addChoices({ name: '简体中文 (zh-CN)', value: 'zh-CN' }),
        ),
    ),

  autocomplete: factsAutocomplete,

  async execute(interaction, ctx) {
    switch (interaction.options.getSubcommand()) {
      case 'add':
        return addFact(interaction, ctx);
      case 'edit':
        return editFact(interaction, ctx);
      case 'remove':
        return removeFact(interaction, ctx);
      case 'restore':
        return restoreFact(interaction, ctx);
      case 'history':
        return showHistory(interaction, ctx);
      case 'revert':
        return revertFact(interaction, ctx);
      case 'export':
        return exportFacts(interaction, ctx);
      case 'import':
        return importFacts(interaction, ctx);
      case 'reports':
        return listReports(interaction, ctx);
      case 'unanswered':
        return unanswered(interaction, ctx);
      case 'translate':
        return translateFact(interaction, ctx);
      default:
        throw new Refusal(t(await replyLanguage(interaction, ctx), 'facts.unknownSub'));
    }
  },
};
