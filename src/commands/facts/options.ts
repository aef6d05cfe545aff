import { optionNames } from '../shared/options.js';

/** /facts's option names (see shared/options.ts). */
export const FACTS_OPTIONS = optionNames(
  'kind',
  'reason',
  'id',
  'revision',
  'file',
  'resolve',
  'attach',
  'as',
  'clear',
  'locale',
);
