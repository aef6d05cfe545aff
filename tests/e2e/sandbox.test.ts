import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxSession } from '../../src/devtools/sandbox/session.js';
import { silentLogger } from '../../src/logger.js';

let dir: string;
let session: SandboxSession;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-sandbox-'));
  session = await SandboxSession.start({ databasePath: join(dir, 'sandbox.db'), log: silentLogger });
});
afterAll(async () => {
  await session?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the offline sandbox', () => {
  it('answers a typed /ask through the real bot and local Discord', async () => {
    const { output } = await session.handle('/ask what is RCEP');
    expect(output).toMatch(/^┌─ RCEP enters into force/);
    // Sources read as "title <url> — publisher, date" in the terminal, not as raw markdown.
    expect(output).toMatch(/│ Sources?:\n│ {3}• .+ — .+, (c\. )?\w/);
    expect(output).not.toMatch(/\]\(http/);
    expect(output).toMatch(/└─ Agreement · rcep-in-force · as of /);
    expect(output).toMatch(/\[\d\] Report a problem/);
  });

  it('presses a button of the last reply by its number', async () => {
    await session.handle('/ask when did the china laos railway open');
    const { output } = await session.handle('1');
    expect(output).toMatch(/^\(only you can see this\)\n┌─ /);
  });

  it('shows autocomplete suggestions', async () => {
    const { output } = await session.handle('?fact china-la');
    expect(output).toMatch(/China-Laos Railway opens {2}→ {2}china-laos-railway-opens/);
  });

  it('explains a mistyped line and quits on request', async () => {
    expect((await session.handle('/asl hello')).output).toMatch(/No command \/asl/);
    expect(await session.handle('quit')).toEqual({ output: 'Bye.', quit: true });
  });
});

describe('the sandbox fact form', () => {
  it('edits a fact through the terminal: labelled prompts, Enter keeps a value, the change is saved', async () => {
    const opened = await session.handle('/facts edit id:china-laos-railway-length reason:"sandbox test"');
    expect(opened.output).toMatch(/^📝 /);
    expect(session.prompt).toMatch(/^ {2}Title \[China-Laos Railway length.*\]: $/);
    // Keep every field but the title.
    expect((await session.handle('China-Laos Railway is 1,035 km long')).output).toBe('');
    expect(session.prompt).toMatch(/^ {2}Summary \(then --- and details\) \[/);
    let out = '';
    while (session.prompt !== 'corridor> ') out = (await session.handle('')).output;
    expect(out).not.toMatch(/sandbox hit a problem/);
    expect(out).toMatch(/saved|Saved|revision/i);
    expect((await session.handle('/fact china-laos-railway-length')).output).toMatch(
      /^┌─ China-Laos Railway is 1,035 km long/,
    );
  });

  it('adds a figure through the terminal form, with \\n for line breaks', async () => {
    expect((await session.handle('/facts add kind:figure')).output).toMatch(/^📝 /);
    const answers = [
      'Sandbox test figure',
      'A figure typed into the sandbox form to prove that adding works.',
      'value: 42\\nunit: km\\nperiod: 2024\\nas of: 2024-12-31',
      'Example Publisher | Example title | 2024-12-31 | https://example.org/a',
      'tags: sandbox',
    ];
    const labels: string[] = [];
    let out = '';
    for (const answer of answers) {
      labels.push(session.prompt);
      out = (await session.handle(answer)).output;
    }
    expect(labels.every((l) => /^ {2}\S/.test(l) && !l.startsWith('  :') && !l.includes('\n'))).toBe(true);
    expect(labels[2]).toMatch(/^ {2}Figure: value, unit, period, as of \[value: \\nunit: /);
    expect(out).not.toMatch(/sandbox hit a problem/);
    expect(session.prompt).toBe('corridor> ');
    expect((await session.handle('/fact sandbox-test-figure')).output).toMatch(/^┌─ Sandbox test figure[\s\S]*42 km/);
  });

  it('quits from the middle of a form, and cancel drops the form without sending it', async () => {
    await session.handle('/facts add kind:milestone');
    await session.handle('Half-typed');
    expect(await session.handle('cancel')).toEqual({ output: 'Form cancelled; nothing was sent.' });
    expect(session.prompt).toBe('corridor> ');
    await session.handle('/facts add kind:milestone');
    expect(await session.handle('quit')).toEqual({ output: 'Bye.', quit: true });
    expect(session.prompt).toBe('corridor> ');
  });

  it('answers in Chinese after `locale zh-CN`, and in English again after `locale en-US`', async () => {
    expect((await session.handle('locale zh-CN')).output).toBe('Your Discord language is now zh-CN.');
    const chinese = await session.handle('/ask when did the china laos railway open');
    expect(chinese.output).toMatch(/^┌─ 中老铁路开通运营/);
    expect(chinese.output).toContain('日期');
    expect(chinese.output).toContain('2021年12月3日');
    await session.handle('locale en-US');
    expect((await session.handle('/ask when did the china laos railway open')).output).toMatch(
      /^┌─ China-Laos Railway opens/,
    );
  });
});
