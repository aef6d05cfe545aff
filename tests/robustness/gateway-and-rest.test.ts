import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { opt, startHarness, type Harness } from '../e2e/harness.js';
import { logsAt } from '../support/log-lines.js';

let h: Harness;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  h.local.clearFaults();
  expect(unhandled).toEqual([]);
});

async function askTitle(question: string): Promise<string> {
  const { id } = h.local.sendCommand({ name: 'ask', options: [opt.string('question', question)] });
  const body = (await h.local.waitForResponse(id, 15_000)).body as { data: { embeds: { title: string }[] } };
  return body.data.embeds[0]!.title;
}

describe('the bot keeps serving through gateway drops', () => {
  it('resumes after the connection drops and answers afterwards', async () => {
    const resumes = h.local.resumeCount;
    h.local.dropGateway();
    await h.local.whenResumed(resumes + 1, 15_000);
    expect(await askTitle('RCEP')).toBe('RCEP enters into force');
  });

  it('identifies again when the session is invalidated, and answers afterwards', async () => {
    const identifies = h.local.identifyCount;
    h.local.dropGateway({ invalidateSession: true });
    await h.local.whenIdentified(identifies + 1, 15_000);
    expect(await askTitle('china laos railway')).toBe('China-Laos Railway opens');
  });
});

describe('the bot rides out REST errors', () => {
  it('retries a 429 on the interaction callback and the reply arrives', async () => {
    h.local.failNext({ method: 'POST', pathIncludes: '/callback', status: 429, retryAfter: 0.05, times: 1 });
    expect(await askTitle('RCEP')).toBe('RCEP enters into force');
  });

  it('retries a 500 on the interaction callback and the reply arrives', async () => {
    h.local.failNext({ method: 'POST', pathIncludes: '/callback', status: 500, times: 1 });
    expect(await askTitle('RCEP')).toBe('RCEP enters into force');
  });

  it('after persistent 500s it logs the failure, tells the user, and keeps answering', async () => {
    const errorsBefore = logsAt(h.logs, 'error').length;
    // discord.js tries 1 + 2 retries; three 500s exhaust them, so the reply itself fails.
    h.local.failNext({ method: 'POST', pathIncludes: '/callback', status: 500, times: 3 });
    const { id } = h.local.sendCommand({ name: 'ask', options: [opt.string('question', 'RCEP')] });
    const fallback = await h.local.waitForResponse(id, 15_000);
    expect((fallback.body as { data: { content: string; flags: number } }).data).toMatchObject({
      content: expect.stringMatching(/something went wrong/),
      flags: 64,
    });
    expect(logsAt(h.logs, 'error').length).toBe(errorsBefore + 1);
    expect(await askTitle('FTA 3.0')).toBe('ACFTA 3.0 upgrade protocol signed');
  });
});
