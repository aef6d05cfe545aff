import { createInterface } from 'node:readline';
import { configFromEnvironment } from '../env.js';
import { openKnowledge } from '../knowledge/open.js';
import { checkQuestion } from '../knowledge/question.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { answerIds } from '../knowledge/search/answer.js';
import { factToText } from '../render/format.js';
import { exitWithError } from './exit.js';
import { t } from '../i18n/catalogue.js';

const USAGE = 'usage: npm run ask -- [--json] "question"   |   npm run --silent ask -- --batch < questions.txt';

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

function answerText(kb: KnowledgeBase, question: string): string {
  const answer = kb.answer(question);
  switch (answer.kind) {
    case 'none': {
      const near = answer.nearest.map((f) => `  - ${f.title}`);
      return ["I don't have a fact on that.", ...(near.length ? ['Closest topics I do cover:', ...near] : [])].join(
        '\n',
      );
    }
    case 'list':
      return answer.facts.map(factToText).join('\n\n---\n\n');
    case 'facts':
      return [
        ...answer.facts.map((f) =>
          answer.guessed.includes(f.id) ? `Best guess for this part:\n${factToText(f)}` : factToText(f),
        ),
        ...answer.missing.map((part) => t('en', 'answer.partMissing', { part })),
      ].join('\n\n---\n\n');
    case 'fact':
    case 'guess': {
      const more = answer.others.length
        ? ['', 'See also:', ...answer.others.map((f) => `  - ${f.title} (${f.id})`)]
        : [];
      const prefix = answer.kind === 'guess' ? ['Best guess (not sure this is what you asked):', ''] : [];
      return [...prefix, factToText(answer.fact), ...more].join('\n');
    }
  }
}

async function main(argv: string[]): Promise<void> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--batch');
  if (unknown.length) exitWithError(`unknown option ${unknown[0]}; ${USAGE}`);
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
  process.stdout.write(
    `${flags.has('--json') ? JSON.stringify(answerJson(kb, check.question)) : answerText(kb, check.question)}\n`,
  );
  await store.close();
}

main(process.argv.slice(2)).catch((err: unknown) => exitWithError(err instanceof Error ? err.message : String(err), 1));
