/**
 * Discord's documented size limits for message, autocomplete, modal and command bodies, as pure checks.
 *
 * Every check returns a list of violations (empty when the body is fine). The local Discord uses them to
 * answer `400 {code: 50035, message: 'Invalid Form Body', errors}` the way Discord does; tests can call
 * them directly on anything the bot renders.
 *
 * Lengths are counted in Unicode code points (an emoji counts once), which never reports a false positive
 * for text that JavaScript's UTF-16 `.length` already keeps within a limit.
 */
import { Locale } from 'discord-api-types/v10';

export interface LimitViolation {
  /** Where in the body, Discord-style: `embeds[0].fields[3].value`, `data.choices[25]`. */
  path: string;
  /** Discord's error code for this kind of problem, e.g. `BASE_TYPE_MAX_LENGTH`. */
  code: string;
  /** Human-readable, includes the path and (for lengths) what was found: `embeds[0].title: must be 256 or fewer in length (got 300)`. */
  message: string;
  /** The message Discord itself puts in the error tree: `Must be 256 or fewer in length.` */
  detail: string;
}

export const MESSAGE_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  componentsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  selectOptions: 25,
  selectOptionText: 100,
  selectPlaceholder: 150,
  componentsV2Total: 40,
  textDisplayContent: 4000,
  files: 10,
  embedUrl: 2048,
  buttonUrl: 512,
  nonce: 25,
} as const;

export const AUTOCOMPLETE_LIMITS = { choices: 25, choiceName: 100, choiceValue: 100 } as const;

export const MODAL_LIMITS = {
  title: 45,
  customId: 100,
  components: 5,
  textInputLabel: 45,
  labelDescription: 100,
  textInputValue: 4000,
  textInputPlaceholder: 100,
} as const;

export const COMMAND_LIMITS = {
  name: 32,
  description: 100,
  options: 25,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  // Name, description and every option's name, description and choices together (Discord's documented 8,000).
  totalCharacters: 8000,
  chatInputCommands: 100,
} as const;

/** IS_COMPONENTS_V2 message flag (1 << 15). */
const COMPONENTS_V2_FLAG = 1 << 15;

const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Length in Unicode code points. */
export function textLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

function join(prefix: string, key: string | number): string {
  if (typeof key === 'number') return `${prefix}[${key}]`;
  return prefix ? `${prefix}.${key}` : key;
}

class Collector {
  readonly list: LimitViolation[] = [];

  add(path: string, code: string, detail: string, found?: string): void {
    const where = path || '(body)';
    const human = detail.charAt(0).toLowerCase() + detail.slice(1).replace(/\.$/, '');
    this.list.push({ path, code, detail, message: `${where}: ${human}${found ? ` (${found})` : ''}` });
  }

