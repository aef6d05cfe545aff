import { createInterface } from 'node:readline';
import { configFromEnvironment } from '../env.js';
import { openKnowledge } from '../knowledge/open.js';
import { checkQuestion } from '../knowledge/question.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { answerIds } from '../knowledge/search/answer.js';
import { factToText } from '../render/format.js';
import { localTitle } from '../render/fact-text.js';
import type { Fact } from '../knowledge/schema.js';
import { exitWithError } from './exit.js';
import { languages, t, type Lang } from '../i18n/catalogue.js';
import { pickLanguage } from '../i18n/pick-language.js';

const USAGE =
  'usage: npm run ask -- [--json] [--locale=zh-CN] "question"   |   npm run --silent ask -- --batch < questions.txt';

function answerJson(kb: KnowledgeBase, query: string): object {
  const check = checkQuestion(query);
  if (!check.ok) return { query, results: [], error: check.error };
  const answer = kb.answer(check.question);
  return {
    query: check.question,
    answer: {
      kind: answer.kind,
      ids: answerIds(answer),
      ...(answer.kind === 'facts' ? { missing: answer.missing } : {}),
    },
    results: kb.search(check.question).map((h) => ({ ...h.fact, score: Number(h.score.toFixed(4)) })),
  };
}

/** The answer as the bot would give it, in plain text: a Chinese question (or `--locale`) gets Chinese. */
function answerText(kb: KnowledgeBase, question: string, lang: Lang): string {
  const answer = kb.answer(question);
  const text = (f: Fact) => factToText(f, lang);
  switch (answer.kind) {
    case 'none': {
      const near = answer.nearest.map((f) => `  - ${localTitle(f, lang)}`);
      return [
        t(lang, 'answer.none', { query: question }),
        ...(near.length ? [t(lang, 'answer.closest'), ...near] : []),
      ].join('\n');
    }
    case 'list':
      return answer.facts.map(text).join('\n\n---\n\n');
    case 'facts':
      return [
        ...answer.facts.map((f) =>
          answer.guessed.includes(f.id) ? `${t(lang, 'answer.partGuessText')}\n${text(f)}` : text(f),
        ),
        ...answer.missing.map((part) => t(lang, 'answer.partMissing', { part })),
      ].join('\n\n---\n\n');
    case 'fact':
    case 'guess': {
      const more = answer.others.length
        ? ['', t(lang, 'answer.seeAlso'), ...answer.others.map((f) => `  - ${localTitle(f, lang)} (${f.id})`)]
        : [];
      const prefix = answer.kind === 'guess' ? [t(lang, 'answer.guessText'), ''] : [];
      return [...prefix, text(answer.fact), ...more].join('\n');
    }
  }
}

async function main(argv: string[]): Promise<void> {
  const locale = argv.find((a) => a.startsWith('--locale='))?.slice('--locale='.length);
  const flags = new Set(argv.filter((a) => a.startsWith('--') && !a.startsWith('--locale=')));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--batch');
  if (unknown.length) exitWithError(`unknown option ${unknown[0]}; ${USAGE}`);
  if (locale !== undefined && !languages().includes(locale))
    exitWithError(`unknown locale ${JSON.stringify(locale)}: one of ${languages().join(', ')}`);
  const words = argv.filter((a) => !a.startsWith('--'));

  if (flags.has('--batch')) {
    if (words.length) exitWithError(`--batch reads questions from stdin, one per line; ${USAGE}`);
    const { store, kb } = await openKnowledge(configFromEnvironment());
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (line.trim()) process.stdout.write(`${JSON.stringify(answerJson(kb, line))}\n`);
    }
    await store.close();
    return;
  }

  const check = checkQuestion(words.join(' '));
  if (!check.ok) exitWithError(words.length ? check.error : `${check.error} ${USAGE}`);
  const { store, kb } = await openKnowledge(configFromEnvironment());
  const lang = pickLanguage({ question: check.question, userLocale: locale }, languages());
  const out = flags.has('--json')
    ? JSON.stringify(answerJson(kb, check.question))
    : answerText(kb, check.question, lang);
  process.stdout.write(`${out}\n`);
  await store.close();
}

main(process.argv.slice(2)).catch((err: unknown) => exitWithError(err instanceof Error ? err.message : String(err), 1));
