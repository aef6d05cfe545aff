import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { formFields, type FormValues } from '../knowledge/fact-form.js';
import type { FactKind } from '../knowledge/schema.js';
import { clip, LIMITS } from './limits.js';

/** The fact form as a Discord modal: five labelled text inputs, pre-filled with `values`. */
export function factModal(options: { customId: string; title: string; kind: FactKind; values: FormValues; adding: boolean }): APIModalInteractionResponseCallbackData {
  return {
    custom_id: options.customId,
    title: clip(options.title, LIMITS.modalTitle),
    components: formFields(options.kind, options.adding).map((spec) => {
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
          ...(value ? { value: value.length > spec.maxLength ? value.slice(0, spec.maxLength).replace(/[\ud800-\udbff]$/, '') : value } : {}),
        },
      };
    }),
  };
}
