import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { formFields, type FormFieldSpec, type FormValues } from '../knowledge/fact-form.js';
import type { FactKind } from '../knowledge/schema.js';
import { clip, LIMITS } from './limits.js';
import { DEFAULT_LANG, t, type Lang } from '../i18n/catalogue.js';

/**
 * The form's boxes with their labels and hints in the moderator's language. The core's specs stay English (and
 * stay the source of ids, limits and styles); the example placeholders are English because facts are written in it.
 */
export function localFormFields(kind: FactKind, adding: boolean, lang: Lang = DEFAULT_LANG): FormFieldSpec[] {
  return formFields(kind, adding).map((spec) => {
    const which = spec.id === 'specifics' ? kind : spec.id;
    const hint = adding && (spec.id === 'title' || spec.id === 'more') ? `${spec.id}Add` : which;
    return {
      ...spec,
      label: t(lang, `facts.form.label.${which}`),
      description: t(lang, `facts.form.description.${hint}`),
    };
  });
}

/** The fact form as a Discord modal: five labelled text inputs, pre-filled with `values`. */
export function factModal(options: {
  customId: string;
  title: string;
  kind: FactKind;
  values: FormValues;
  adding: boolean;
  lang?: Lang;
}): APIModalInteractionResponseCallbackData {
  return {
    custom_id: options.customId,
    title: clip(options.title, LIMITS.modalTitle),
    components: localFormFields(options.kind, options.adding, options.lang).map((spec) => {
      const value = options.values[spec.id];
      return {
        type: ComponentType.Label,
        label: clip(spec.label, LIMITS.inputLabel),
        description: clip(spec.description, 100),
        component: {
          type: ComponentType.TextInput,
          custom_id: spec.id,
          style: spec.style === 'short' ? TextInputStyle.Short : TextInputStyle.Paragraph,
          required: spec.required,
          max_length: spec.maxLength,
          ...(spec.placeholder ? { placeholder: clip(spec.placeholder, LIMITS.placeholder) } : {}),
          // Never pre-fill more than the box accepts: Discord would refuse the whole modal.
          ...(value
            ? {
                value:
                  value.length > spec.maxLength
                    ? value.slice(0, spec.maxLength).replace(/[\ud800-\udbff]$/, '')
                    : value,
              }
            : {}),
        },
      };
    }),
  };
}
