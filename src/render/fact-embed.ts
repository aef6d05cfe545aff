import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord-api-types/v10';
import { FACT_KINDS, type Fact, type FactKind } from '../knowledge/schema.js';
import { FACT_KIND_TABLE } from '../knowledge/fact-kinds.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from './limits.js';
import { asOfLine, keyFacts } from './format.js';
import { sourcesMarkdown } from './sources.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { localText, localTitle } from './fact-text.js';

const KIND_COLORS = Object.fromEntries(FACT_KINDS.map((k) => [k, FACT_KIND_TABLE[k].color])) as Record<
  FactKind,
  number
>;

/** One colour per kind (from the kind table), and grey for notices and lists. */
export const COLORS = { ...KIND_COLORS, notice: 0x7f8c8d } as const;

/**
 * The custom ids an answer's buttons carry. Each is built by the component that handles it (src/components) and
 * passed in, so this layer stays free of discord.js.
 */
export interface AnswerIds {
  openFact(factId: string, lang: Lang): string;
  report(factId: string): string;
}

export function factEmbed(fact: Fact, lang: Lang = 'en'): APIEmbed {
  const text = localText(fact, lang);
  const description = [text.note ? `*${text.note}*` : '', text.summary, text.details].filter(Boolean).join('\n\n');
  const one = fact.sources.length === 1;
  return fitEmbed({
    title: defuseMentions(text.title),
    description: defuseMentions(description),
    color: COLORS[fact.kind],
    fields: [
      ...keyFacts(fact, lang).map(([name, value]) => ({
        name,
        value: defuseMentions(value),
        inline: value.length <= 40,
      })),
      {
        name: t(lang, one ? 'fact.source' : 'fact.sources'),
        value: defuseMentions(sourcesMarkdown(fact.sources, LIMITS.fieldValue, one ? '' : '• ', lang)),
        inline: false,
      },
    ],
    footer: { text: defuseMentions(asOfLine(fact, lang)) },
  });
}

type ActionStyle = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;

export function button(
  customId: string,
  label: string,
  style: ActionStyle = ButtonStyle.Secondary,
  disabled = false,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    custom_id: customId.slice(0, LIMITS.customId),
    label: clip(label, LIMITS.buttonLabel),
    style,
    disabled,
  };
}

export function row(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent> {
  return { type: ComponentType.ActionRow, components: buttons.slice(0, 5) };
}

/** An answer: the fact, up to 3 related facts as buttons, and a way to report a mistake. */
export function factMessage(ids: AnswerIds, fact: Fact, related: Fact[], lang: Lang = 'en') {
  const buttons = related.slice(0, 3).map((r) => button(ids.openFact(r.id, lang), localTitle(r, lang)));
  buttons.push(button(ids.report(fact.id), t(lang, 'fact.report'), ButtonStyle.Danger));
  return { embeds: [factEmbed(fact, lang)], components: [row(buttons)] };
}
