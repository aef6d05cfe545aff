import { join } from 'node:path';
import type { APIActionRowComponent, APIButtonComponent } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { openSqliteKnowledge } from '../helpers/sqlite-store.js';
import { factsForm } from '../../src/commands/facts/components/form.js';
import { factsTranslate } from '../../src/commands/facts/components/translate.js';
import { factFormModal, problemsReply } from '../../src/commands/facts/form.js';
import { importPreview } from '../../src/commands/facts/import.js';
import { reportsView } from '../../src/commands/facts/reports.js';
import { translateModal, translateView } from '../../src/commands/facts/translate.js';
import { clearPrompt } from '../../src/commands/facts/unanswered.js';
import { ANSWER_IDS } from '../../src/components/answer-ids.js';
import { ALL_COMPONENTS, componentFor, componentMap } from '../../src/components/index.js';
import { page } from '../../src/components/page.js';
import { reportModal } from '../../src/components/report.js';
import { blankForm } from '../../src/knowledge/fact-form.js';
import { submitReport } from '../../src/knowledge/store/reports.js';
import { factsMessage, guessMessage } from '../../src/render/answer-embed.js';
import { factMessage } from '../../src/render/fact-embed.js';
import { listPage } from '../../src/render/list-embed.js';
import { tempDir } from '../helpers/temp.js';

type Rows = readonly APIActionRowComponent<APIButtonComponent>[];

function buttonIds(message: { components: Rows }): string[] {
  return message.components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
}

describe('every custom id a render produces routes to its handler', () => {
  it('buttons go to a handler with a button, modals to one with a modal, and each id parses back', async () => {
    const { db, store, kb } = await openSqliteKnowledge(join(tempDir(), 'ids.db'));
    const [fact, ...others] = kb.facts();
    submitReport(db, {
      factId: fact!.id,
      guildId: null,
      userId: '1',
      userName: 'member',
      note: 'the figure was revised last year',
      at: new Date().toISOString(),
    });
    const plan = { added: ['a'], changed: [], removed: ['b'], unchanged: 3 };

    const buttons = [
      ...buttonIds(factMessage(ANSWER_IDS, fact!, others.slice(0, 3), 'zh-CN')),
      ...buttonIds(factsMessage(ANSWER_IDS, 'heading', others.slice(0, 10))),
      ...buttonIds(guessMessage(ANSWER_IDS, fact!, others.slice(0, 2))),
      ...buttonIds(
        listPage(
          'T',
          Array.from({ length: 25 }, (_, i) => `line ${i}`),
          '',
          1,
          (n) => page.id('abcdef12', n),
        ),
      ),
      ...buttonIds(await reportsView({ store, kb })),
      ...buttonIds(importPreview(plan, 'facts.json', 'refresh', 'k1')),
      ...buttonIds(clearPrompt(3, 2, 41)),
      ...buttonIds(problemsReply('k2', 'Not saved', ['a problem'])),
      ...buttonIds(translateView(fact!, 'zh-CN', 4)),
    ];
    const modals = [
      reportModal(fact!, 'en').toJSON().custom_id,
      factFormModal('k3', { ownerId: '1', mode: 'add', kind: 'topic', reason: '' }, blankForm('topic')).custom_id,
      factFormModal(
        'k4',
        { ownerId: '1', mode: 'edit', kind: fact!.kind, factId: fact!.id, version: 2, reason: 'r' },
        blankForm(fact!.kind),
        fact!.title,
      ).custom_id,
      translateModal(fact!, 'zh-CN', 4).toJSON().custom_id,
    ];

    const routes = componentMap();
    // Every kind of button above made it into the list (a render that lost its buttons would pass vacuously).
    expect(new Set(buttons.map((id) => id.split(':')[0]))).toEqual(
      new Set([
        'fact',
        'report',
        'page',
        'facts-report',
        'facts-import',
        'facts-unanswered',
        'facts-draft',
        'facts-translate',
      ]),
    );
    for (const id of buttons) expect(componentFor(routes, id)?.button, id).toBeTypeOf('function');
    for (const id of modals) expect(componentFor(routes, id)?.modal, id).toBeTypeOf('function');
    expect(factsForm.parse(modals[1]!)).toEqual({ key: 'k3', mode: 'add', kind: 'topic' });
    expect(factsForm.parse(modals[2]!)).toEqual({ key: 'k4', mode: 'edit', factId: fact!.id, version: 2 });
    expect(factsTranslate.parse(modals[3]!)).toEqual({ factId: fact!.id, locale: 'zh-CN', version: 4 });
    db.close();
  });

  it('keeps the wire format of ids already on posted messages', async () => {
    expect(ANSWER_IDS.openFact('rcep-in-force', 'en')).toBe('fact:rcep-in-force');
    expect(ANSWER_IDS.openFact('rcep-in-force', 'zh-CN')).toBe('fact:rcep-in-force:zh-CN');
    expect(ANSWER_IDS.report('rcep-in-force')).toBe('report:rcep-in-force');
    expect(page.id('abcdef12', 3)).toBe('page:abcdef12:3');
    expect(factsForm.id({ key: 'k', mode: 'edit', factId: 'x', version: 7 })).toBe('facts-form:k:edit:x:7');
  });

  it('no two components share a prefix', async () => {
    const prefixes = ALL_COMPONENTS.map((c) => c.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});
