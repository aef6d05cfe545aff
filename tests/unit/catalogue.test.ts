import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, keysOf, t } from '../../src/i18n/catalogue.js';

/** Values the code passes beside the English ones, for languages that write them differently. */
const ALSO_SUPPLIED: Record<string, string[]> = { 'post.headline': ['years'], 'post.dayMonth': ['monthNumber'] };

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const valueAt = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<any>((o, k) => (o == null ? undefined : o[k]), messages);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the message catalogue', () => {
  const english = catalogues.en!;
  const chinese = catalogues['zh-CN']!;

  it('has every English key in zh-CN, with text and the same placeholders', () => {
    const problems: string[] = [];
    for (const key of keysOf(english)) {
      const en = valueAt(english, key) as string;
      const zh = valueAt(chinese, key);
      if (typeof zh !== 'string') problems.push(`${key}: missing in zh-CN`);
      else if (en !== '' && zh.trim() === '') problems.push(`${key}: empty in zh-CN`);
      else {
        // A language may use a different value the code also passes (years for 周年, the month's number for 月).
        const supplied = new Set([...placeholders(en), ...(ALSO_SUPPLIED[key] ?? [])]);
        const unknown = placeholders(zh).filter((p) => !supplied.has(p));
        if (unknown.length) problems.push(`${key}: zh-CN uses ${unknown} the code does not pass`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('holds every key the code asks for (no handler shows a raw key)', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*\w+,\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((key) => typeof valueAt(english, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('fills placeholders and falls back to English for a key a language lacks', () => {
    expect(t('zh-CN', 'answer.none', { query: 'RCEP' })).toBe('关于“RCEP”，我暂时没有资料。');
    expect(t('xx-unknown', 'answer.noneTitle')).toBe('No matching fact');
  });
});
