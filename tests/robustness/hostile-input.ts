import fc from 'fast-check';

/** Inputs that have broken chat bots: mentions, markdown, injection-looking text, odd Unicode, huge and empty. */
export const HOSTILE_SAMPLES: readonly string[] = [
  '',
  ' ',
  '\t\n\r ',
  '@everyone',
  '@here what is RCEP',
  '<@&123456789012345678> RCEP',
  '<@123456789012345678>',
  '<@!123456789012345678> ping',
  '<#200000000000000001>',
  '**bold** __under__ ~~strike~~ `code` ```block``` > quote || spoiler ||',
  "'; DROP TABLE facts;--",
  '" OR 1=1 --',
  "Robert'); DELETE FROM fact_revisions; --",
  '.*+?^${}()|[]\\',
  '(a+)+$',
  '\\u0000',
  '\u0000\u0001\u0002',
  '\u200b\u200c\u200d\u2060\ufeff',
  'RCEP\u200b',
  '\u202eesrever',
  'ما هو RCEP؟',
  'מה זה RCEP',
  '中老铁路什么时候开通',
  '🚄🇱🇦🇨🇳 railway',
  '👨‍👩‍👧‍👦'.repeat(50),
  'x'.repeat(10_000),
  'RCEP '.repeat(2_000),
  '\ud800',
  'abc\udfffdef',
  '\ud83d',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '%s%s%s%n',
  '../../../../etc/passwd',
];

/** A mix of the samples above, random strings of any Unicode (lone surrogates included) and concatenations. */
export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...HOSTILE_SAMPLES),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc
      .array(fc.constantFrom(...HOSTILE_SAMPLES, 'RCEP', 'china laos railway', 'FTA 3.0', ' '), { maxLength: 6 })
      .map((parts) => parts.join(' ')),
    fc.string({ unit: 'binary-ascii', minLength: 300, maxLength: 3_000 }),
  );
}

/** Anything that would ping or impersonate a mention if Discord parsed it. */
export const RAW_MENTION = /@everyone|@here|<@[!&]?\d+>/;