  /** Checks a string's length; `min` > 0 also makes the field required. */
  text(value: unknown, path: string, max: number, min = 0): void {
    if (value === undefined || value === null) {
      if (min > 0) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return;
    }
    if (typeof value !== 'string') {
      this.add(path, 'BASE_TYPE_STRING', 'Must be a string.', `got ${typeof value}`);
      return;
    }
    const len = textLength(value);
    if (len > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`, `got ${len}`);
    else if (len < min) {
      this.add(
        path,
        min === 1 ? 'BASE_TYPE_REQUIRED' : 'BASE_TYPE_MIN_LENGTH',
        min === 1 ? 'This field is required' : `Must be ${min} or more in length.`,
        `got ${len}`,
      );
    }
  }

  /** Checks an array's size; returns the array (or [] when absent / not an array). */
  array(value: unknown, path: string, max: number, min = 0): unknown[] {
    if (value === undefined || value === null) {
      if (min > 0) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return [];
    }
    if (!Array.isArray(value)) {
      this.add(path, 'LIST_TYPE_CONVERT', 'Must be an array.', `got ${typeof value}`);
      return [];
    }
    if (value.length > max || value.length < min) {
      const detail = min > 0 ? `Must be between ${min} and ${max} in length.` : `Must be ${max} or fewer in length.`;
      this.add(path, min > 0 ? 'BASE_TYPE_BAD_LENGTH' : 'BASE_TYPE_MAX_LENGTH', detail, `got ${value.length}`);
    }
    return value;
  }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

// ---------------------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------------------

/** Characters Discord counts towards the 6000 total of one embed. */
export function embedCharacterCount(embed: unknown): number {
  if (!isObj(embed)) return 0;
  let total = textLength(str(embed.title)) + textLength(str(embed.description));
  if (Array.isArray(embed.fields)) {
    for (const field of embed.fields) {
      if (isObj(field)) total += textLength(str(field.name)) + textLength(str(field.value));
    }
  }
  if (isObj(embed.footer)) total += textLength(str(embed.footer.text));
  if (isObj(embed.author)) total += textLength(str(embed.author.name));
  return total;
}

function checkEmbed(c: Collector, embed: unknown, path: string): void {
  if (!isObj(embed)) {
    c.add(path, 'DICT_TYPE_CONVERT', 'Must be an object.');
    return;
  }
  c.text(embed.title, join(path, 'title'), MESSAGE_LIMITS.embedTitle);
  c.text(embed.description, join(path, 'description'), MESSAGE_LIMITS.embedDescription);
  const fields = c.array(embed.fields, join(path, 'fields'), MESSAGE_LIMITS.embedFields);
  fields.forEach((field, i) => {
    const fieldPath = join(join(path, 'fields'), i);
    if (!isObj(field)) {
      c.add(fieldPath, 'DICT_TYPE_CONVERT', 'Must be an object.');
      return;
    }
    c.text(field.name, join(fieldPath, 'name'), MESSAGE_LIMITS.embedFieldName, 1);
    c.text(field.value, join(fieldPath, 'value'), MESSAGE_LIMITS.embedFieldValue, 1);
  });
  c.text(embed.url, join(path, 'url'), MESSAGE_LIMITS.embedUrl);
  if (embed.footer !== undefined && embed.footer !== null) {
    if (isObj(embed.footer)) {
      c.text(embed.footer.text, join(join(path, 'footer'), 'text'), MESSAGE_LIMITS.embedFooterText, 1);
      c.text(embed.footer.icon_url, join(join(path, 'footer'), 'icon_url'), MESSAGE_LIMITS.embedUrl);
    } else c.add(join(path, 'footer'), 'DICT_TYPE_CONVERT', 'Must be an object.');
  }
  if (embed.author !== undefined && embed.author !== null) {
    if (isObj(embed.author)) {
      c.text(embed.author.name, join(join(path, 'author'), 'name'), MESSAGE_LIMITS.embedAuthorName, 1);
      c.text(embed.author.url, join(join(path, 'author'), 'url'), MESSAGE_LIMITS.embedUrl);
      c.text(embed.author.icon_url, join(join(path, 'author'), 'icon_url'), MESSAGE_LIMITS.embedUrl);
    } else c.add(join(path, 'author'), 'DICT_TYPE_CONVERT', 'Must be an object.');
  }
  for (const media of ['image', 'thumbnail'] as const) {
    const part = embed[media];
    if (isObj(part)) c.text(part.url, join(join(path, media), 'url'), MESSAGE_LIMITS.embedUrl);
  }
}

function checkButton(c: Collector, button: Obj, path: string): void {
  const style = typeof button.style === 'number' ? button.style : 0;
  c.text(button.label, join(path, 'label'), MESSAGE_LIMITS.buttonLabel);
  if (style === 5) {
    if (typeof button.url !== 'string' || !button.url)
      c.add(join(path, 'url'), 'BASE_TYPE_REQUIRED', 'This field is required');
    else c.text(button.url, join(path, 'url'), MESSAGE_LIMITS.buttonUrl);
    if (button.custom_id !== undefined)
      c.add(
        join(path, 'custom_id'),
        'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED',
        'A link button cannot have a custom id.',
      );
  } else if (style !== 6) {
    c.text(button.custom_id, join(path, 'custom_id'), MESSAGE_LIMITS.customId, 1);
  }
  if (style !== 6 && !str(button.label) && !isObj(button.emoji)) {
    c.add(path, 'BUTTON_COMPONENT_MISSING_LABEL_OR_EMOJI', 'A button must have a label or an emoji.');
  }
  if (style < 1 || style > 6)
    c.add(
      join(path, 'style'),
      'BASE_TYPE_CHOICES',
      'Value must be one of (1, 2, 3, 4, 5, 6).',
      `got ${String(button.style)}`,
    );
}

function checkSelect(
  c: Collector,
  select: Obj,
  path: string,
  maxOptionsPlaceholder = MESSAGE_LIMITS.selectPlaceholder,
): void {
  c.text(select.custom_id, join(path, 'custom_id'), MESSAGE_LIMITS.customId, 1);
  c.text(select.placeholder, join(path, 'placeholder'), maxOptionsPlaceholder);
  if (select.type === 3) {
    const options = c.array(select.options, join(path, 'options'), MESSAGE_LIMITS.selectOptions, 1);
    options.forEach((option, i) => {
      const optionPath = join(join(path, 'options'), i);
      if (!isObj(option)) {
        c.add(optionPath, 'DICT_TYPE_CONVERT', 'Must be an object.');
        return;
      }
      c.text(option.label, join(optionPath, 'label'), MESSAGE_LIMITS.selectOptionText, 1);
      c.text(option.value, join(optionPath, 'value'), MESSAGE_LIMITS.selectOptionText, 1);
      c.text(option.description, join(optionPath, 'description'), MESSAGE_LIMITS.selectOptionText);
    });
  }
  for (const key of ['min_values', 'max_values'] as const) {
    const value = select[key];
    if (value === undefined || value === null) continue;
    const min = key === 'min_values' ? 0 : 1;
    if (typeof value !== 'number' || value < min || value > 25) {
      c.add(join(path, key), 'NUMBER_TYPE_MAX', `Must be between ${min} and 25.`, `got ${String(value)}`);
    }
  }
}

/** Checks one component and everything inside it; collects custom ids to find duplicates. */
function checkComponent(
  c: Collector,
  component: unknown,
  path: string,
  customIds: Map<string, string>,
  counter: { n: number },
): void {
  counter.n++;
  if (!isObj(component)) {
    c.add(path, 'DICT_TYPE_CONVERT', 'Must be an object.');
    return;
  }
  if (typeof component.custom_id === 'string') {
    const seen = customIds.get(component.custom_id);
    if (seen !== undefined) {
      c.add(
        join(path, 'custom_id'),
        'COMPONENT_CUSTOM_ID_DUPLICATED',
        `Component custom id cannot be duplicated (also at ${seen}).`,
      );
    } else customIds.set(component.custom_id, path);
  }
  const type = component.type;
  if (type === 2) checkButton(c, component, path);
  else if (typeof type === 'number' && SELECT_TYPES.has(type)) checkSelect(c, component, path);
  else if (type === 10) c.text(component.content, join(path, 'content'), MESSAGE_LIMITS.textDisplayContent, 1);
  if (Array.isArray(component.components)) {
    component.components.forEach((child, i) =>
      checkComponent(c, child, join(join(path, 'components'), i), customIds, counter),
    );
  }
  if (component.accessory !== undefined)
    checkComponent(c, component.accessory, join(path, 'accessory'), customIds, counter);
}

function checkActionRow(
  c: Collector,
  row: unknown,
  path: string,
  customIds: Map<string, string>,
  counter: { n: number },
): void {
  if (!isObj(row)) {
    c.add(path, 'DICT_TYPE_CONVERT', 'Must be an object.');
    return;
  }
  if (row.type !== 1) {
    c.add(
      join(path, 'type'),
      'COMPONENT_TYPE_INVALID',
      'Only action rows are allowed at the top level without the IS_COMPONENTS_V2 flag.',
      `got type ${String(row.type)}`,
    );
  }
  const children = c.array(row.components, join(path, 'components'), MESSAGE_LIMITS.componentsPerRow, 1);
  const selects = children.filter(
    (child) => isObj(child) && typeof child.type === 'number' && SELECT_TYPES.has(child.type),
  );
  if (selects.length > 0 && children.length > 1) {
    c.add(
      join(path, 'components'),
      'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
      'The specified component exceeds the maximum width',
      'a select menu must be alone in its row',
    );
  }
  counter.n++;
  children.forEach((child, i) => checkComponent(c, child, join(join(path, 'components'), i), customIds, counter));
}

function checkAllowedMentions(c: Collector, allowed: unknown, path: string): void {
  if (allowed === undefined || allowed === null) return;
  if (!isObj(allowed)) {
    c.add(path, 'DICT_TYPE_CONVERT', 'Must be an object.');
    return;
  }
  const parse = allowed.parse;
  if (parse !== undefined) {
    if (!Array.isArray(parse)) c.add(join(path, 'parse'), 'LIST_TYPE_CONVERT', 'Must be an array.');
    else {
      parse.forEach((value, i) => {
        if (value !== 'users' && value !== 'roles' && value !== 'everyone') {
          c.add(
            join(join(path, 'parse'), i),
            'BASE_TYPE_CHOICES',
            "Value must be one of ('users', 'roles', 'everyone').",
            `got ${String(value)}`,
          );
        }
      });
      for (const kind of ['users', 'roles'] as const) {
        if (parse.includes(kind) && Array.isArray(allowed[kind]) && (allowed[kind] as unknown[]).length > 0) {
          c.add(
            join(path, kind),
            'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
            `parse:["${kind}"] and ${kind}: [ids] are mutually exclusive.`,
          );
        }
      }
    }
  }
  for (const kind of ['users', 'roles'] as const) {
    if (Array.isArray(allowed[kind])) c.array(allowed[kind], join(path, kind), 100);
  }
}

/**
 * Checks a message body (channel message, webhook/follow-up, or the `data` of an interaction callback of type 4/7).
 * `prefix` is prepended to every path (use `data` for callbacks).
 */
export function checkMessageLimits(body: unknown, prefix = ''): LimitViolation[] {
  const c = new Collector();
  if (!isObj(body)) {
    c.add(prefix, 'DICT_TYPE_CONVERT', 'Must be an object.');
    return c.list;
  }
  const at = (key: string) => join(prefix, key);
  c.text(body.content, at('content'), MESSAGE_LIMITS.content);

  const embeds = c.array(body.embeds, at('embeds'), MESSAGE_LIMITS.embeds);
  embeds.forEach((embed, i) => checkEmbed(c, embed, join(at('embeds'), i)));
  const total = embeds.reduce<number>((sum, embed) => sum + embedCharacterCount(embed), 0);
  if (total > MESSAGE_LIMITS.embedTotal) {
    c.add(
      at('embeds'),
      'MAX_EMBED_SIZE_EXCEEDED',
      `Embed size exceeds maximum size of ${MESSAGE_LIMITS.embedTotal}`,
      `got ${total}`,
    );
  }

  const flags = typeof body.flags === 'number' ? body.flags : 0;
  const customIds = new Map<string, string>();
  const counter = { n: 0 };
  if (flags & COMPONENTS_V2_FLAG) {
    const components = c.array(body.components, at('components'), MESSAGE_LIMITS.componentsV2Total);
    components.forEach((component, i) => checkComponent(c, component, join(at('components'), i), customIds, counter));
    if (counter.n > MESSAGE_LIMITS.componentsV2Total) {
      c.add(
        at('components'),
        'BASE_TYPE_MAX_LENGTH',
        `Must be ${MESSAGE_LIMITS.componentsV2Total} or fewer in length.`,
        `got ${counter.n} components in total`,
      );
    }
    if (str(body.content))
      c.add(
        at('content'),
        'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
        'The content field cannot be used when using MessageFlags.IS_COMPONENTS_V2.',
      );
    if (embeds.length > 0)
      c.add(
        at('embeds'),
        'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
        'The embeds field cannot be used when using MessageFlags.IS_COMPONENTS_V2.',
      );
  } else {
    const rows = c.array(body.components, at('components'), MESSAGE_LIMITS.actionRows);
    rows.forEach((row, i) => checkActionRow(c, row, join(at('components'), i), customIds, counter));
  }

  c.array(body.attachments, at('attachments'), MESSAGE_LIMITS.files);
  if (typeof body.nonce === 'string') c.text(body.nonce, at('nonce'), MESSAGE_LIMITS.nonce);
  checkAllowedMentions(c, body.allowed_mentions, at('allowed_mentions'));
  return c.list;
}

/** True when a message body would create a message with nothing in it (Discord: 50006 Cannot send an empty message). */
export function isEmptyMessage(body: unknown, fileCount = 0): boolean {
  if (fileCount > 0) return false;
  if (!isObj(body)) return true;
  const has = (key: string) => Array.isArray(body[key]) && (body[key] as unknown[]).length > 0;
  return (
    !str(body.content) &&
    !has('embeds') &&
    !has('components') &&
    !has('sticker_ids') &&
    !has('attachments') &&
    !isObj(body.poll)
  );
}

// ---------------------------------------------------------------------------------------------------------
// Autocomplete (interaction callback type 8) and modals (type 9)
// ---------------------------------------------------------------------------------------------------------

function checkChoices(c: Collector, choices: unknown[], path: string): void {
  choices.forEach((choice, i) => {
    const choicePath = join(path, i);
    if (!isObj(choice)) {
      c.add(choicePath, 'DICT_TYPE_CONVERT', 'Must be an object.');
      return;
    }
    c.text(choice.name, join(choicePath, 'name'), AUTOCOMPLETE_LIMITS.choiceName, 1);
    if (isObj(choice.name_localizations)) {
      checkLocaleKeys(c, choice.name_localizations, join(choicePath, 'name_localizations'));
      for (const [locale, value] of Object.entries(choice.name_localizations)) {
        c.text(value, join(join(choicePath, 'name_localizations'), locale), AUTOCOMPLETE_LIMITS.choiceName, 1);
      }
    }
    if (typeof choice.value === 'string')
      c.text(choice.value, join(choicePath, 'value'), AUTOCOMPLETE_LIMITS.choiceValue);
    else if (typeof choice.value !== 'number')
      c.add(join(choicePath, 'value'), 'BASE_TYPE_REQUIRED', 'This field is required');
  });
}

/** Checks the `data` of an autocomplete result (callback type 8): ≤25 choices, names 1–100, string values ≤100. */
export function checkAutocompleteLimits(data: unknown, prefix = 'data'): LimitViolation[] {
  const c = new Collector();
  if (!isObj(data)) {
    c.add(prefix, 'DICT_TYPE_CONVERT', 'Must be an object.');
    return c.list;
  }
  const choices = c.array(data.choices, join(prefix, 'choices'), AUTOCOMPLETE_LIMITS.choices);
  if (data.choices === undefined || data.choices === null)
    c.add(join(prefix, 'choices'), 'BASE_TYPE_REQUIRED', 'This field is required');
  checkChoices(c, choices, join(prefix, 'choices'));
  return c.list;
}

function checkTextInput(c: Collector, input: Obj, path: string, needsLabel: boolean): void {
  c.text(input.custom_id, join(path, 'custom_id'), MODAL_LIMITS.customId, 1);
  if (needsLabel) c.text(input.label, join(path, 'label'), MODAL_LIMITS.textInputLabel, 1);
  else c.text(input.label, join(path, 'label'), MODAL_LIMITS.textInputLabel);
  if (input.style !== 1 && input.style !== 2)
    c.add(join(path, 'style'), 'BASE_TYPE_CHOICES', 'Value must be one of (1, 2).', `got ${String(input.style)}`);
  c.text(input.value, join(path, 'value'), MODAL_LIMITS.textInputValue);
  c.text(input.placeholder, join(path, 'placeholder'), MODAL_LIMITS.textInputPlaceholder);
  const min = input.min_length;
  const max = input.max_length;
  if (min !== undefined && (typeof min !== 'number' || min < 0 || min > MODAL_LIMITS.textInputValue)) {
    c.add(
      join(path, 'min_length'),
      'NUMBER_TYPE_MAX',
      `Must be between 0 and ${MODAL_LIMITS.textInputValue}.`,
      `got ${String(min)}`,
    );
  }
  if (max !== undefined && (typeof max !== 'number' || max < 1 || max > MODAL_LIMITS.textInputValue)) {
    c.add(
      join(path, 'max_length'),
      'NUMBER_TYPE_MAX',
      `Must be between 1 and ${MODAL_LIMITS.textInputValue}.`,
      `got ${String(max)}`,
    );
  }
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    c.add(
      join(path, 'min_length'),
      'TEXT_INPUT_MIN_GREATER_THAN_MAX',
      'min_length must not be greater than max_length.',
    );
  }
  if (typeof input.value === 'string' && typeof max === 'number' && textLength(input.value) > max) {
    c.add(
      join(path, 'value'),
      'BASE_TYPE_MAX_LENGTH',
      `Must be ${max} or fewer in length.`,
      `got ${textLength(input.value)}`,
    );
  }
}

/** Checks the `data` of a modal (callback type 9): title ≤45, custom_id ≤100, ≤5 rows/labels, text inputs. */
export function checkModalLimits(data: unknown, prefix = 'data'): LimitViolation[] {
  const c = new Collector();
  if (!isObj(data)) {
    c.add(prefix, 'DICT_TYPE_CONVERT', 'Must be an object.');
    return c.list;
  }
  c.text(data.title, join(prefix, 'title'), MODAL_LIMITS.title, 1);
  c.text(data.custom_id, join(prefix, 'custom_id'), MODAL_LIMITS.customId, 1);
  const rows = c.array(data.components, join(prefix, 'components'), MODAL_LIMITS.components, 1);
  const customIds = new Map<string, string>();
  const remember = (id: unknown, path: string) => {
    if (typeof id !== 'string') return;
    const seen = customIds.get(id);
    if (seen !== undefined)
      c.add(path, 'COMPONENT_CUSTOM_ID_DUPLICATED', `Component custom id cannot be duplicated (also at ${seen}).`);
    else customIds.set(id, path);
  };
  rows.forEach((row, i) => {
    const rowPath = join(join(prefix, 'components'), i);
    if (!isObj(row)) {
      c.add(rowPath, 'DICT_TYPE_CONVERT', 'Must be an object.');
      return;
    }
    if (row.type === 1) {
      const children = c.array(row.components, join(rowPath, 'components'), 1, 1);
      children.forEach((child, j) => {
        const childPath = join(join(rowPath, 'components'), j);
        if (!isObj(child) || child.type !== 4) {
          c.add(childPath, 'COMPONENT_TYPE_INVALID', 'Only text inputs are allowed in modal action rows.');
          return;
        }
        remember(child.custom_id, join(childPath, 'custom_id'));
        checkTextInput(c, child, childPath, true);
      });
    } else if (row.type === 18) {
      c.text(row.label, join(rowPath, 'label'), MODAL_LIMITS.textInputLabel, 1);
      c.text(row.description, join(rowPath, 'description'), MODAL_LIMITS.labelDescription);
      const child = row.component;
      const childPath = join(rowPath, 'component');
      if (!isObj(child)) c.add(childPath, 'BASE_TYPE_REQUIRED', 'This field is required');
      else {
        remember(child.custom_id, join(childPath, 'custom_id'));
        if (child.type === 4) checkTextInput(c, child, childPath, false);
        else if (typeof child.type === 'number' && SELECT_TYPES.has(child.type)) checkSelect(c, child, childPath);
        else if (child.type !== 19)
          c.add(join(childPath, 'type'), 'COMPONENT_TYPE_INVALID', 'This component type is not allowed in a label.');
      }
    } else if (row.type === 10) {
      c.text(row.content, join(rowPath, 'content'), MESSAGE_LIMITS.textDisplayContent, 1);
    } else {
      c.add(
        join(rowPath, 'type'),
        'COMPONENT_TYPE_INVALID',
        'Modals accept action rows, labels and text displays.',
        `got type ${String(row.type)}`,
      );
    }
  });
  return c.list;
}

// ---------------------------------------------------------------------------------------------------------
// Application commands (bulk overwrite bodies)
// ---------------------------------------------------------------------------------------------------------

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function commandCharacters(node: Obj): number {
  let total = textLength(str(node.name)) + textLength(str(node.description));
  if (Array.isArray(node.choices)) {
    for (const choice of node.choices) {
      if (isObj(choice))
        total +=
          textLength(str(choice.name)) +
          textLength(typeof choice.value === 'string' ? choice.value : String(choice.value ?? ''));
    }
  }
  if (Array.isArray(node.options))
    for (const option of node.options) if (isObj(option)) total += commandCharacters(option);
  return total;
}

function checkCommandName(c: Collector, name: unknown, path: string): void {
  c.text(name, path, COMMAND_LIMITS.name, 1);
  if (typeof name === 'string' && name.length > 0) {
    if (!COMMAND_NAME.test(name))
      c.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid', `got ${JSON.stringify(name)}`);
    else if (name !== name.toLowerCase())
      c.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name must be lowercase', `got ${JSON.stringify(name)}`);
  }
}

/** Discord's locales (discord-api-types' Locale): any other key in a localization map is refused. */
const LOCALES = new Set<string>(Object.values(Locale));

function checkLocaleKeys(c: Collector, map: Obj, path: string): void {
  for (const locale of Object.keys(map)) {
    if (!LOCALES.has(locale))
      c.add(join(path, locale), 'ENUM_TYPE_COERCE', `Value "${locale}" is not a valid enum value.`);
  }
}

/** A command's or option's localized names follow the name rules, and its localized descriptions the 1–100 rule. */
function checkCommandLocalizations(c: Collector, node: Obj, path: string): void {
  if (isObj(node.name_localizations)) {
    checkLocaleKeys(c, node.name_localizations, join(path, 'name_localizations'));
    for (const [locale, value] of Object.entries(node.name_localizations))
      checkCommandName(c, value, join(join(path, 'name_localizations'), locale));
  }
  if (isObj(node.description_localizations)) {
    checkLocaleKeys(c, node.description_localizations, join(path, 'description_localizations'));
    for (const [locale, value] of Object.entries(node.description_localizations)) {
      c.text(value, join(join(path, 'description_localizations'), locale), COMMAND_LIMITS.description, 1);
    }
  }
}

/** Two options may not share a name in any locale either. */
function checkLocalizedUniqueness(c: Collector, options: unknown[], path: string): void {
  const seen = new Map<string, Set<string>>();
  options.forEach((option, i) => {
    if (!isObj(option) || !isObj(option.name_localizations)) return;
    for (const [locale, value] of Object.entries(option.name_localizations)) {
      const names = seen.get(locale) ?? new Set<string>();
      if (names.has(String(value)))
        c.add(
          join(join(join(path, i), 'name_localizations'), locale),
          'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          'Option names must be unique',
        );
      names.add(String(value));
      seen.set(locale, names);
    }
  });
}

function checkCommandOptions(c: Collector, options: unknown[], path: string): void {
  checkLocalizedUniqueness(c, options, path);
  let sawOptional = false;
  const names = new Set<string>();
  options.forEach((option, i) => {
    const optionPath = join(path, i);
    if (!isObj(option)) {
      c.add(optionPath, 'DICT_TYPE_CONVERT', 'Must be an object.');
      return;
    }
    checkCommandName(c, option.name, join(optionPath, 'name'));
    checkCommandLocalizations(c, option, optionPath);
    if (typeof option.name === 'string') {
      if (names.has(option.name))
        c.add(
          join(optionPath, 'name'),
          'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          'Option names must be unique',
        );
      names.add(option.name);
    }
    c.text(option.description, join(optionPath, 'description'), COMMAND_LIMITS.description, 1);
    if (option.type === 1 || option.type === 2) {
      const children = c.array(option.options, join(optionPath, 'options'), COMMAND_LIMITS.options);
      checkCommandOptions(c, children, join(optionPath, 'options'));
      return;
    }
    if (option.required === true) {
      if (sawOptional)
        c.add(
          join(optionPath, 'required'),
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
    } else sawOptional = true;
    const choices = c.array(option.choices, join(optionPath, 'choices'), COMMAND_LIMITS.choices);
    checkChoices(c, choices, join(optionPath, 'choices'));
    if (option.autocomplete === true && choices.length > 0) {
      c.add(
        join(optionPath, 'autocomplete'),
        'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_AND_CHOICES',
        'Autocomplete cannot be set with choices',
      );
    }
  });
}

/** Checks a bulk-overwrite body (array of commands) as Discord would. */
export function checkCommandLimits(commands: unknown): LimitViolation[] {
  const c = new Collector();
  if (!Array.isArray(commands)) {
    c.add('', 'LIST_TYPE_CONVERT', 'Must be an array.');
    return c.list;
  }
  const seen = new Map<string, number>();
  let chatInput = 0;
  commands.forEach((command, i) => {
    const path = join('', i);
    if (!isObj(command)) {
      c.add(path, 'DICT_TYPE_CONVERT', 'Must be an object.');
      return;
    }
    const type = typeof command.type === 'number' ? command.type : 1;
    if (type === 1) {
      chatInput++;
      checkCommandName(c, command.name, join(path, 'name'));
      checkCommandLocalizations(c, command, path);
      c.text(command.description, join(path, 'description'), COMMAND_LIMITS.description, 1);
    } else {
      c.text(command.name, join(path, 'name'), COMMAND_LIMITS.name, 1);
    }
    const key = `${type}:${str(command.name)}`;
    if (seen.has(key))
      c.add(
        join(path, 'name'),
        'APPLICATION_COMMANDS_DUPLICATE_NAME',
        `Application command names must be unique (same as [${seen.get(key)}])`,
      );
    seen.set(key, i);
    const options = c.array(command.options, join(path, 'options'), COMMAND_LIMITS.options);
    checkCommandOptions(c, options, join(path, 'options'));
    const total = commandCharacters(command);
    if (total > COMMAND_LIMITS.totalCharacters) {
      c.add(
        path,
        'APPLICATION_COMMAND_TOO_LARGE',
        `Command exceeds maximum size (${COMMAND_LIMITS.totalCharacters})`,
        `got ${total}`,
      );
    }
  });
  if (chatInput > COMMAND_LIMITS.chatInputCommands) {
    c.add(
      '',
      'BASE_TYPE_MAX_LENGTH',
      `Must be ${COMMAND_LIMITS.chatInputCommands} or fewer chat input commands.`,
      `got ${chatInput}`,
    );
  }
  return c.list;
}

// ---------------------------------------------------------------------------------------------------------
// Discord's error tree
// ---------------------------------------------------------------------------------------------------------

export interface DiscordErrorTree {
  [key: string]: DiscordErrorTree | Array<{ code: string; message: string }>;
}

/** Turns violations into Discord's nested `errors` object: `{embeds: {0: {title: {_errors: [...]}}}}`. */
export function violationsToErrorTree(violations: readonly LimitViolation[]): DiscordErrorTree {
  const root: DiscordErrorTree = {};
  for (const violation of violations) {
    const keys = violation.path.match(/[^.[\]]+/g) ?? [];
    let node = root;
    for (const key of keys) {
      const next = node[key];
      if (next === undefined || Array.isArray(next)) {
        const created: DiscordErrorTree = {};
        node[key] = created;
        node = created;
      } else node = next;
    }
    const errors = node._errors;
    const entry = { code: violation.code, message: violation.detail };
    if (Array.isArray(errors)) errors.push(entry);
    else node._errors = [entry];
  }
  return root;
}
