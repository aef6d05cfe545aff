import { optionNames } from '../shared/options.js';

/** /reminders's option names (see shared/options.ts). */
export const REMINDERS_OPTIONS = optionNames(
  'channel',
  'time',
  'timezone',
  'countdown_days',
  'fact_of_the_day',
  'language',
  'date',
);
